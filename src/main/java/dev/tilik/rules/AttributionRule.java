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
 * @param rewordedSimilarity optional (default 0.25): two quotations whose uncommon words (held by at most a
 *                        fifth of the folder's quotations) run in the same order for at least this share of
 *                        the shorter one's, and at least {@code rewordedWords} of them, are the same words
 *                        reworded ("kami dapatkan fakta hukum … melakukan pembayaran … RON 92 … padahal" and
 *                        "ada fakta hukum yang diperoleh penyidik … melakukan pembayaran dengan nilai RON 92")
 * @param rewordedWords   optional (default 7): the fewest uncommon words in that common order
 */
public record AttributionRule(String id, Severity severity, double quoteSimilarity, int minQuoteWords,
                              boolean figures, Double rewordedSimilarity, Integer rewordedWords) {
    public AttributionRule {
        rewordedSimilarity = rewordedSimilarity == null ? 0.25 : rewordedSimilarity;
        rewordedWords = rewordedWords == null ? 7 : rewordedWords;
        if (!(rewordedSimilarity > 0 && rewordedSimilarity <= 1)) {
            throw new IllegalArgumentException("rewordedSimilarity: expected a fraction above 0 and at most 1, e.g. 0.25");
        }
        if (rewordedWords < 3) {
            throw new IllegalArgumentException("rewordedWords: expected a whole number, at least 3");
        }
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
