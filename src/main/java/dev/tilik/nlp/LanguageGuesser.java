package dev.tilik.nlp;

/** Guesses the language of a text (boilerplate already removed). */
public interface LanguageGuesser {
    LanguageGuess guess(CharSequence text);
}
