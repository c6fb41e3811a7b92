package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
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

    /** How far before a cue its speaker may end for the words between (a negation, an adverb) to be quoted. */
    private static final int NEAR_CUE = 24;

    /**
     * A voice with its normalised speaker computed once (it is compared often), and once per distinct
     * speaker phrase of a story: {@code keys} (speaker → key) remembers those normalised already.
     */
    static Voice of(Statement statement, ArticleStatements article, String topicGroup, String coalition, boolean headline,
                    java.util.Map<String, String> keys) {
        return new Voice(statement, article, topicGroup, coalition, headline,
                keys.computeIfAbsent(statement.speaker(), Normal::text));
    }

    String fileName() {
        return article.fileName();
    }

    /**
     * True when the outlet itself says it ({@link Statement#outletsOwn}: a headline no one is said to say). An outlet is never a person, and never a party to a
     * divergence inside a party: its headlines in two articles are two reports, not one body's two voices.
     */
    boolean outlet() {
        return statement.outletsOwn();
    }

    String sentenceText() {
        return statement.sentence().coveredText(article.document().text());
    }

    String claimText() {
        return statement.claim().coveredText(article.document().text());
    }

    /**
     * The claim as a reader should hear it: when the stance lies in a cue written before the claim
     * ("membantah telah mengirimkan tentara", "menolak berkomentar soal …"), from the cue on, since
     * the claim alone would read as the opposite (and from the speaker's end when only a few
     * characters, such as a negation, stand between: "Tidak Membantah …"); otherwise (the claim carries the stance itself:
     * "tidak pernah mengirimkan", "rumor yang tidak berdasar", "Jika benar …") the claim.
     */
    String quotedText() {
        CharSpan cue = statement.cueSpan();
        CharSpan claim = statement.claim();
        StanceBasis basis = statement.basis();
        boolean claimCarriesStance = basis == StanceBasis.EVENT_NEGATED || basis == StanceBasis.DISMISSAL || basis == StanceBasis.OPPOSITE
                || basis == StanceBasis.MARKER && statement.stance() != Stance.NO_COMMENT;
        if (cue != null && !claimCarriesStance && statement.stance() != Stance.ASSERT && cue.end() <= claim.start()
                && statement.sentence().contains(cue)) {
            CharSpan speaker = statement.speakerSpan();
            int from = speaker != null && speaker.end() <= cue.start() && cue.start() - speaker.end() <= NEAR_CUE
                    ? speaker.end() : cue.start();
            return article.document().text().substring(from, claim.end()).replaceFirst("^[\\s,]+", "");
        }
        return claimText();
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
