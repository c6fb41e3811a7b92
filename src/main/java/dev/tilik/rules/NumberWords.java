package dev.tilik.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The number words of the languages, one closed class each ({@code numbers.words}: "satu" … "sembilan puluh",
 * "seratus", "ratus", "seribu", "ribu"; "one" … "ninety", "hundred", "thousand"), and the one grammar that reads a
 * run of them as one figure. Read by the extractor (a figure written in words) and by the misreport of a quotation
 * printed with another figure (which words write a figure), so both know the same words.
 *
 * <p>The grammar works on the words' values alone, so it is the same in every language that writes numbers from
 * the largest part down: a word of a hundred or more after a smaller figure multiplies it ("dua ratus" 200, "tiga
 * ribu" 3,000, "two hundred"), a thousand or more closing a group ("dua ratus lima puluh ribu" 250,000); a smaller
 * word adds to the figure only below its last written place ("dua puluh lima" 25, "seratus dua puluh" 120), so two
 * figures side by side stay two ("dua tiga" is no 5). Immutable.
 */
public final class NumberWords {
    /** A thousand: a scale word of this size or more closes a group ("ribu", "thousand"). */
    private static final double GROUP = 1000;
    /** A hundred: a word of this size or more multiplies the figure before it ("ratus", "hundred"). */
    private static final double SCALE = 100;

    private final Set<String> words;
    /** The value of each entry written as one word ("sembilan" 9, "nine" 9); an entry of several words has none. */
    private final Map<String, Double> single;

    private NumberWords(Set<String> words, Map<String, Double> single) {
        this.words = Set.copyOf(words);
        this.single = Map.copyOf(single);
    }

    /** The number words of {@code languages}, each single word of their {@code numbers.words} ("dua belas" → "dua", "belas"). */
    public static NumberWords of(Collection<LanguageRules> languages) {
        Set<String> out = new TreeSet<>();
        Map<String, Double> single = new java.util.HashMap<>();
        for (LanguageRules l : languages) {
            NumberWords one = of(l.numbers().words());
            out.addAll(one.words);
            one.single.forEach(single::putIfAbsent);
        }
        return new NumberWords(out, single);
    }

    /** The number words of one language's {@code numbers.words}. */
    public static NumberWords of(Map<String, Double> values) {
        Set<String> out = new TreeSet<>();
        Map<String, Double> single = new java.util.HashMap<>();
        values.forEach((k, v) -> {
            String[] parts = k.strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (String w : parts) {
                out.add(w);
            }
            if (parts.length == 1 && v != null) {
                single.put(parts[0], v);
            }
        });
        return new NumberWords(out, single);
    }

    /** True for a word that writes (part of) a figure, in lower case ("tujuh", "belas", "thousand"). */
    public boolean contains(String lowerWord) {
        return words.contains(lowerWord);
    }

    /** The value of a figure written as one number word ("sembilan" → 9), or null when {@code lowerWord} writes none alone. */
    public Double valueOf(String lowerWord) {
        return single.get(lowerWord);
    }

    /** Every number word, sorted. */
    public Set<String> words() {
        return new TreeSet<>(words);
    }

    /**
     * A figure being read from number words left to right: what is read so far, and whether a next word of
     * {@code value} carries it on ({@link #then}). Immutable.
     *
     * @param total   the closed groups (thousands and above)
     * @param current the open group below a thousand
     * @param words   how many number-word matches were read
     */
    public record Reading(double total, double current, int words) {
        /** Nothing read yet. */
        public static final Reading NONE = new Reading(0, 0, 0);

        /** The figure read so far. */
        public double value() {
            return total + current;
        }

        /**
         * The reading with one more word of {@code value}, or null when that word does not carry this figure on
         * (it starts another): a smaller word at or above the open group's last written place ("dua" after
         * "tiga"), a scale word after a figure not below it.
         */
        public Reading then(double value) {
            if (words == 0) {
                return value >= GROUP ? new Reading(value, 0, 1) : new Reading(0, value, 1);
            }
            if (value >= GROUP) {
                return current > 0 && current < value && (total == 0 || total > current * value)
                        ? new Reading(total + current * value, 0, words + 1) : null;
            }
            if (value >= SCALE) {
                return current > 0 && current < value ? new Reading(total, current * value, words + 1) : null;
            }
            double place = current == 0 ? (total == 0 ? Double.POSITIVE_INFINITY : GROUP) : place(current);
            return value < place ? new Reading(total, current + value, words + 1) : null;
        }

        /** The largest power of ten dividing a whole figure ("120" → 10, "200" → 100, "25" → 1). */
        private static double place(double v) {
            double p = 1;
            long n = Math.round(v);
            while (n > 0 && n % 10 == 0) {
                n /= 10;
                p *= 10;
            }
            return p;
        }
    }
}
