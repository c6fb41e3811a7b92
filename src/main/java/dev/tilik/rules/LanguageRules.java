package dev.tilik.rules;

import java.util.Objects;

/**
 * Everything Tilik reads for one language, from {@code rules/<language>.json}.
 *
 * @param language   ISO 639-1 code; must match the file name
 * @param boilerplate site boilerplate patterns
 * @param sentences  sentence-splitting data
 * @param statements attribution and stance data
 */
public record LanguageRules(
        String language,
        BoilerplateRules boilerplate,
        SentenceRules sentences,
        StatementRules statements) {

    public LanguageRules {
        Objects.requireNonNull(language, "language: expected an ISO 639-1 code such as \"id\"");
        boilerplate = boilerplate == null ? BoilerplateRules.none() : boilerplate;
        sentences = sentences == null ? SentenceRules.none() : sentences;
        Objects.requireNonNull(statements, "statements: expected an object");
    }
}
