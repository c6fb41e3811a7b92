package dev.tilik.rules;

import dev.tilik.model.Stance;
import java.util.List;

/**
 * An informative (non-contradiction) finding over statements with these stances: corroboration
 * (the same stance of one party reported by several articles) or no comment.
 *
 * @param id       rule id
 * @param stances  the stances it covers
 */
public record ReportRule(String id, List<Stance> stances) {
    public ReportRule {
        RuleIds.check("id", id);
        if (stances == null || stances.isEmpty() || stances.contains(null)) {
            throw new IllegalArgumentException("stances: expected a non-empty list of stances");
        }
        stances = List.copyOf(stances);
    }
}
