package dev.tilik.nlp;

import dev.tilik.language.LanguageProfiles;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language detection with OpenNLP's 103-language model (its scores, made by {@link LanguageScores}). Codes of the languages Tilik knows are mapped
 * to ISO 639-1 by their profiles ({@code ind} → {@code id}, {@code eng} → {@code en}:
 * {@link LanguageProfiles#fromDetectorCode}); others keep the model's code.
 * A guess whose margin over the runner-up is below {@value #MIN_MARGIN}, or a text with fewer
 * than {@value #MIN_LETTERS} letters, is {@link LanguageGuess#UNKNOWN}. Among the languages Tilik has
 * rules for, a short text is given the candidate that ranks in the model's top {@value #TOP_RANKS}
 * and scores at least {@value #LEAD} times the next candidate.
 */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {
    static final double MIN_MARGIN = 0.05;
    static final int MIN_LETTERS = 20;
    static final int TOP_RANKS = 3;
    static final double LEAD = 1.5;

    private final LanguageScores detector;
    private final FunctionWordGuess functionWords;

    public OpenNlpLanguageGuesser(LanguageDetectorModel model) {
        this(model, null);
    }

    /**
     * @param functionWords settles a text its function words make clear without the model (given the
     *                      confidence and margin 1, as a header naming the language is), or null for none
     */
    OpenNlpLanguageGuesser(LanguageDetectorModel model, FunctionWordGuess functionWords) {
        this.detector = new LanguageScores(model);
        this.functionWords = functionWords;
    }

    @Override
    public LanguageGuess guess(CharSequence text) {
        if (letters(text) < MIN_LETTERS) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
        }
        if (functionWords != null) {
            java.util.Optional<String> settled = functionWords.settle(text);
            if (settled.isPresent()) {
                return new LanguageGuess(settled.get(), 1.0, 1.0);
            }
        }
        return open(detector.predict(text));
    }

    /** The model's own guess from its ranking: the top language, unless its lead is too thin. */
    private static LanguageGuess open(Language[] ranked) {
        if (ranked.length == 0) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
        }
        double top = ranked[0].getConfidence();
        double margin = ranked.length > 1 ? top - ranked[1].getConfidence() : top;
        if (margin < MIN_MARGIN) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, top, margin);
        }
        String code = ranked[0].getLang();
        return new LanguageGuess(LanguageProfiles.fromDetectorCode(code), top, margin);
    }

    @Override
    public LanguageGuess guessAmong(CharSequence text, Set<String> candidates) {
        if (letters(text) < MIN_LETTERS) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
        }
        Language[] ranked = detector.predict(text);
        LanguageGuess open = open(ranked);
        if (candidates.contains(open.language())) {
            return open;
        }
        String best = null;
        double bestScore = 0;
        double nextScore = 0;
        for (int i = 0; i < ranked.length; i++) {
            String code = LanguageProfiles.fromDetectorCode(ranked[i].getLang());
            if (!candidates.contains(code)) {
                continue;
            }
            if (best == null) {
                if (i >= TOP_RANKS) {
                    break;
                }
                best = code;
                bestScore = ranked[i].getConfidence();
            } else {
                nextScore = ranked[i].getConfidence();
                break;
            }
        }
        if (best == null || bestScore < LEAD * nextScore) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, open.confidence(), open.margin());
        }
        return new LanguageGuess(best, bestScore, bestScore - nextScore);
    }

    private static int letters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
