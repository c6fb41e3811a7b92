package dev.tilik.nlp;

import java.util.Set;

/** Guesses the language of a text (boilerplate already removed). */
public interface LanguageGuesser {
    LanguageGuess guess(CharSequence text);

    /**
     * The guess when only {@code candidates} (ISO 639-1 codes Tilik has rules for) are of use:
     * for a short text the open guess is often unsure between close relatives (Indonesian,
     * Malay, Sundanese), yet clearly one of the candidates. Returns {@link LanguageGuess#UNKNOWN}
     * when no candidate clearly leads. By default, the open guess when it is a candidate.
     */
    default LanguageGuess guessAmong(CharSequence text, Set<String> candidates) {
        LanguageGuess g = guess(text);
        return candidates.contains(g.language()) ? g : new LanguageGuess(LanguageGuess.UNKNOWN, 0, 0);
    }
}
