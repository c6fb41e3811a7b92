package dev.tilik.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * {@link LanguageDetectorME#predictLanguages} of OpenNLP 2.5, the same scores bit for bit, without
 * its cost per character. OpenNLP's context generator counts a text's 1- to 3-grams in an
 * {@code NGramCharModel} keyed by {@code CharBuffer} views (a buffer and a wrapper per n-gram, and
 * the buffer's hash computed anew on each of the three or four map operations), and the detector
 * counts the distinct ones again in a second map before the model sums their weights. The sums are
 * floating point, so their order matters: here the same two {@link HashMap}s are filled in the same
 * order with keys of the same hash ({@code CharBuffer}'s) and equality, so they iterate alike, and
 * the model gets the same features in the same order. One exception, OpenNLP's own: a map bucket
 * grown past eight keys becomes a tree ordered by identity hash codes, which differ from run to run
 * in OpenNLP too.
 * <p>Used only for a model with OpenNLP's own factory (its generator: 1- to 3-grams of the text
 * lower-cased after the emoji, URL, Twitter, number and shrink normalisers); any other model, or a
 * text whose lower case changes its length, goes through {@link LanguageDetectorME}.
 */
final class LanguageScores {
    private static final int MIN = 1;
    private static final int MAX = 3;

    private final MaxentModel model;
    private final LanguageDetectorME fallback;
    private final boolean own;
    private final CharSequenceNormalizer normalizer = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    LanguageScores(LanguageDetectorModel model) {
        this.model = model.getMaxentModel();
        this.fallback = new LanguageDetectorME(model);
        LanguageDetectorFactory factory = model.getFactory();
        this.own = factory.getClass() == LanguageDetectorFactory.class
                && factory.getContextGenerator().getClass() == DefaultLanguageDetectorContextGenerator.class;
    }

    /** The model's languages, most likely first, as {@link LanguageDetectorME#predictLanguages} gives them. */
    Language[] predict(CharSequence text) {
        char[] lower = own ? lowerCase(normalizer.normalize(text)) : null;
        if (lower == null) {
            return fallback.predictLanguages(text);
        }
        String[] features = features(lower);
        float[] values = new float[features.length];
        Arrays.fill(values, 1f);
        double[] probs = model.eval(features, values);
        Language[] ranked = new Language[probs.length];
        for (int i = 0; i < probs.length; i++) {
            ranked[i] = new Language(model.getOutcome(i), probs[i]);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }

    /**
     * The text lower-cased code point by code point as {@code StringUtil.toLowerCaseCharBuffer} does,
     * or null when that changes its length in chars (OpenNLP's buffer would overflow or keep NULs).
     */
    static char[] lowerCase(CharSequence text) {
        char[] lower = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int low = Character.toLowerCase(cp);
            if (n + Character.charCount(low) > lower.length) {
                return null;
            }
            n += Character.toChars(low, lower, n);
        }
        return n == lower.length ? lower : null;
    }

    /** The distinct n-grams in the order OpenNLP hands them to the model. */
    static String[] features(char[] lower) {
        Map<Gram, Gram> counted = new HashMap<>();
        for (int length = MIN; length <= MAX; length++) {
            for (int from = 0; from + length <= lower.length; from++) {
                Gram g = new Gram(lower, from, length);
                counted.putIfAbsent(g, g);
            }
        }
        Map<Gram, Boolean> distinct = new HashMap<>();
        for (Gram g : counted.keySet()) {
            distinct.put(g, Boolean.TRUE);
        }
        String[] features = new String[distinct.size()];
        int i = 0;
        for (Gram g : distinct.keySet()) {
            features[i++] = g.toString();
        }
        return features;
    }

    /** Chars {@code [from, from + length)} of a text, hashed and compared as a {@code CharBuffer} view of them is. */
    private static final class Gram {
        private final char[] text;
        private final int from;
        private final int length;
        private final int hash;

        Gram(char[] text, int from, int length) {
            this.text = text;
            this.from = from;
            this.length = length;
            int h = 1;
            for (int i = from + length - 1; i >= from; i--) {
                h = 31 * h + text[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && g.length == length
                    && Arrays.equals(text, from, from + length, g.text, g.from, g.from + g.length);
        }

        @Override
        public String toString() {
            return new String(text, from, length);
        }
    }
}
