package dev.tilik.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;

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
 * <p>The model's weights are summed here too, as {@code GISModel.eval} sums them (a uniform prior,
 * {@link ArrayMath#sumFeatures} over the features in the same order, {@code StrictMath.exp},
 * normalised), but each n-gram's weights are found in a {@link GramTable} keyed by its packed chars
 * instead of the model's map of strings: no string per n-gram, and fewer cache misses in a map of
 * the model's size. A model whose scores this would not reproduce bit for bit on a probe text (a
 * prior other than uniform) keeps {@code eval}.
 */
final class LanguageScores {
    private static final int MIN = 1;
    private static final int MAX = 3;

    private final MaxentModel model;
    private final LanguageDetectorME fallback;
    private final boolean own;
    /** The model's n-grams of up to three chars, shared by every detector of one model; null: {@code eval} sums. */
    private final GramTable table;
    private final UniformPrior prior = new UniformPrior();
    /** The last model's table and that model (by identity: a model's own {@code hashCode} walks all its features). */
    private static Object[] last = {null, null};
    /** Texts the summing here must score as {@code eval} does, bit for bit, before it is used. */
    private static final List<String> PROBES = List.of("The ministry denied the report on Monday.",
            "Juru bicara kementerian membantah laporan itu pada Senin.", "ÄÖü ß çà 日本語 ИЗ x");
    /** OpenNLP's normalisers in its order, one that cannot match its input skipped. */
    private final CharSequenceNormalizer normalizer = new LanguageNormaliser();

    LanguageScores(LanguageDetectorModel model) {
        this.model = model.getMaxentModel();
        this.fallback = new LanguageDetectorME(model);
        LanguageDetectorFactory factory = model.getFactory();
        this.own = factory.getClass() == LanguageDetectorFactory.class
                && factory.getContextGenerator().getClass() == DefaultLanguageDetectorContextGenerator.class;
        this.table = own ? checked(this.model) : null;
    }

    /** The model's table, made once per model, when summing with it gives {@code eval}'s scores on the probes. */
    private GramTable checked(MaxentModel m) {
        GramTable t = tableOf(m);
        if (t == null) {
            return null;
        }
        prior.setLabels(outcomes(m), null);
        for (String probe : PROBES) {
            char[] lower = lowerCase(normalizer.normalize(probe));
            if (lower == null) {
                continue;
            }
            Gram[] grams = grams(lower);
            if (!Arrays.equals(sum(t, grams), m.eval(strings(grams), ones(grams.length)))) {
                return null;
            }
        }
        return t;
    }

    private static synchronized GramTable tableOf(MaxentModel m) {
        if (last[0] != m) {
            last = new Object[] {m, GramTable.of(m)};
        }
        return (GramTable) last[1];
    }

    private static String[] outcomes(MaxentModel m) {
        String[] out = new String[m.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.getOutcome(i);
        }
        return out;
    }

    private static float[] ones(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 1f);
        return values;
    }

    /** {@code GISModel.eval} of the grams with every value 1, their weights found in {@code t}. */
    private double[] sum(GramTable t, Gram[] grams) {
        Context[] contexts = new Context[grams.length];
        for (int i = 0; i < grams.length; i++) {
            contexts[i] = t.get(grams[i]);
        }
        float[] values = ones(grams.length);
        double[] probs = new double[model.getNumOutcomes()];
        prior.logPrior(probs, contexts, values);
        ArrayMath.sumFeatures(contexts, values, probs);
        double normal = 0.0;
        for (int i = 0; i < probs.length; i++) {
            probs[i] = StrictMath.exp(probs[i]);
            normal += probs[i];
        }
        for (int i = 0; i < probs.length; i++) {
            probs[i] /= normal;
        }
        return probs;
    }

    /** True when the weights are summed here through the model's {@link GramTable}, not by {@code eval}. */
    boolean sumsItself() {
        return table != null;
    }

    /** The model's languages, most likely first, as {@link LanguageDetectorME#predictLanguages} gives them. */
    Language[] predict(CharSequence text) {
        char[] lower = own ? lowerCase(normalizer.normalize(text)) : null;
        if (lower == null) {
            return fallback.predictLanguages(text);
        }
        Gram[] grams = grams(lower);
        double[] probs = table != null ? sum(table, grams) : model.eval(strings(grams), ones(grams.length));
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
        return strings(grams(lower));
    }

    private static String[] strings(Gram[] grams) {
        String[] out = new String[grams.length];
        for (int i = 0; i < grams.length; i++) {
            out[i] = grams[i].toString();
        }
        return out;
    }

    /** The distinct n-grams in the order OpenNLP hands them to the model. */
    private static Gram[] grams(char[] lower) {
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
        return distinct.keySet().toArray(new Gram[0]);
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

        /** The chars packed with their count (one to three), as {@link GramTable} keys them. */
        long packed() {
            return GramTable.pack(text, from, length);
        }
    }

    /**
     * A model's features of one to three chars → their weights, open addressing over packed keys
     * (length in the top bits, then each char's 16 bits: distinct strings, distinct keys, never 0).
     */
    private static final class GramTable {
        private final long[] keys;
        private final Context[] values;
        private final int mask;

        private GramTable(int capacity) {
            keys = new long[capacity];
            values = new Context[capacity];
            mask = capacity - 1;
        }

        /** The table of a model, or null when its features cannot be read ({@code getDataStructures}). */
        static GramTable of(MaxentModel m) {
            if (!(m instanceof opennlp.tools.ml.model.AbstractModel am)
                    || !(am.getDataStructures()[1] instanceof Map<?, ?> features)) {
                return null;
            }
            GramTable t = new GramTable(Integer.highestOneBit(Math.max(16, features.size() * 2 + 1)) * 2);
            for (Map.Entry<?, ?> e : features.entrySet()) {
                if (e.getKey() instanceof String k && k.length() >= MIN && k.length() <= MAX && e.getValue() instanceof Context c) {
                    t.put(pack(k.toCharArray(), 0, k.length()), c);
                }
            }
            return t;
        }

        static long pack(char[] text, int from, int length) {
            long key = length;
            for (int i = from; i < from + length; i++) {
                key = key << 16 | text[i];
            }
            return key;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }

        private void put(long key, Context c) {
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = c;
        }

        /** The weights of a gram, or null when the model has none (as the model's map gives). */
        Context get(Gram g) {
            long key = g.packed();
            for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }
    }
}
