package dev.tilik.statements;

import java.util.Optional;

/**
 * A speaker phrase before a cue too long to be one, shortened for {@link SpeakerPhrase#left}: to the title and name a
 * relative clause names, or to its head ({@link #withoutRelativeClause}); to the words before an occasion running on
 * after the name up to the cue ({@link #withoutCircumstance}).
 */
final class LongSpeakerPhrase {
    private final SpeakerPhrase phrase;
    private final Lexicon lex;
    private final Sentence s;

    LongSpeakerPhrase(SpeakerPhrase phrase, Lexicon lex, Sentence s) {
        this.phrase = phrase;
        this.lex = lex;
        this.s = s;
    }

    /**
     * A speaker phrase too long to be one because the occasion runs on after the name, with no comma, up to the cue
     * ("Kepala BSSN, Letjen TNI Rina Wati dalam keterangan pers terkait … di kantor X menjelaskan …"): the words before
     * the first clause opener standing after two capitalised words, when they are a plausible speaker. Unchanged otherwise.
     */
    int[] withoutCircumstance(int[] r) {
        if (r[1] - r[0] < 4 || phrase.plausible(new SpeakerPhrase.Cut(r[0], r[1], null, -1, -1))) {
            return r;
        }
        for (int y = r[0] + 2; y < r[1] - 1; y++) {
            Token t = s.token(y);
            if (!t.isWord() || t.isCapitalized() || !capitalisedOrClosing(s.token(y - 1)) || !capitalisedOrClosing(s.token(y - 2))
                    || lex.clauseOpeners.at(s.tokens(), y, r[1]).isEmpty()) {
                continue;
            }
            int[] head = phrase.trim(r[0], y);
            return phrase.plausible(new SpeakerPhrase.Cut(head[0], head[1], null, -1, -1)) ? head : r;
        }
        return r;
    }

    private static boolean capitalisedOrClosing(Token t) {
        return t.isWord() && t.isCapitalized() || t.is(")");
    }

    /**
     * A speaker phrase holding a relative clause, too long to be a speaker as it stands: the clause
     * names a title and name of the same person ("Salah satu pekerja yang juga Sekretaris Serikat
     * Pekerja Rina Wati" → "Sekretaris Serikat Pekerja Rina Wati"), or only says more of the head ("Tim
     * kurator yang ditunjuk oleh pengadilan untuk menangani kepailitan PT A, PT B dan PT C" → "Tim
     * kurator"). Unchanged when the phrase is a plausible speaker already or holds no relative marker.
     */
    int[] withoutRelativeClause(int[] r) {
        if (r[1] - r[0] < 3 || phrase.plausible(new SpeakerPhrase.Cut(r[0], r[1], null, -1, -1))) {
            return r;
        }
        if (phrase.verbShaped(s.token(r[0]))) {
            return r; // a clause, not a head with a relative clause
        }
        for (int y = r[0] + 1; y < r[1] - 1; y++) {
            if (lex.relativeMarkers.at(s.tokens(), y, y + 1).isEmpty()) {
                continue;
            }
            int after = y + 1;
            while (after < r[1]) {
                Optional<PhraseMatcher.Match<String>> skip = lex.speakerTrim.at(s.tokens(), after, r[1]);
                if (skip.isEmpty()) {
                    break;
                }
                after = skip.get().to();
            }
            if (after < r[1] && phrase.titleChain(after, r[1]) && phrase.plausible(new SpeakerPhrase.Cut(after, r[1], null, -1, -1))) {
                return new int[] {after, r[1]};
            }
            int[] head = phrase.trim(r[0], y);
            return phrase.plausible(new SpeakerPhrase.Cut(head[0], head[1], null, -1, -1))
                    && (clauseOfHead(y, r[1]) || namesSomeone(head[0], head[1])) ? head : r;
        }
        return r;
    }

    /**
     * A person's name with a relative clause after it, the subject closed by a particle or adverb before the cue
     * ("Dedi yang datang bersama Kapolda Jabar dan Pangdam Siliwangi pun meminta …"): the name. The clause, opening in
     * lower case, says what the person did; a title chain in it ("… yang juga Ketua Serikat Pekerja X") names who
     * they are and is left as it was. Indonesian closes a long subject with a particle ("pun", rules {@code speakerTrim}),
     * so the clause ends there and the name heads it. Unchanged unless every word before the relative marker is a
     * name's ({@link SpokenPlace#nameWord}) and only such words stand between the phrase and the cue at {@code hi}.
     */
    int[] nameBeforeClosedClause(int[] r, int hi) {
        if (r[1] >= hi || !closers(r[1], hi)) {
            return r;
        }
        for (int y = r[0] + 1; y < r[1] - 1; y++) {
            if (lex.relativeMarkers.at(s.tokens(), y, y + 1).isEmpty()) {
                if (!SpokenPlace.nameWord(lex, s, y)) {
                    return r;
                }
                continue;
            }
            int after = y + 1;
            while (after < r[1] && lex.speakerTrim.at(s.tokens(), after, r[1]).isPresent()) {
                after = lex.speakerTrim.at(s.tokens(), after, r[1]).get().to();
            }
            boolean named = SpokenPlace.nameWord(lex, s, r[0]);
            return named && after < r[1] && s.token(after).isWord() && !s.token(after).isCapitalized() ? new int[] {r[0], y} : r;
        }
        return r;
    }

    /** True when tokens {@code [from, to)} are only words the rules trim off a speaker ("pun", "juga"). */
    private boolean closers(int from, int to) {
        int i = from;
        while (i < to) {
            Optional<PhraseMatcher.Match<String>> m = lex.speakerTrim.at(s.tokens(), i, to);
            if (m.isEmpty()) {
                return false;
            }
            i = m.get().to();
        }
        return true;
    }

    /**
     * True when a relative clause's head in tokens {@code [from, to)} names someone, so a verb in the clause is the
     * clause's and the cue after it the sentence's: a name or title chain set off by a comma before an apposition
     * ("Agus (55), kakak kandung korban yang …, mengatakan"), or one of two to {@link SpeakerPhrase#MAX_NAME_WORDS}
     * capitalised words (a longer office chain before a relative clause is left as it was), or a short form in
     * capitals ("KDM yang mendengar informasi itu pun mengatakan"). A lone capitalised word may be a common noun opening
     * the sentence ("Jarak yang cukup jauh ini membuat …"): no name.
     */
    private boolean namesSomeone(int from, int to) {
        int comma = s.nextComma(from, to);
        if (comma >= to) {
            comma = to;
        }
        if (!phrase.titleChain(from, comma)) {
            return false;
        }
        int words = 0;
        for (int i = from; i < comma; i++) {
            words += s.token(i).isWord() && s.token(i).isCapitalized() ? 1 : 0;
        }
        return comma < to || words >= 2 && words <= SpeakerPhrase.MAX_NAME_WORDS
                || words == 1 && Acronyms.allCaps(s.token(from).text()) && s.token(from).text().length() >= 2;
    }

    /**
     * A speaker phrase too long to be one, opening with a name set off by a comma and appositions after it ("Agus (55),
     * kakak kandung Rustiwan, salah satu korban tewas dalam ledakan … di Desa X, Kecamatan Y, Senin (12/5/2025),
     * menolak …"): the name with as many appositions as still make a plausible speaker, cut at a comma. News copy sets
     * who a person is, where and when after the name, each between commas, before the verb. Unchanged when the phrase
     * is plausible already, opens with no name of at most {@link SpeakerPhrase#MAX_NAME_WORDS} words, or the words after
     * the name's comma go on capitalised (a list of names or places: "Seoul, Tokyo dan Washington").
     */
    int[] toSetOffName(int[] r) {
        if (phrase.plausible(new SpeakerPhrase.Cut(r[0], r[1], null, -1, -1))) {
            return r;
        }
        int comma = s.nextComma(r[0], r[1]);
        if (comma >= r[1] - 1 || !phrase.titleChain(r[0], comma) || !s.token(comma + 1).isWord()
                || s.token(comma + 1).isCapitalized()) {
            return r;
        }
        int words = 0;
        for (int i = r[0]; i < comma; i++) {
            words += s.token(i).isWord() && s.token(i).isCapitalized() ? 1 : 0;
        }
        if (words == 0 || words > SpeakerPhrase.MAX_NAME_WORDS) {
            return r;
        }
        int[] best = phrase.trim(r[0], comma);
        for (int c = s.nextComma(comma + 1, r[1]); c < r[1]; c = s.nextComma(c + 1, r[1])) {
            int[] longer = phrase.trim(r[0], c);
            if (phrase.plausible(new SpeakerPhrase.Cut(longer[0], longer[1], null, -1, -1))) {
                best = longer;
            }
        }
        return phrase.plausible(new SpeakerPhrase.Cut(best[0], best[1], null, -1, -1)) ? best : r;
    }

    /**
     * True when the relative clause in tokens {@code [from, to)} only says more of its head: a verb in it
     * stands after a scope word ("yang ditunjuk pengadilan untuk menangani …"); a verb on its own there
     * is the sentence's ("jarak yang cukup jauh ini membuat polisi beralasan …"): a clause, not a speaker.
     */
    private boolean clauseOfHead(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (lex.looksLikeVerb(s.token(i)) && lex.scopeWords.at(s.tokens(), i - 1, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
