package dev.tilik.eval;

import dev.tilik.findings.Finding;
import java.util.List;
import java.util.Objects;

/**
 * One contradiction-type finding and the gold {@code must} ids it meets: a true positive when it
 * meets one; otherwise listed so a human can judge it (the gold may be incomplete).
 */
public record FindingCheck(Finding finding, List<String> meets) {
    public FindingCheck {
        Objects.requireNonNull(finding, "finding");
        meets = List.copyOf(meets);
    }

    public boolean truePositive() {
        return !meets.isEmpty();
    }
}
