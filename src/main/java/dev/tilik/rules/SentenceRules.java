package dev.tilik.rules;

import java.util.List;

/**
 * Sentence-splitting data for one language.
 *
 * @param abbreviations tokens ending in a dot that do not end a sentence ("Jl.", "dll.")
 */
public record SentenceRules(List<String> abbreviations) {
    public SentenceRules {
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }

    public static SentenceRules none() {
        return new SentenceRules(List.of());
    }
}
