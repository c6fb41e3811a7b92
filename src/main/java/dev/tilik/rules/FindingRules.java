package dev.tilik.rules;

import dev.tilik.findings.FindingType;
import dev.tilik.findings.Severity;
import dev.tilik.statements.Stance;
import java.util.List;
import java.util.Objects;

/**
 * Which stance pairs make which finding, from {@code rules/findings.json} (shared by all languages).
 *
 * @param stancePairs pairs of stances on one topic that make a finding
 */
public record FindingRules(List<StancePair> stancePairs) {

    /**
     * {@code {"id": "deny_vs_conditional", "stances": ["deny", "conditional"], "type": "deny_vs_conditional",
     * "severity": "high"}}: statements on one topic with these stances (either order) make a finding.
     */
    public record StancePair(String id, List<Stance> stances, FindingType type, Severity severity) {
        public StancePair {
            Objects.requireNonNull(id, "id: expected the rule's id");
            stances = List.copyOf(Objects.requireNonNull(stances, "stances: expected two stances"));
            if (stances.size() != 2) {
                throw new IllegalArgumentException("stances: expected exactly two stances");
            }
            Objects.requireNonNull(type, "type: expected one of " + FindingType.ids());
            Objects.requireNonNull(severity, "severity: expected one of " + Severity.ids());
        }
    }

    public FindingRules {
        stancePairs = stancePairs == null ? List.of() : List.copyOf(stancePairs);
    }

    public static FindingRules none() {
        return new FindingRules(List.of());
    }
}
