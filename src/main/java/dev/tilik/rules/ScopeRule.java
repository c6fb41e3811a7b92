package dev.tilik.rules;

import dev.tilik.model.Severity;
import java.util.List;

/**
 * A headline that states flatly what its own body says only with a limit: the body's claim holds a
 * limiting word the headline's claim drops ("tidak terkait langsung" under "Tak Terkait", "partly
 * caused" under "caused").
 *
 * @param id       rule id
 * @param severity severity of a headline that drops its body's limit
 * @param limiters words or phrases that narrow a claim ("langsung", "sebagian", "not directly",
 *                 "partly"), in any language, matched as whole words
 */
public record ScopeRule(String id, Severity severity, List<String> limiters) {
    public ScopeRule {
        RuleIds.check("id", id);
        if (severity == null) {
            throw new IllegalArgumentException("severity: expected one of " + Severity.ids());
        }
        if (limiters == null || limiters.isEmpty() || limiters.stream().anyMatch(w -> w == null || w.isBlank())) {
            throw new IllegalArgumentException("limiters: expected a non-empty list of words");
        }
        limiters = limiters.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
