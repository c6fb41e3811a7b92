package dev.tilik.eval;

import dev.tilik.findings.Finding;
import java.util.List;
import java.util.Objects;

/** A gold {@code should_not} and the findings that violate it (none: respected). */
public record ShouldNotCheck(GoldShouldNot trap, List<Finding> violating) {
    public ShouldNotCheck {
        Objects.requireNonNull(trap, "trap");
        violating = List.copyOf(violating);
    }

    public boolean violated() {
        return !violating.isEmpty();
    }
}
