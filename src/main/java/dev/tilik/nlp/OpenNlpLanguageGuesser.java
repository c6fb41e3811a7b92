package dev.tilik.nlp;

import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language detection with OpenNLP's 103-language model. Codes Tilik has rules for are mapped to
 * ISO 639-1 ({@code ind} → {@code id}, {@code eng} → {@code en}); others keep the model's code.
 * A guess whose margin over the runner-up is below {@value #MIN_MARGIN}, or a text with fewer
 * than {@value #MIN_LETTERS} letters, is {@link LanguageGuess#UNKNOWN}.
 */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {
    static final double MIN_MARGIN = 0.05;
    static final int MIN_LETTERS = 20;
    private static final Map<String, String> ISO_639_1 = Map.of("ind", "id", "eng", "en");

    private final LanguageDetectorME detector;

    public OpenNlpLanguageGuesser(LanguageDetectorModel model) {
        this.detector = new LanguageDetectorME(model);
    }

    @Override
    public LanguageGuess guess(CharSequence text) {
        if (letters(text) < MIN_LETTERS) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
        }
        Language[] ranked = detector.predictLanguages(text);
        if (ranked.length == 0) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
        }
        double top = ranked[0].getConfidence();
        double margin = ranked.length > 1 ? top - ranked[1].getConfidence() : top;
        if (margin < MIN_MARGIN) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, top, margin);
        }
        String code = ranked[0].getLang();
        return new LanguageGuess(ISO_639_1.getOrDefault(code, code), top, margin);
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
