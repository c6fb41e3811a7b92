package dev.tilik.rules;

import dev.tilik.model.Severity;

/**
 * A weekday that does not fall on its date ("Jumat (24/10)" when 24 October was a Thursday).
 *
 * @param id       rule id
 * @param severity severity of a mismatch
 */
public record WeekdayRule(String id, Severity severity) {
    public WeekdayRule {
        RuleIds.check("id", id);
        if (severity == null) {
            throw new IllegalArgumentException("severity: expected one of " + Severity.ids());
        }
    }
}
