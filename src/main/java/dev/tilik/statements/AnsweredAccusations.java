package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The answer to an accusation, read from one article's own statements: a claim on the good side of a scale of
 * opposite words (rules {@code opposites}: "cuaca normal", "sesuai aturan", "air itu aman") denies when the same
 * article holds, from another speaker of another party, what presses against it on the words it answers — a
 * question, a doubt or a charge (a cue of the rules' {@code doubts}: "mempertanyakan kondisi tanggul") — and the two
 * share a content word.
 * "Kondisi tanggul normal" after a councillor questioned the levee answers him: a denial. The same words in an
 * article where nobody presses them ("tanggul dalam kondisi layak", said unasked) stay the assertion they read as.
 *
 * <p>Only an assertion through a neutral cue turns, and only one whose words stand plainly on the good side (no
 * negation reaching a word of a scale: "tidak rusak" is a denial already, {@link OppositeSides}); and never one
 * whose proposition holds such a plain good-side assertion from another article: there the good side is what the
 * proposition claims ("tanggul dalam kondisi layak", said unasked elsewhere), and the answer says it too.
 * Linear in the folder: each statement is read once for its article.
 */
final class AnsweredAccusations {
    private AnsweredAccusations() {
    }

    /** One statement's reading: its side on a scale, its own words, whether it presses (questions, doubts, accuses). */
    private record Read(int index, int side, Set<String> own, boolean presses) {
    }

    /**
     * The statements that answer an accusation of their own article, by index, as denials: {@code statements} as the
     * folder pass leaves them, {@code words} each one's claim words, {@code languageOf} each one's language (or null).
     */
    static Map<Integer, Statement> apply(List<Statement> statements, List<List<ClaimWords.Word>> words,
                                         IntFunction<ClaimWords.Language> languageOf) {
        Map<String, List<Read>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(i);
            if (lang == null || words.get(i).isEmpty()) {
                continue;
            }
            Statement s = statements.get(i);
            int side = OppositeSides.side(words.get(i), lang);
            // Only a cue that questions or accuses presses: a fault stated ("tindakan itu melanggar hukum") is answered
            // within its proposition ({@link OppositeSides}); read here too, a reply "sudah sesuai dengan peraturan"
            // after residents' "melanggar hukum" turned where a development set's gold reads an assertion.
            boolean presses = lang.doubts(s);
            byArticle.computeIfAbsent(s.fileName(), f -> new ArrayList<>())
                    .add(new Read(i, side, RelativeStance.ownWords(words.get(i)), presses));
        }
        // The articles where each proposition's good side is said plainly: there the answer says what the proposition claims.
        Map<String, Set<String>> saidPlainly = new HashMap<>();
        byArticle.values().forEach(reads -> reads.forEach(r -> {
            Statement s = statements.get(r.index());
            if (s.topic() != null && plainlyGood(s, r, words.get(r.index()), languageOf.apply(r.index()))) {
                saidPlainly.computeIfAbsent(s.topic(), t -> new java.util.HashSet<>()).add(s.fileName());
            }
        }));
        Map<Integer, Statement> out = new HashMap<>();
        for (List<Read> reads : byArticle.values()) {
            for (Read r : reads) {
                Statement s = statements.get(r.index());
                Set<String> elsewhere = s.topic() == null ? Set.of() : saidPlainly.getOrDefault(s.topic(), Set.of());
                if (elsewhere.stream().anyMatch(f -> !f.equals(s.fileName()))) {
                    continue;
                }
                if (answers(s, r, words.get(r.index()), languageOf.apply(r.index()), reads, statements)) {
                    out.put(r.index(), s.withStance(Stance.DENY, StanceBasis.OPPOSITE));
                }
            }
        }
        return out;
    }

    /** True when {@code r}, a plain good-side assertion, answers a statement of its article that presses it. */
    private static boolean answers(Statement s, Read r, List<ClaimWords.Word> words, ClaimWords.Language lang,
                                   List<Read> article, List<Statement> statements) {
        if (!plainlyGood(s, r, words, lang)) {
            return false;
        }
        for (Read other : article) {
            Statement o = statements.get(other.index());
            if (other.presses() && other.index() != r.index() && !sameSide(s, o)
                    && other.own().stream().anyMatch(r.own()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** True for an assertion through a neutral cue whose words stand on the good side of a scale, no negation reaching one. */
    private static boolean plainlyGood(Statement s, Read r, List<ClaimWords.Word> words, ClaimWords.Language lang) {
        return r.side() > 0 && s.stance() == Stance.ASSERT
                && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)
                && !OppositeSides.negatesPole(words, lang);
    }

    /** True when two statements are one speaker's, or one named party's: nobody accuses himself. */
    private static boolean sameSide(Statement a, Statement b) {
        return a.speaker().equals(b.speaker()) || a.party() != null && Objects.equals(a.party(), b.party());
    }
}
