package dev.tilik.rules;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Statements on one topic whose stances fall on the two sides make a finding, e.g.
 * {@code {"id": "deny_vs_assert", "type": "deny_vs_assert", "sides": [["deny"], ["assert", "confirm"]],
 * "severity": {"cross_party": "high"}, "why": "…"}}. The rule applies only to the relations its
 * {@code severity} names; the first rule (in file order) that matches a pair wins.
 *
 * @param id       rule id, cited by findings as {@code findings.json#<id>}
 * @param type     the finding type it makes
 * @param sides    two stance sets; a pair matches with one statement on each side (either order)
 * @param severity severity per relation (same_party, cross_party, headline)
 * @param why      why it matters, appended to the finding's explanation
 * @param withinDays optional: statements dated further apart than this many days are not set
 *                 against each other (a denial today does not answer a report of months ago);
 *                 undated statements are always compared
 * @param cueOnly  optional: only statements whose stance comes from their cue ("declined to deny",
 *                 "tidak membantah") take part, not those made hedges by a marker word ("mungkin")
 */
public record StanceRule(String id, FindingType type, List<List<Stance>> sides, Map<String, Severity> severity,
                         String why, Integer withinDays, Boolean cueOnly) {

    public StanceRule {
        RuleIds.check("id", id);
        if (type == null) {
            throw new IllegalArgumentException("type: expected one of " + FindingType.ids());
        }
        if (sides == null || sides.size() != 2 || sides.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("sides: expected two non-empty lists of stances, e.g. [[\"deny\"], [\"assert\"]]");
        }
        sides = List.of(List.copyOf(sides.get(0)), List.copyOf(sides.get(1)));
        if (severity == null || severity.isEmpty()) {
            throw new IllegalArgumentException("severity: expected an object mapping one of " + Relation.ids()
                    + " to one of " + Severity.ids());
        }
        Map<String, Severity> checked = new LinkedHashMap<>();
        severity.forEach((k, v) -> {
            Relation.of(k);
            if (v == null) {
                throw new IllegalArgumentException("severity." + k + ": expected one of " + Severity.ids());
            }
            checked.put(k, v);
        });
        severity = java.util.Collections.unmodifiableMap(checked);
        why = why == null ? "" : why.strip();
        cueOnly = Boolean.TRUE.equals(cueOnly);
        if (withinDays != null && withinDays < 0) {
            throw new IllegalArgumentException("withinDays: expected a number of days, 0 or more, got " + withinDays);
        }
    }

    /** The severity for {@code relation}, or empty when the rule does not apply to it. */
    public Optional<Severity> severityFor(Relation relation) {
        return Optional.ofNullable(severity.get(relation.id()));
    }

    /** 0 when {@code a} is on side 0 and {@code b} on side 1, 1 for the reverse, -1 when no match. */
    public int orientation(Stance a, Stance b) {
        if (sides.get(0).contains(a) && sides.get(1).contains(b)) {
            return 0;
        }
        if (sides.get(0).contains(b) && sides.get(1).contains(a)) {
            return 1;
        }
        return -1;
    }

    /** The relations this rule applies to. */
    public Set<Relation> relations() {
        Set<Relation> out = java.util.EnumSet.noneOf(Relation.class);
        severity.keySet().forEach(k -> out.add(Relation.of(k)));
        return out;
    }
}
