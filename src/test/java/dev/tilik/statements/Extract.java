package dev.tilik.statements;

import dev.tilik.rules.Rules;
import java.util.List;

/** Extraction over hand-written text, for unit tests (sentences split by {@link TestDocuments}). */
final class Extract {
    static final Rules RULES = TestDocuments.rules();
    private static final StatementExtractor EXTRACTOR = new StatementExtractor(RULES);

    private Extract() {
    }

    static ArticleStatements article(String language, String text) {
        return EXTRACTOR.extract(TestDocuments.of(RULES, language, "t.txt", text));
    }

    static List<Statement> id(String text) {
        return article("id", text).statements();
    }

    static List<Statement> en(String text) {
        return article("en", text).statements();
    }

    /** The speaker of the last statement Indonesian {@code text} holds (it must hold one). */
    static String lastSpeaker(String text) {
        List<Statement> s = id(text);
        if (s.isEmpty()) {
            throw new AssertionError("no statement in: " + text);
        }
        return s.get(s.size() - 1).speaker();
    }

    /**
     * A folder of articles ({language, text} each, named "N_language.txt" in order) after the folder
     * pass: every statement with its proposition and folder stance.
     */
    static List<Statement> folder(String[]... articles) {
        return EXTRACTOR.acrossFolder(articles(articles)).stream().flatMap(x -> x.statements().stream()).toList();
    }

    /** The articles of {@link #folder} as extracted, before the folder pass. */
    static List<ArticleStatements> articles(String[]... articles) {
        List<ArticleStatements> extracted = new java.util.ArrayList<>();
        int n = 0;
        for (String[] a : articles) {
            extracted.add(EXTRACTOR.extract(TestDocuments.of(RULES, a[0], (n++) + "_" + a[0] + ".txt", a[1])));
        }
        return extracted;
    }

    /** The extractor's claim words for {@code articles}' statements. */
    static java.util.function.Function<Statement, ClaimWords.Language> claimWords(List<ArticleStatements> articles) {
        java.util.Map<String, String> languageOf = new java.util.HashMap<>();
        articles.forEach(a -> languageOf.put(a.fileName(), a.document().language().language()));
        return EXTRACTOR.claimWords(languageOf);
    }

    /** Each sentence, one statement in its language, takes {@code expected}. */
    static void takes(dev.tilik.model.Stance expected, String language, String... sentences) {
        for (String sentence : sentences) {
            org.assertj.core.api.Assertions.assertThat(one(language, sentence).stance()).as(sentence).isEqualTo(expected);
        }
    }

    /** The words of a statement's claim in {@code text}. */
    static String claim(String language, String text, Statement s) {
        return s.claim().coveredText(TestDocuments.of(RULES, language, "t.txt", text).text());
    }

    static Statement one(String language, String text) {
        List<Statement> s = article(language, text).statements();
        if (s.size() != 1) {
            throw new AssertionError("expected one statement, got " + s.size() + " in: " + text);
        }
        return s.get(0);
    }
}
