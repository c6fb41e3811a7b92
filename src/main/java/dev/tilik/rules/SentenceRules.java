package dev.tilik.rules;

import java.util.List;

/**
 * Sentence-splitting data for one language.
 *
 * @param abbreviations       tokens ending in a dot that never end a sentence ("Jl.", "Prof."); for
 *                            Indonesian they also go into the sentence model Tilik trains at start-up
 * @param endingAbbreviations abbreviations that may end a sentence too ("dll.", "dsb."): the model
 *                            decides, but a split before a lowercase word is undone
 * @param joinedWords         words with a capital inside that are not two glued sentences
 *                            ("WhatsApp", "PlayStation"); see {@code docs/NLP.md}
 */
public record SentenceRules(List<String> abbreviations, List<String> endingAbbreviations, List<String> joinedWords) {
    public SentenceRules {
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
        endingAbbreviations = endingAbbreviations == null ? List.of() : List.copyOf(endingAbbreviations);
        joinedWords = joinedWords == null ? List.of() : List.copyOf(joinedWords);
    }

    public static SentenceRules none() {
        return new SentenceRules(List.of(), List.of(), List.of());
    }
}
