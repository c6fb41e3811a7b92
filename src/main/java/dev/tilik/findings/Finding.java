package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A disagreement (or, for informative types, an agreement) between pieces of evidence.
 *
 * @param id          stable: derived from the content of the evidence it compares, not from
 *                    positions or list order, so notes survive re-analysis and rule edits
 * @param type        what kind of finding
 * @param severity    how much it matters
 * @param rule        the id of the rule that fired, e.g. {@code findings.json#deny_vs_conditional}
 * @param topic       topic id the evidence shares, or null
 * @param title       one line for lists, e.g. "DPRK denies troops sent; Kim Jong Gyu: if true, lawful"
 * @param explanation a paragraph a fact-checker could read aloud
 * @param evidence    what it compares, at least one
 */
public record Finding(
        String id,
        FindingType type,
        Severity severity,
        String rule,
        String topic,
        String title,
        String explanation,
        List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + id);
        }
    }

    public boolean isContradiction() {
        return type.isContradiction();
    }
}
