package dev.tilik.nlp;

/**
 * A language guess: ISO 639-1 code where Tilik has rules ({@code id}, {@code en}), otherwise the
 * detector's own code; the detector's confidence and its margin over the runner-up.
 */
public record LanguageGuess(String language, double confidence, double margin) {
    public static final String UNKNOWN = "und";

    public boolean isKnown() {
        return !UNKNOWN.equals(language);
    }
}
