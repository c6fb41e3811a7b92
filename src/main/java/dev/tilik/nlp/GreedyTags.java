package dev.tilik.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech decoding with a beam of one ({@link EnglishTagger#onePath}), done a word at a
 * time so a sentence can be tagged only as far as a reader asks. With one path, OpenNLP's beam search
 * gives each word, in turn, the most likely tag its tag dictionary allows, given every word of the
 * sentence and the tags chosen before it: a word's tag depends on nothing after it but the words, so
 * tagging words {@code [0, k]} gives them the tags tagging the whole sentence gives them, and the rest
 * can be tagged later from there. The choice is the beam search's: the first outcome with the highest
 * probability when the dictionary allows it, else the most likely outcome it allows (the first of
 * equals); a sequence score at or below OpenNLP's floor ({@value #MIN_SEQUENCE_SCORE}) is no candidate.
 * {@code GreedyTagsTest} holds the same tags as {@code POSTaggerME} on every English sentence of the
 * fixtures, the samples and a generated folder. Not thread-safe (the context generator keeps a cache).
 */
final class GreedyTags {
    /** OpenNLP's {@code BeamSearch} drops a sequence whose score (sum of log probabilities) is not above this. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;

    /** Decoding with {@code onePath}'s maximum-entropy model, context generator and tag dictionary. */
    GreedyTags(POSModel onePath, MaxentModel model) {
        this.model = model;
        this.contexts = onePath.getFactory().getPOSContextGenerator(1);
        this.validator = onePath.getFactory().getSequenceValidator();
    }

    /** One sentence's words, tagged from the first on as far as asked. */
    final class Sentence {
        private final String[] words;
        private final String[] tags;
        private int done;
        private double score;

        Sentence(String[] words) {
            this.words = words;
            this.tags = new String[words.length];
        }

        /** How many words, from the first, are tagged. */
        int done() {
            return done;
        }

        String tag(int i) {
            return tags[i];
        }

        /** Tags the words up to {@code last} (inclusive) that are not tagged yet. */
        void through(int last) {
            for (; done <= last && done < words.length; done++) {
                tagNext();
            }
        }

        private void tagNext() {
            int i = done;
            String[] before = Arrays.copyOf(tags, i);
            double[] probs = model.eval(contexts.getContext(i, words, before, NO_CONTEXT));
            double max = Double.NEGATIVE_INFINITY;
            for (double p : probs) {
                max = Math.max(max, p);
            }
            int best = -1;
            for (int o = 0; o < probs.length && best < 0; o++) {
                if (probs[o] >= max && allowed(i, before, o, probs)) {
                    best = o;
                }
            }
            // None of the most likely is allowed: the allowed outcome whose sequence scores highest, the first of equals.
            boolean mostLikely = best >= 0;
            for (int o = 0; o < probs.length && !mostLikely; o++) {
                if (allowed(i, before, o, probs) && (best < 0 || scoreWith(probs[o]) > scoreWith(probs[best]))) {
                    best = o;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no tag the tag dictionary allows for word " + i + " of " + words.length);
            }
            tags[i] = model.getOutcome(best);
            score = scoreWith(probs[best]);
        }

        /** The sequence's score with one more outcome of probability {@code p}, as OpenNLP's {@code Sequence} sums it. */
        private double scoreWith(double p) {
            return score + StrictMath.log(p);
        }

        private boolean allowed(int i, String[] before, int outcome, double[] probs) {
            return validator.validSequence(i, words, before, model.getOutcome(outcome))
                    && scoreWith(probs[outcome]) > MIN_SEQUENCE_SCORE;
        }
    }
}
