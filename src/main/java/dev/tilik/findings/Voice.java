package dev.tilik.findings;

import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.Objects;

/**
 * A statement as the findings stage sees it: with its article, the topic group it is compared
 * in, the coalition it speaks for on that topic, and whether it stands in the headline.
 *
 * @param statement  the statement
 * @param article    its article
 * @param topicGroup the topic group from the rules, or null when the statement has no topic
 * @param coalition  parties that speak jointly on this topic share one coalition key; a speaker
 *                   with no party is a coalition of its own ({@code speaker:<name>})
 * @param headline   true when the statement's sentence lies in the article's headline
 * @param speakerKey the speaker, normalised for comparison
 */
record Voice(Statement statement, ArticleStatements article, String topicGroup, String coalition, boolean headline,
             String speakerKey) {
    Voice {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(speakerKey, "speakerKey");
    }

    /** A voice with its normalised speaker computed once (it is compared often). */
    static Voice of(Statement statement, ArticleStatements article, String topicGroup, String coalition, boolean headline) {
        return new Voice(statement, article, topicGroup, coalition, headline, Normal.text(statement.speaker()));
    }

    String fileName() {
        return article.fileName();
    }

    String sentenceText() {
        return statement.sentence().coveredText(article.document().text());
    }

    String claimText() {
        return statement.claim().coveredText(article.document().text());
    }

    Evidence evidence(int side) {
        return new Evidence(fileName(), statement.id(), statement.claim(), statement.sentence(), sentenceText(), side);
    }

    /** Identity is the statement's place: its article and id (cheap, unlike hashing the whole article). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Voice v && v.statement.id().equals(statement.id()) && v.fileName().equals(fileName());
    }

    @Override
    public int hashCode() {
        return statement.id().hashCode() * 31 + fileName().hashCode();
    }

    /** Orders voices by article, then position: the order a reader meets them. */
    static int byPosition(Voice a, Voice b) {
        int c = a.fileName().compareTo(b.fileName());
        return c != 0 ? c : a.statement().sentence().compareTo(b.statement().sentence());
    }
}
