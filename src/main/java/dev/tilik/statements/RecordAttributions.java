package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * A record as the source of a sentence with no cue of its own, for {@link AttributionFinder}: a record opening the
 * sentence ("Dalam paparannya, …", "Berdasarkan informasi yang ia terima, …") or closing a quotation instead of a cue
 * ("…," bunyi keterangan Kemnaker).
 */
final class RecordAttributions {
    private final Lexicon lex;

    RecordAttributions(Lexicon lex) {
        this.lex = lex;
    }

    /** How many lower-case words may stand between a quotation's closing mark and the record it closes with. */
    private static final int CLOSING_REACH = 4;

    /**
     * A quotation closed by the record it comes from instead of a cue: {@code "…," bunyi keterangan Kemnaker, dikutip
     * Jumat} or {@code "…," demikian narasi Greenpeace.} — a few words in lower case ("bunyi", "bunyi salah satu"), then
     * a record's noun and the capitalised name of whoever keeps it. The record's phrase speaks ("keterangan Kemnaker"),
     * for the body it names. A record kept by no one named but told by where it is or how it goes, in lower case to the
     * clause's end, after a quotation opening the sentence ({@code "…," bunyi salah satu unggahan yang beredar.},
     * {@code bunyi keterangan dalam laman change.org}), speaks too, as that phrase: a post, a petition quoted word for
     * word, whose writer the text leaves unnamed.
     */
    Optional<Attribution> recordAfterQuote(Sentence s) {
        for (int[] q : s.quotes()) {
            if (q.length == 3) {
                continue;
            }
            int i = q[1] + 1;
            while (i < s.size() && s.token(i).is(",")) {
                i++;
            }
            Optional<PhraseMatcher.Match<String>> record = Optional.empty();
            for (int k = i; k < Math.min(s.size(), i + CLOSING_REACH) && record.isEmpty(); k++) {
                if (!s.token(k).isWord() || s.token(k).isCapitalized() && k > i) {
                    break;
                }
                record = lex.records.at(s.tokens(), k).filter(m -> m.clitic().isEmpty());
            }
            if (record.isEmpty()) {
                continue;
            }
            int end = record.get().to();
            while (end < s.size() && s.token(end).isWord() && s.token(end).isCapitalized()) {
                end++;
            }
            if (end == record.get().to() && q[0] <= 1) { // q[0]: the first word inside the quotation
                end = describedEnd(s, record.get().to());
            }
            CharSpan claim = AttributionFinder.claimSpan(s, q[0], q[1]);
            if (end == record.get().to() || claim.isEmpty()) {
                continue;
            }
            CueRule cue = new CueRule(record.get().value(), Stance.ASSERT, Position.QUOTE);
            return Optional.of(new Attribution(s.spanOf(record.get().from(), end), false, false, cue,
                    s.spanOf(i, record.get().to()), record.get().from(), false, claim, true, null, null));
        }
        return Optional.empty();
    }

    /**
     * Where a record kept by no one named ends, when words in lower case ({@code yang beredar}, {@code dalam laman
     * change.org}) run from {@code from} to the clause's end with no capitalised word among them: there; else
     * {@code from} (a record named by a capitalised keeper is read by the caller; one whose phrase goes on to another
     * clause is no source).
     */
    private static int describedEnd(Sentence s, int from) {
        int comma = s.nextComma(from, s.size());
        int last = comma;
        while (last > from && !s.token(last - 1).isWord()) {
            last--;
        }
        if (last == from || last - from > SpeakerPhrase.MAX_TITLE_WORDS) {
            return from;
        }
        for (int k = from; k < last; k++) {
            if (s.token(k).isCapitalized() || s.token(k).isQuote()) {
                return from;
            }
        }
        return last;
    }

    /** How many words may stand between a record's opener and its noun ("Berdasarkan sejumlah dokumentasi …"). */
    private static final int RECORD_REACH = 2;

    /**
     * A record opening the sentence as its source, with no cue of its own: an opener, a record's noun, a comma,
     * then what it says. The record's clitic ({@code Dalam paparannya, …}) or a pronoun in a relative clause after it
     * ({@code Berdasarkan informasi yang ia terima, …}) stands for whoever
     * it names, as "Menurutnya, …" does. A record named by whoever keeps it ("Dalam statemen Kapolrestabes X itu, …") or
     * by no one ("Berdasarkan sejumlah dokumentasi yang didapat, …") is left: let in, its long claims joined the
     * propositions of others and raised the flags per article on two stories (docs/ACCURACY.md, branch h11src11). A
     * cue before the comma means another structure: none.
     */
    Optional<Attribution> record(Sentence s, List<PhraseMatcher.Match<CueRule>> cues) {
        Optional<PhraseMatcher.Match<String>> opener = lex.recordOpeners.at(s.tokens(), 0);
        if (opener.isEmpty()) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match<String>> record = Optional.empty();
        for (int i = opener.get().to(); i < Math.min(s.size(), opener.get().to() + RECORD_REACH) && record.isEmpty(); i++) {
            if (!s.token(i).isWord() || s.token(i).isCapitalized() && i > 0) {
                break;
            }
            record = lex.records.at(s.tokens(), i);
        }
        if (record.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<String> r = record.get();
        int comma = s.nextComma(r.to(), s.size());
        int words = 0;
        for (int i = r.from(); i < comma; i++) {
            words += s.token(i).isWord() ? 1 : 0;
            if (s.token(i).isQuote()) {
                return Optional.empty();
            }
        }
        if (comma >= s.size() || words > SpeakerPhrase.MAX_TITLE_WORDS
                || cues.stream().anyMatch(c -> c.from() < comma)) {
            return Optional.empty();
        }
        CharSpan claim = AttributionFinder.claimSpan(s, comma + 1, s.size());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        CueRule cue = new CueRule(r.value(), Stance.ASSERT, Position.PREFIX);
        CharSpan cueSpan = s.spanOf(opener.get().from(), r.to());
        if (!r.clitic().isEmpty()) {
            return Optional.of(new Attribution(cueSpan, true, false, cue, cueSpan, r.from(), false, claim, false, null, null));
        }
        for (int i = r.to(); i + 1 < comma; i++) {
            if (lex.relativeMarkers.at(s.tokens(), i, i + 1).isPresent()) {
                if (lex.pronouns.at(s.tokens(), i + 1, i + 2).isEmpty()) {
                    break; // "… yang didapat": how the record came, not whose it is
                }
                boolean group = lex.groupPronouns.at(s.tokens(), i + 1, i + 2).isPresent();
                return Optional.of(new Attribution(s.spanOf(i + 1, i + 2), true, group, cue, cueSpan, r.from(), false,
                        claim, false, null, null));
            }
        }
        return Optional.empty(); // a record named by its keeper's name, or by no one: paired too widely (docs/ACCURACY.md)
    }

    /**
     * A record opening the sentence with the body it comes from named after a source marker, then a comma and what it
     * says: {@code Berdasarkan data sementara dari pihak kepolisian, sedikitnya 34 orang …}, {@code Berdasarkan hasil
     * inventaris oleh PT X tahun 2017, …}, {@code Dari data yang dirilis pihak TNI, …} (the marker, rules
     * {@code recordSources}, opens the sentence as an opener would; a relative marker and a passive verb name the
     * source as well). The body speaks: the words from the marker to the speaker phrase's end, at most one word
     * between the record's noun and the marker ("sementara", "inventaris"); a time or a place may stand between the
     * phrase and the comma. Only a body: a capitalised name or a kind of body ("pihak kepolisian"), not a person's
     * record ("data yang dimiliki warga"); a record with no source is left to {@link #record}. No cue after the comma
     * (the sentence is someone's report then), no quotation before it.
     */
    Optional<Attribution> recordFromSource(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        Optional<PhraseMatcher.Match<String>> opener = lex.recordOpeners.at(s.tokens(), 0)
                .or(() -> lex.recordSources.at(s.tokens(), 0));
        if (opener.isEmpty()) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match<String>> record = Optional.empty();
        for (int i = opener.get().to(); i < Math.min(s.size(), opener.get().to() + RECORD_REACH) && record.isEmpty(); i++) {
            if (!s.token(i).isWord() || s.token(i).isCapitalized()) {
                break;
            }
            record = lex.records.at(s.tokens(), i).filter(m -> m.clitic().isEmpty());
        }
        if (record.isEmpty()) {
            return Optional.empty();
        }
        int from = sourceAfter(s, record.get().to());
        if (from < 0) {
            return Optional.empty();
        }
        int comma = s.nextComma(from, s.size());
        if (comma >= s.size() || !s.token(comma).is(",")) {
            return Optional.empty();
        }
        SpeakerPhrase.Cut cut = phrases.right(from, comma);
        if (cut.from() != from || !phrases.plausible(cut) || !namesBody(s, cut)
                || comma - cut.to() > SpeakerPhrase.MAX_WORDS || lex.cues.contains(s.tokens(), cut.to(), comma)
                || cues.stream().anyMatch(c -> c.from() > comma)) {
            return Optional.empty();
        }
        for (int i = 0; i < comma; i++) {
            if (s.token(i).isQuote()) {
                return Optional.empty();
            }
        }
        if (nameSetOff(s, comma)) {
            return Optional.empty(); // "… dari Kepala Dinas X, Brigjen Rina, …": the person named after the office speaks
        }
        CharSpan claim = AttributionFinder.claimSpan(s, comma + 1, s.size());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<String> r = record.get();
        CueRule cue = new CueRule(r.value(), Stance.ASSERT, Position.PREFIX);
        return Optional.of(new Attribution(s.spanOf(cut.from(), cut.to()), false, false, cue,
                s.spanOf(opener.get().from(), r.to()), r.from(), false, claim, false, null, null));
    }

    /**
     * Where the source of the record ending at {@code to} begins: after a source marker ({@code data sementara dari
     * X}, {@code hasil inventaris oleh X}) or a relative marker and a passive verb ({@code data yang dirilis X}), at
     * most one word in lower case between the noun and the marker; -1 when none follows.
     */
    private int sourceAfter(Sentence s, int to) {
        for (int k = to; k <= to + 1 && k < s.size(); k++) {
            Optional<PhraseMatcher.Match<String>> marker = lex.recordSources.at(s.tokens(), k);
            if (marker.isPresent()) {
                return marker.get().to();
            }
            if (lex.relativeMarkers.at(s.tokens(), k, k + 1).isPresent() && k + 1 < s.size()
                    && lex.passiveShaped(s.token(k + 1))) {
                return k + 2;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** Most capitalised words of a name set off after an office ("…, Brigjen TNI Rina Wati, …"). */
    private static final int NAME_WORDS = 5;

    /**
     * True when one to {@link #NAME_WORDS} capitalised words and another comma follow the comma at {@code comma}.
     *
     * <p>Not {@code SpeakerAfterCue.nameAfterOffice}, though both read a name set off after an office: that one takes the
     * name as the speaker's end after a cue, so it asks more before it takes it (words before the comma that describe, no
     * date or weekday in the name, a rank's abbreviation point, no title last, at most {@link SpeakerPhrase#MAX_NAME_WORDS}
     * words, what follows an occasion, a full stop or the sentence's end) and answers where the name ends; this one only
     * refuses a record's source when a person may be named after it, so any short capitalised run closed by a comma
     * refuses. One test for both would either take fewer speakers there or refuse fewer records here.
     */
    private static boolean nameSetOff(Sentence s, int comma) {
        int i = comma + 1;
        while (i < s.size() && i - comma <= NAME_WORDS && s.token(i).isWord() && s.token(i).isCapitalized()) {
            i++;
        }
        return i > comma + 1 && i < s.size() && s.token(i).is(",");
    }

    /** True when the phrase names a body: a capitalised word in it, or a noun naming a kind of body ("pihak kepolisian"). */
    private boolean namesBody(Sentence s, SpeakerPhrase.Cut cut) {
        for (int i = cut.from(); i < cut.to(); i++) {
            if (s.token(i).isWord() && (s.token(i).isCapitalized() || lex.bodyKinds.contains(s.token(i).lower()))) {
                return true;
            }
        }
        return false;
    }
}
