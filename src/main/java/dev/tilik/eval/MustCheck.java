package dev.tilik.eval;

import dev.tilik.findings.Finding;
import java.util.List;
import java.util.Objects;

/** A gold {@code must} and the findings that meet it (none: missed). */
public record MustCheck(GoldMust must, List<Finding> meeting) {
    public MustCheck {
        Objects.requireNonNull(must, "must");
        meeting = List.copyOf(meeting);
    }

    public boolean met() {
        return !meeting.isEmpty();
    }
}
