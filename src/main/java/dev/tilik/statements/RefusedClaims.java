package dev.tilik.statements;

import java.util.List;

/**
 * Two ways a claim denies in words that read otherwise, asked by {@link StanceClassifier} once the cue asserts:
 * a label refused ("Saya tak terima kalau adik saya disebut pemulung", "Kami tidak menerima warga kami dianggap
 * memulung") and a claim set up by "kalau" and then dismissed ("Banyak yang bilang kalau bapak saya nyelonong, itu
 * gak benar"), which is no condition.
 */
final class RefusedClaims {
    /** How many words may stand between a refusal to accept and the naming it refuses ("tak terima kalau adik saya disebut"). */
    static final int LABEL_REACH = 5;

    private final Lexicon lex;

    RefusedClaims(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * True when the claim refuses a label: a phrase of not accepting (rules {@code labelRefusals}: "tak terima", "tidak
     * menerima", "menolak") followed within {@value #LABEL_REACH} words of its clause by a passive verb of naming or
     * taking for (rules {@code namings}: "disebut", "dianggap", "dituding"). Someone who will not have a person called
     * something says that person is not it. "Tidak menerima" alone states a lack ("kami tidak menerima gaji"): only the
     * naming makes it a refusal.
     */
    boolean refusesLabel(List<Token> t, int from, int to) {
        for (PhraseMatcher.Match<String> m : lex.labelRefusals.findAll(t, from, to)) {
            int words = 0;
            for (int i = m.to(); i < to && words <= LABEL_REACH; i++) {
                Token w = t.get(i);
                if (w.is(",") || w.isClauseEnd()) {
                    break;
                }
                if (!w.isWord()) {
                    continue;
                }
                if (lex.namings.at(t, i, to).isPresent()) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    /**
     * True when a dismissal (rules {@code dismissals}: "tidak benar", "gak benar") closes the claim right after a comma
     * and a word pointing back ({@code anaphors}: "itu", "hal itu"), nothing between: "kalau X, itu tidak benar"
     * says X is false. Such a claim holds "kalau" but states no condition; "Kalau hujan turun, jembatan akan ditutup"
     * still does.
     */
    boolean dismissesWhatItSetUp(List<Token> t, int from, int to) {
        for (PhraseMatcher.Match<String> m : lex.dismissals.findAll(t, from, to)) {
            var back = lex.anaphors.endingAt(t, from, m.from());
            if (back.isPresent() && back.get().from() > from && t.get(back.get().from() - 1).is(",")) {
                return true;
            }
        }
        return false;
    }
}
