package dev.tilik.statements;

import java.util.Optional;

/**
 * The speaker standing after a cue, for {@link SpeakerPhrase#right}: up to the next comma or the words saying when, where
 * or to whom it was said, a name set off after an office speaking with it, an apposition after the comma kept aside as
 * the source, a channel ("seperti dilansir AFP") as the via.
 */
final class SpeakerAfterCue {
    private final SpeakerPhrase phrase;
    private final Lexicon lex;
    private final Sentence s;
    private final boolean[] dateToken;

    SpeakerAfterCue(SpeakerPhrase phrase, Lexicon lex, Sentence s, boolean[] dateToken) {
        this.phrase = phrase;
        this.lex = lex;
        this.s = s;
        this.dateToken = dateToken;
    }

    /** The speaker after a cue from token {@code lo}, as {@link SpeakerPhrase#right} says. */
    SpeakerPhrase.Cut cut(int lo, int hi) {
        int end = SpokenPlace.end(lex, s, lo, clauseEnd(lo, nextComma(lo, hi))); // "kata Rina di Gedung Sate"
        String via = null;
        for (int i = lo; i < end; i++) {
            Optional<PhraseMatcher.Match<String>> v = lex.via.at(s.tokens(), i, end);
            if (v.isPresent()) {
                via = phrase.channelName(v.get().to(), end);
                end = i;
                break;
            }
        }
        int srcFrom = -1;
        int srcTo = -1;
        int named = via == null && end < hi && s.token(end).is(",") ? nameAfterOffice(lo, end, hi) : -1;
        if (named > end) {
            end = named; // "kata Kepala Dinas X, Rina Wati, Senin": the office and the name set off after it speak
        } else if (end < hi && s.token(end).is(",")) {
            int next = s.nextComma(end + 1, hi);
            Optional<PhraseMatcher.Match<String>> v = lex.via.at(s.tokens(), end + 1, next);
            if (v.isPresent()) {
                via = via == null ? phrase.channelName(v.get().to(), next) : via;
            } else if (!lex.cues.contains(s.tokens(), end + 1, next)) {
                srcFrom = end + 1;
                srcTo = next;
            }
        }
        int[] r = phrase.trim(lo, end);
        for (int i = r[0] + 1; i < r[1]; i++) {
            if (lex.relativeMarkers.at(s.tokens(), i, i + 1).isPresent()) {
                r = phrase.trim(r[0], i); // "Berdasarkan data Dinas X yang diterima redaksi, …": the clause says how it came
                break;
            }
        }
        if (r[1] - r[0] > 1 && lex.pronouns.at(s.tokens(), r[0], r[0] + 1).isPresent() && !s.token(r[0] + 1).isCapitalized()) {
            r[1] = r[0] + 1; // "kata dia dalam keterangan tertulis": the pronoun speaks, the rest says where
        }
        int to = r[1];
        if (r[0] < to && lex.speakerTrim.at(s.tokens(), r[0], to).filter(m -> m.to() == to).isPresent()) {
            return new SpeakerPhrase.Cut(lo, lo, via, srcFrom, srcTo); // "ujarnya lagi": an adverb, no speaker; the clitic speaks
        }
        return new SpeakerPhrase.Cut(r[0], r[1], via, srcFrom, srcTo);
    }

    /**
     * The sentence's next comma or clause end from {@code lo}, as {@link Sentence#nextComma}, past the point of an
     * abbreviation the language lists ("kata Kapolres X Kombes. Pol. Rina Wati", "ujar Direktur PT. Sinar …"): the
     * sentence splitter kept them in the sentence, so they end nothing.
     */
    private int nextComma(int lo, int hi) {
        int end = s.nextComma(lo, hi);
        while (end + 1 < hi && end > lo) {
            int listed = s.token(end).is(",") ? officeListGoesOn(lo, end, hi) : -1;
            if (listed > end) {
                end = s.nextComma(listed, hi); // "kata Kepala Pusat Data, Informasi, dan Komunikasi X": one office
            } else if (s.token(end).is(".") && s.token(end - 1).isWord()
                    && s.token(end - 1).end() == s.token(end).start() && lex.abbreviations.contains(s.token(end - 1).lower())) {
                end = s.nextComma(end + 1, hi);
            } else {
                break;
            }
        }
        return end;
    }

    /** Most capitalised words an office's enumeration sets off between two commas or a comma and its conjunction. */
    static final int LISTED_WORDS = 3;

    /**
     * Where an office's name goes on after the comma at {@code comma}, or -1: an office names its areas of work as a list
     * ("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan X", "Menteri Koordinator Bidang Politik, Hukum, dan
     * Keamanan"), so when the words since {@code lo} hold a title and end in a capitalised word, and after the comma
     * come at most {@link #LISTED_WORDS} capitalised words, a comma or not, a conjunction and a capitalised word, the
     * comma ends nothing: the office goes on after the conjunction (the index returned).
     */
    private int officeListGoesOn(int lo, int comma, int hi) {
        if (!s.token(comma - 1).isWord() || !s.token(comma - 1).isCapitalized() || !lex.titles.contains(s.tokens(), lo, comma)) {
            return -1;
        }
        int i = comma + 1;
        int words = 0;
        while (i < hi && s.token(i).isWord() && s.token(i).isCapitalized() && !dateToken[i]
                && !lex.weekdays.contains(s.token(i).lower())) {
            words++;
            i++;
        }
        if (words == 0 || words > LISTED_WORDS) {
            return -1;
        }
        if (i < hi && s.token(i).is(",")) {
            i++;
        }
        Optional<PhraseMatcher.Match<String>> and = i < hi ? lex.conjunctions.at(s.tokens(), i, hi) : Optional.empty();
        if (and.isEmpty()) {
            return -1;
        }
        int next = and.get().to();
        return next < hi && s.token(next).isWord() && s.token(next).isCapitalized() ? next : -1;
    }

    /**
     * Where a name set off by a comma after an office or description standing after a cue ends ("kata
     * Kepala Dinas X, Rina Wati, Senin …", "ujar ayah korban, Sutrisno", "ungkap Ketua Tim, Kompol
     * Rina Wati sembari …", "said the agency's spokesman, Budi"): the words before the comma hold a title
     * or a word in lower case, so they say who the speaker is, not their name; the words after it are
     * capitalised (a rank's abbreviation point allowed), at most {@link SpeakerPhrase#MAX_NAME_WORDS}, hold no date,
     * end in a word that is no title, and are followed by nothing, a comma, a full stop or a word in lower
     * case. -1 when there is no such name ("kata Rina Wati, Kepala Dinas X": the name speaks already).
     */
    private int nameAfterOffice(int lo, int comma, int hi) {
        int[] office = phrase.trim(lo, comma);
        if (office[0] >= office[1] || !describes(office[0], office[1])) {
            return -1;
        }
        int i = comma + 1;
        int words = 0;
        while (i < hi && (s.token(i).isWord() && s.token(i).isCapitalized() || s.token(i).is(".") && words > 0
                && i + 1 < hi && s.token(i + 1).isWord() && s.token(i + 1).isCapitalized())) {
            if (dateToken[i] || lex.weekdays.contains(s.token(i).lower())) {
                return -1; // "…, Minggu": the day it was said
            }
            words += s.token(i).isWord() ? 1 : 0;
            i++;
        }
        if (words == 0 || words > SpeakerPhrase.MAX_NAME_WORDS || lex.titles.at(s.tokens(), i - 1).isPresent()
                || lex.titles.contains(s.tokens(), comma + 1, i) && !lex.titles.at(s.tokens(), comma + 1).isPresent()) {
            return -1;
        }
        return i >= hi || s.token(i).is(",") || s.token(i).is(".") || occasion(i) ? i : -1;
    }

    /**
     * True when the word at {@code i}, in lower case, opens words saying when, where or to whom something was said
     * ("kepada wartawan", "di Jakarta", "saat meninjau", "pada Senin"), not the claim going on ("Menurut keluarga,
     * Gamma tidak terlibat …") nor the office going on ("…, Informasi dan Komunikasi").
     */
    private boolean occasion(int i) {
        Token t = s.token(i);
        return t.isWord() && !t.isCapitalized() && lex.cues.at(s.tokens(), i).isEmpty()
                && (lex.clauseOpeners.at(s.tokens(), i).isPresent() || lex.scopeWords.at(s.tokens(), i).isPresent()
                || phrase.isTimeWord(i));
    }

    /**
     * True when tokens {@code [from, to)} name an office or describe someone: a title, or a content word in lower case
     * ("salah satu warga", "ayah korban"); never when a scope word in lower case says where the speaker was
     * ("Budi dalam rapat di Gedung X, …": the words after the comma go on naming the place).
     */
    private boolean describes(int from, int to) {
        boolean described = lex.titles.contains(s.tokens(), from, to);
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            described |= officeWord(i, from, to);
            if (!t.isWord() || t.isCapitalized()) {
                continue;
            }
            if (lex.scopeWords.at(s.tokens(), i).isPresent()) {
                return false;
            }
            described |= t.text().length() > 2 && !lex.isFunctionWord(t) && lex.pronouns.at(s.tokens(), i).isEmpty();
        }
        return described;
    }

    /**
     * True when the token at {@code i} of {@code [from, to)} is what an office's name holds and a person's never does: a
     * role word (rules {@code roles}: "Anggota Komnas HAM RI", "Koordinator Pos SAR"), a unit's number ("Danramil 01
     * Koja") or a conjunction joining two capitalised words ("Deputi Bidang Operasi dan Kesiapsiagaan Basarnas").
     */
    private boolean officeWord(int i, int from, int to) {
        Token t = s.token(i);
        if (t.isNumber() || !t.isWord()) {
            return t.isNumber() && i > from;
        }
        if (t.isCapitalized()) {
            return lex.roles.contains(t.lower());
        }
        return i > from && i + 1 < to && lex.conjunctions.at(s.tokens(), i, i + 1).isPresent()
                && s.token(i - 1).isCapitalized() && s.token(i + 1).isCapitalized();
    }

    /**
     * Where the speaker after a cue stops before {@code end}: at a clause opener written in lower case
     * ("ujar Rina Wati kepada wartawan", "kata Kapolres saat meninjau lokasi"), at a verb in lower case ending the phrase
     * right after a capitalised word that is no title ("ujar Dudung mengenang."; a verb with words after it may be the
     * clause's own, "Berdasarkan data X memiliki …"), or right at {@code lo}
     * when the words after the cue open with one ("katanya di kantornya", "ujarnya dalam keterangan
     * tertulis"): they say where or to whom it was said, not who said it. An opener that is also a scope
     * word ("di", "untuk", "for") only stops the phrase at its start, since inside a phrase it usually
     * belongs to the office ("Kepala Dinas di Kabupaten …", "a spokesman for the ministry").
     */
    private int clauseEnd(int lo, int end) {
        for (int i = lo; i < end; i++) {
            Token t = s.token(i);
            if (!t.isWord() || t.isCapitalized()) {
                continue;
            }
            if (i > lo && i + 1 == end && lex.looksLikeVerb(t) && s.token(i - 1).isWord() && s.token(i - 1).isCapitalized()
                    && lex.titles.at(s.tokens(), i - 1).isEmpty()) {
                return i; // "ujar Dudung mengenang.", "kata Rina menambahkan,": what the speaker did, after the name
            }
            Optional<PhraseMatcher.Match<String>> opener = lex.clauseOpeners.at(s.tokens(), i, end);
            if (opener.isPresent() && (i == lo || !lex.scopeWords.at(s.tokens(), i, i + 1).isPresent()
                    || occasionAfterName(i, end))) {
                return i;
            }
        }
        return end;
    }

    /**
     * True when the scope word at {@code i} follows a name and opens words in lower case ("kata Rina
     * dalam jumpa pers", "ujar Budi di sela rapat", "said Rina Wati at a news conference"): they say
     * where it was said. After an office's word written in lower case, or before a name or place
     * ("Kepala Dinas di Kabupaten Sukamaju", "a spokesman for the ministry"), the words still name the speaker.
     */
    private boolean occasionAfterName(int i, int end) {
        if (i == 0 || !s.token(i - 1).isCapitalized() || lex.titles.at(s.tokens(), i - 1).isPresent()) {
            return false;
        }
        int next = i + 1;
        while (next < end && s.token(next).isWord() && lex.isFunctionWord(s.token(next)) && !s.token(next).isCapitalized()) {
            next++;
        }
        return next < end && s.token(next).isWord() && !s.token(next).isCapitalized();
    }
}
