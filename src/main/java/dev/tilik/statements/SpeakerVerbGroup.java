package dev.tilik.statements;

/**
 * Where a speaker standing before its cue stops before the verb group its name or pronoun opens, with no comma between
 * them: "Rina sempat mengatakan …", "Budi belum dapat memastikan …", "Wati lantas menegaskan …", "ia akan memastikan …".
 * Indonesian writes a verb group's words (rules {@code auxiliaries}: "sempat", "lantas", "belum", "akan", "kala itu")
 * between the subject and its verb; after a person's name ({@link SpokenPlace#nameBefore}) or a lone pronoun they
 * are the clause's, never the speaker's; so are a particle or adverb the rules trim off a speaker ({@code speakerTrim}:
 * "pun", "hanya") opening lower-case words after the name ("Wahyu pun belum bisa", after a cue "kata Maruli hanya
 * bersifat administratif"). After an office the same words may say which holder ("Kapolres saat itu",
 * "Menteri sebelumnya"), so the phrase stays whole there.
 */
final class SpeakerVerbGroup {
    private SpeakerVerbGroup() {
    }

    /** The speaker in tokens {@code r = [from, to)}, ended before the verb group after its name; else {@code r}. */
    static int[] cut(Lexicon lex, Sentence s, int[] r) {
        int lo = r[0];
        for (int j = r[0] + 1; j < r[1]; j++) {
            Token t = s.token(j);
            if (t.is(",")) {
                lo = j + 1; // "Kepala Dinas X, Rina sempat …": the name is in the words set off last
                continue;
            }
            boolean opens = lex.auxiliaries.at(s.tokens(), j, r[1]).isPresent() || lex.speakerTrim.at(s.tokens(), j, r[1]).isPresent();
            if (!t.isWord() || t.isCapitalized() || !opens || !lowerToEnd(s, j, r[1])) {
                continue;
            }
            boolean pronoun = j - lo == 1 && lex.pronouns.at(s.tokens(), lo, j).isPresent();
            if (lo < j && (pronoun || SpokenPlace.nameBefore(lex, s, lo, j))) {
                return new int[] {r[0], j};
            }
        }
        return r;
    }

    /** True when every token in {@code [from, to)} is a word written in lower case. */
    private static boolean lowerToEnd(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).isWord() || s.token(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }
}
