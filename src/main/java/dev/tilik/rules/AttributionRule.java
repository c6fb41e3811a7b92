package dev.tilik.rules;

import dev.tilik.model.Severity;

/**
 * The same words or the same figure credited to different speakers in different articles.
 *
 * @param id              rule id
 * @param severity        severity of a finding
 * @param quoteSimilarity two quotations whose word-trigram sets overlap at least this much
 *                        (Jaccard, 0–1) are the same words
 * @param minQuoteWords   shorter quotations are never compared (too generic)
 * @param figures         whether one precise figure credited to speakers of different parties counts
 */
public record AttributionRule(String id, Severity severity, double quoteSimilarity, int minQuoteWords,
                              boolean figures) {
    public AttributionRule {
        RuleIds.check("id", id);
        if (severity == null) {
            throw new IllegalArgumentException("severity: expected one of " + Severity.ids());
        }
        if (!(quoteSimilarity > 0 && quoteSimilarity <= 1)) {
            throw new IllegalArgumentException("quoteSimilarity: expected a fraction above 0 and at most 1, e.g. 0.6");
        }
        if (minQuoteWords < 3) {
            throw new IllegalArgumentException("minQuoteWords: expected a whole number, at least 3");
        }
    }
}
