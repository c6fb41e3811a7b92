package dev.tilik.rules;

import java.util.Objects;

/**
 * Everything Tilik reads for one language, from {@code rules/<language>.json}.
 *
 * @param language    ISO 639-1 code; must match the file name
 * @param boilerplate site boilerplate patterns
 * @param sentences   sentence-splitting data
 * @param statements  attribution and stance data
 * @param numbers     how figures are written (qualifiers, scale words); none when omitted
 * @param dates       weekday and month names; none when omitted
 */
public record LanguageRules(
        String language,
        BoilerplateRules boilerplate,
        SentenceRules sentences,
        StatementRules statements,
        NumberRules numbers,
        DateRules dates) {

    public LanguageRules {
        Objects.requireNonNull(language, "language: expected an ISO 639-1 code such as \"id\"");
        boilerplate = boilerplate == null ? BoilerplateRules.none() : boilerplate;
        sentences = sentences == null ? SentenceRules.none() : sentences;
        Objects.requireNonNull(statements, "statements: expected an object");
        numbers = numbers == null ? NumberRules.none() : numbers;
        dates = dates == null ? DateRules.none() : dates;
    }

    public LanguageRules(String language, BoilerplateRules boilerplate, SentenceRules sentences,
                         StatementRules statements) {
        this(language, boilerplate, sentences, statements, null, null);
    }
}
