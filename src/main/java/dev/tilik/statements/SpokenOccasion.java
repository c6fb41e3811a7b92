package dev.tilik.statements;

/**
 * Where a speaker standing before its cue stops before the occasion said after the person's name, with no comma
 * between them: "Wakil Menteri X Rina Wati dalam keterangan resminya di Jakarta, Senin, menyatakan …", "Budi Santoso
 * saat ditemui di Balai Kota, mengatakan …", "Kepala Dinas X Dodi usai rapat di Gedung Y, menegaskan …". The occasion
 * is no part of who spoke; left in, the speaker is a name with where and when it spoke. A clause opener in lower case
 * ("dalam", "saat", "usai", "ketika", "in", "at") ends the speaker there only when the words before it end in a
 * person's name, as {@link SpokenPlace#nameBefore} says: an office and its seat ("Kepala Dinas di Kabupaten X",
 * "Konsul Jenderal RI di X") stay whole. The speaker after a cue is {@link SpokenPlace}'s.
 */
final class SpokenOccasion {
    private SpokenOccasion() {
    }

    /** The speaker before a cue in tokens {@code r = [from, to)}, ended before the occasion after its name; else {@code r}. */
    static int[] cut(Lexicon lex, Sentence s, SpeakerPhrase phrase, int[] r) {
        int lo = r[0];
        for (int i = r[0] + 1; i + 1 < r[1]; i++) {
            Token t = s.token(i);
            if (t.is(",")) {
                lo = i + 1; // the name is in the words set off last: "Senada dengan X, Bupati Y Rina" is no "Senada"
            } else if (t.isWord() && !t.isCapitalized() && lex.clauseOpeners.at(s.tokens(), i, r[1]).isPresent()
                    && lex.sourceMarkers.at(s.tokens(), i, i + 1).isEmpty() && lo < i && !comma(s, i, r[1])
                    && SpokenPlace.nameBefore(lex, s, lo, i)) {
                return phrase.trim(r[0], i);
            }
        }
        return r;
    }

    private static boolean comma(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).is(",")) {
                return true;
            }
        }
        return false;
    }
}
