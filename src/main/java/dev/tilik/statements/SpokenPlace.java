package dev.tilik.statements;

/**
 * Where a speaker named after a cue stops before the capitalised place or occasion it was said at: "kata Rina Wati di
 * Gedung Sate, …", "ujar Kepala Dinas X Budi Santoso dalam Rapat Kerja …", "said Rina in Jakarta". The place is no
 * part of who spoke; left in, the speaker is a name and a building. A scope word in lower case ("di", "dalam", "in",
 * "at"; never a source marker, "dari", "from", which names the body) ends the speaker there only when the words
 * before it end in a person's name: capitalised words, none a title, role or acronym, that are the whole speaker
 * ("Rina di Jakarta"), follow a role that itself follows the office (a rank: "Kapolsek X Iptu Sholeh di …", "Kombes
 * Pol. Rina di …") or run two or more after an office ("Sekda X Rina Wati di …"). One capitalised word after an office
 * or an acronym before the scope word is a body and its seat ("Duta Besar Indonesia di Tokyo", "Konsul Jenderal RI di
 * Jeddah") and stays, and so does one word after a role that opens the speaker ("Kepala Dinas di Kabupaten X"). The
 * lower-case occasion after a name ("kata Rina dalam jumpa pers") is {@link SpeakerAfterCue}'s.
 */
final class SpokenPlace {
    private SpokenPlace() {
    }

    /** The end of the speaker after a cue in tokens {@code [lo, end)}: the scope word opening its place, else {@code end}. */
    static int end(Lexicon lex, Sentence s, int lo, int end) {
        for (int i = lo + 1; i + 1 < end; i++) {
            if (placeAt(lex, s, i) && nameBefore(lex, s, lo, i)) {
                return i;
            }
            if (i - 1 > lo && placeAt(lex, s, i) && verbAfterName(lex, s, lo, i - 1)) {
                return i - 1; // "kata Budi dijumpai di Istana …": how he was met, then where
            }
        }
        return end;
    }

    /** True when a lower-case scope word at {@code i} opens a capitalised place ("di Gedung …"), no source ("dari X"). */
    private static boolean placeAt(Lexicon lex, Sentence s, int i) {
        Token t = s.token(i);
        Token next = s.token(i + 1);
        return t.isWord() && !t.isCapitalized() && lex.scopeWords.at(s.tokens(), i, i + 1).isPresent()
                && lex.sourceMarkers.at(s.tokens(), i, i + 1).isEmpty() && next.isWord() && next.isCapitalized();
    }

    /** True when the word at {@code v} is one lower-case verb ("dijumpai", "ditemui") standing right after a person's name. */
    private static boolean verbAfterName(Lexicon lex, Sentence s, int lo, int v) {
        Token t = s.token(v);
        return t.isWord() && !t.isCapitalized() && t.text().length() >= 5 && !lex.isFunctionWord(t)
                && lex.cues.at(s.tokens(), v, v + 1).isEmpty() && lex.pronouns.at(s.tokens(), v, v + 1).isEmpty()
                && nameBefore(lex, s, lo, v);
    }

    /**
     * True when the speaker's words {@code [lo, i)} end in a person's name: capitalised words, none a title, role,
     * acronym or function word, that are the whole speaker, follow a rank after an office, or run two or more.
     */
    static boolean nameBefore(Lexicon lex, Sentence s, int lo, int i) {
        int from = i;
        while (from > lo && nameWord(lex, s, from - 1)) {
            from--;
        }
        int words = i - from;
        if (words == 0) {
            return false;
        }
        int rank = from - 1 > lo && s.token(from - 1).is(".") ? from - 2 : from - 1; // "Kombes Pol. Rina di …"
        return from == lo || words >= 2 || rank > lo && lex.roles.contains(s.token(rank).lower());
    }

    /** A capitalised word that can be part of a person's name: no title, role, acronym or function word. */
    static boolean nameWord(Lexicon lex, Sentence s, int k) {
        Token t = s.token(k);
        return t.isWord() && t.isCapitalized() && !acronym(t.text()) && !lex.isFunctionWord(t)
                && !lex.roles.contains(t.lower()) && lex.titles.at(s.tokens(), k, k + 1).isEmpty();
    }

    private static boolean acronym(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
