package dev.tilik.statements;

import dev.tilik.model.Qualifier;
import dev.tilik.text.CharSpan;
import java.util.Objects;

/**
 * A figure in a statement with its approximation semantics, as the closed interval of values it
 * allows: "sekitar 1.500" → about 1500 (value 1500, approx), "ribuan" → thousands (2000..9999),
 * "setidaknya 3.000" → [3000, ∞), "hingga 3.000" → [0, 3000].
 *
 * @param span      where the figure (with its qualifier) stands in the article text
 * @param text      the figure as written
 * @param value     the stated value, or null for a magnitude word such as "ribuan"
 * @param low       lowest value the wording allows
 * @param high      highest value the wording allows ({@link Double#POSITIVE_INFINITY} for "at least")
 * @param qualifier how the figure is hedged
 * @param unit      the noun after the figure, as written ("tentara"), or null
 * @param counted   what the figure counts, from the language's {@code counts} rules ("dead",
 *                  "seriously injured"), or null when no such word stands near it
 * @param which     which ones of the things its noun names the figure counts or measures, or null when its words
 *                  do not say: for a count with no counted thing, what befell them, by the content key of the verb
 *                  its clause puts on them ("74 siswa yang dirawat" → rawat, "affected 160 agencies" → the key of
 *                  affect); for a measure, the proper name its thing is written with ("di Pulau Gag seluas …" → gag).
 *                  Two figures of one quantity whose {@code which} differ count or measure two things
 *                  ({@code findings.NumericDetector})
 */
public record NumberMention(
        CharSpan span, String text, Double value, double low, double high, Qualifier qualifier, String unit,
        String counted, String which) {

    /** A figure whose words do not say which of its things it counts ({@link #which}). */
    public NumberMention(CharSpan span, String text, Double value, double low, double high, Qualifier qualifier,
                         String unit, String counted) {
        this(span, text, value, low, high, qualifier, unit, counted, null);
    }

    /** A figure whose counted thing is not known. */
    public NumberMention(CharSpan span, String text, Double value, double low, double high, Qualifier qualifier,
                         String unit) {
        this(span, text, value, low, high, qualifier, unit, null, null);
    }


    /**
     * True for a figure written in words ("tiga orang tewas", "dua kali"): read only where what it counts is
     * named, and left out where figures say what a claim is about ({@code Propositions}' counted key, a
     * sentence of figures continuing the one before): a small count said in words is mostly said in passing.
     */
    public boolean inWords() {
        return value != null && text.chars().noneMatch(Character::isDigit);
    }

    public NumberMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        if (low > high) {
            throw new IllegalArgumentException("low > high in " + text);
        }
    }
}
