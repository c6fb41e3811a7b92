package dev.tilik.statements;

import java.util.List;

/**
 * A relative clause that says who a claim's subject is, not what the claim says of it: at the claim's head, right
 * after a name (capitalised words only, a comma after them or none), a relative marker and a copula, up to the next
 * comma with the claim going on after it ("Rina yang adalah anggota Satpol PP Sukamaju, tidak terlibat …", "Rina, who
 * is a member of the X Union, denied …", rules {@code relativeMarkers}, {@code copulas}). Its words are no key of the
 * claim: the subject's office or body is not what the claim is about.
 */
final class SubjectClauses {
    /** Most words of the name the clause follows. */
    private static final int NAME_WORDS = 5;
    /** Most tokens of an apposition set off by commas. */
    private static final int APPOSITION_WORDS = 8;

    private SubjectClauses() {
    }

    /** The tokens {@code [from, to)} of the clause in the claim's tokens {@code t} (its closing comma in), else null. */
    static int[] of(List<Token> t, Lexicon lex) {
        int i = 0;
        while (i < t.size() && !t.get(i).isWord()) {
            i++;
        }
        int name = 0;
        while (i < t.size() && t.get(i).isWord() && t.get(i).isCapitalized()) {
            i++;
            name++;
        }
        if (name == 0 || name > NAME_WORDS) {
            return null;
        }
        boolean setOff = i < t.size() && t.get(i).is(",");
        if (setOff) {
            i++;
        }
        var marker = lex.relativeMarkers.at(t, i, t.size());
        if (marker.isEmpty()) {
            return setOff ? apposition(t, i, lex) : null;
        }
        if (lex.copulas.at(t, marker.get().to(), t.size()).isEmpty()) {
            return null;
        }
        for (int j = marker.get().to(); j < t.size(); j++) {
            if (t.get(j).isClauseEnd()) {
                return null;
            }
            if (t.get(j).is(",")) {
                return j + 1 < t.size() ? new int[]{i, j + 1} : null;
            }
        }
        return null;
    }

    /**
     * A noun phrase set off by commas right after the name, opening in lower case, no verb or negation in it, and the
     * claim going on after it ("Joko, anggota Satgas Pasar Sukamaju, tidak …"): the tokens from {@code at} to its comma.
     */
    private static int[] apposition(List<Token> t, int at, Lexicon lex) {
        if (at >= t.size() || !t.get(at).isWord() || t.get(at).isCapitalized()) {
            return null;
        }
        for (int j = at; j < t.size() && j < at + APPOSITION_WORDS; j++) {
            Token w = t.get(j);
            if (w.is(",")) {
                return j > at && j + 1 < t.size() ? new int[]{at, j + 1} : null;
            }
            if (!w.isWord() || lex.looksLikeVerb(w) || lex.negations.at(t, j, t.size()).isPresent()) {
                return null;
            }
        }
        return null;
    }

    /** True when token {@code i} lies in {@code clause} ({@link #of}, null for none). */
    static boolean in(int[] clause, int i) {
        return clause != null && i >= clause[0] && i < clause[1];
    }
}
