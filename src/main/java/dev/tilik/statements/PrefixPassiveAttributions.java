package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * The prefix and passive attributions, for {@link AttributionFinder}: a prefix cue before its speaker ({@code Menurut X,
 * …}, {@code Menurutnya, …}), a passive cue with its agent after it and the claim before ({@code … dibantah oleh X}),
 * and a passive cue whose clitic is its agent opening a clause ({@code …, dan diakuinya …}).
 */
final class PrefixPassiveAttributions {
    private final Lexicon lex;
    private final Attributions attributions;
    /** Every reported cue's bare stem, for a passive whose clitic is its agent ({@link #passiveClitic}). */
    private final HeadlineVerbs passiveStems;
    /** The clitics that stand for a person. */
    private final List<String> personClitics;

    PrefixPassiveAttributions(Lexicon lex, Attributions attributions, HeadlineVerbs passiveStems) {
        this.lex = lex;
        this.attributions = attributions;
        this.passiveStems = passiveStems;
        this.personClitics = lex.personClitics;
    }

    /** The passive prefix and the clitic naming its agent, as the language writes them ("di" … "nya"). */
    private static final String PASSIVE_PREFIX = "di";

    /**
     * A reported cue in the passive with its agent as the clitic, opening a clause: {@code …, dan diakuinya ada
     * kelalaian …}, {@code Dikatakannya, stok beras aman.} The word is the passive prefix, the bare stem of a cue of
     * the language (derived from the cue rules and word forms, every verb of the paradigm: "diakuinya",
     * "ditegaskannya", "disebutnya", "dijelaskannya"), then a clitic; the clitic speaks, resolved like a pronoun.
     * Only at a clause's start (the sentence's, after a comma or a conjunction or contrast word): after a relative
     * marker, "yang dikatakannya" names what was said and reports nothing.
     */
    Optional<Attribution> passiveClitic(Sentence s, SpeakerPhrase phrases) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            boolean opens = i == 0 || s.token(i - 1).is(",") || s.token(i - 1).isWord() && !s.token(i - 1).isCapitalized()
                    && (lex.conjunctions.at(s.tokens(), i - 1, i).isPresent() || lex.contrasts.at(s.tokens(), i - 1, i).isPresent());
            if (!opens || !t.isWord()) {
                continue;
            }
            String w = t.lower();
            Optional<String> clitic = personClitics.stream().filter(w::endsWith).findFirst();
            if (!w.startsWith(PASSIVE_PREFIX) || clitic.isEmpty()) {
                continue;
            }
            String bare = w.substring(PASSIVE_PREFIX.length(), w.length() - clitic.get().length());
            Optional<CueRule> cue = passiveStems.cueOf(bare);
            int from = i + 1 < s.size() && s.token(i + 1).is(",") ? i + 2 : i + 1;
            if (cue.isEmpty() || from >= s.size() || !s.token(from).isWord()) {
                continue;
            }
            CharSpan claim = AttributionFinder.claimSpan(s, from, s.size());
            if (claim.isEmpty()) {
                continue;
            }
            PhraseMatcher.Match<CueRule> m = new PhraseMatcher.Match<>(i, i + 1, cue.get(), clitic.get());
            SpeakerPhrase.Cut subject = subjectBefore(s, i, phrases);
            return Optional.of(subject == null ? Attributions.clitic(s, m, claim, false, null)
                    : attributions.of(s, subject, m, false, claim, false));
        }
        return Optional.empty();
    }

    /**
     * A prefix cue with its speaker after it and the claim after the phrase's comma ({@code Menurut X, …}, the clitic
     * speaking in {@code Menurutnya, …}), or a passive cue with its agent after it and the claim before it
     * ({@code … dibantah oleh X}, {@code Demikian dikatakan X, …}); the first cue that fits.
     */
    Optional<Attribution> prefixOrPassive(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            Position p = cue.value().position();
            if (p != Position.PREFIX && p != Position.PASSIVE
                    || p == Position.PASSIVE && cue.from() > 0 && lex.relativeMarkers.at(s.tokens(), cue.from() - 1, cue.from()).isPresent()) {
                continue; // "informasi yang disampaikan oleh X" names what X said, it does not report it
            }
            if (p == Position.PREFIX && !cue.clitic().isEmpty() && cue.to() < s.size() && s.token(cue.to()).is(",")) {
                // "Menurutnya, …": the clitic speaks
                CharSpan claim = AttributionFinder.claimSpan(s, cue.to() + 1, s.size());
                return Optional.of(Attributions.clitic(s, cue, claim, false, null));
            }
            if (p == Position.PREFIX && !cue.clitic().isEmpty() && (cue.from() == 0 || s.token(cue.from() - 1).is(","))
                    && cue.to() < s.size() && s.token(cue.to()).isWord()) {
                // "Justru, menurutnya operasional tambang …": the clitic speaks, no comma before the claim
                CharSpan claim = AttributionFinder.claimSpan(s, cue.to(), s.size());
                if (!claim.isEmpty()) {
                    return Optional.of(Attributions.clitic(s, cue, claim, false, null));
                }
            }
            SpeakerPhrase.Cut right = phrases.right(cue.to(), s.size());
            if (!phrases.plausible(right)) {
                continue;
            }
            SpeakerPhrase.Cut cut = p == Position.PREFIX ? new SpeakerPhrase.Cut(right.from(), right.to(), right.via(), -1, -1)
                    : right;
            int comma = cut.to() < s.size() && lex.relativeMarkers.at(s.tokens(), cut.to(), cut.to() + 1).isPresent()
                    ? s.nextComma(cut.to(), s.size()) : cut.to(); // "Berdasarkan data X yang diterima redaksi, …"
            CharSpan claim;
            if (p == Position.PREFIX && (cue.from() == 0 || s.token(cue.from() - 1).is(","))
                    && comma < s.size() && s.token(comma).is(",")) {
                claim = AttributionFinder.claimSpan(s, comma + 1, s.size());
            } else if (p == Position.PREFIX && (cue.from() == 0 || s.token(cue.from() - 1).is(",") && leadOnly(s, cue.from()))
                    && (comma = circumstanceComma(s, cut)) > 0) {
                // "Menurut data sementara BPBD Lereng, …": the phrase stopped short of the comma ("sementara" read as a
                // clause's opener); a record's phrase runs to it, anyone else's words after it say when or where
                if (lex.records.at(s.tokens(), cut.from()).isPresent()) {
                    cut = new SpeakerPhrase.Cut(cut.from(), comma, cut.via(), -1, -1);
                }
                claim = AttributionFinder.claimSpan(s, comma + 1, s.size());
            } else if ((comma = sourceFirstComma(s, cue, cut)) > 0) {
                // "Disampaikan Gembong, seharusnya …": a passive cue opening the sentence names its source first, as
                // "Dikatakan X, …" does; the claim follows the speaker's comma
                cut = new SpeakerPhrase.Cut(cut.from(), comma, cut.via(), -1, -1);
                claim = AttributionFinder.claimSpan(s, comma + 1, s.size());
            } else if (p == Position.PASSIVE && !cue.value().word().contains(" ") && !bareClaimBefore(s, cue.from(), cut)) {
                continue; // "Saat dikonfirmasi Kompas, …": an occasion, not a claim confirmed
            } else {
                if (cut.to() < s.size() && s.token(cut.to()).is(",")) {
                    int named = nameAfterOffice(s, cut, cut.to());
                    if (named > cut.to()) { // "Pernyataan ini diungkapkan Direktur PT X, Rina Wati, saat …", "Demikian dikatakan …"
                        cut = new SpeakerPhrase.Cut(cut.from(), named, cut.via(), -1, -1);
                    }
                }
                int end = cue.from();
                while (end > 0 && (!s.token(end - 1).isWord()
                        || lex.speakerTrim.endingAt(s.tokens(), end - 1, end).isPresent())) {
                    end--;
                }
                claim = AttributionFinder.claimSpan(s, 0, end);
            }
            return Optional.of(attributions.of(s, cut, cue, false, claim, false));
        }
        return Optional.empty();
    }

    /**
     * Where the name set off after an office ends ("Menurut Direktur Utama PT X, Rina Wati, perusahaan …"):
     * the comma after one to five capitalised words that follow the office's comma at {@code comma}, when
     * the office is two or more capitalised words and the words after the name open in lower case (a
     * clause, not a list of names), or the sentence's closing full stop after them ("… dikonfirmasi Kepala
     * Dinas X, Rina Wati."); {@code comma} otherwise.
     */
    private int nameAfterOffice(Sentence s, SpeakerPhrase.Cut office, int comma) {
        if (office.to() - office.from() < 2) {
            return comma;
        }
        for (int i = office.from(); i < office.to(); i++) {
            Token t = s.token(i);
            if (t.isWord() && !t.isCapitalized() && !lex.isFunctionWord(t)) {
                return comma;
            }
        }
        int words = 0;
        for (int i = comma + 1; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.is(",") || t.is(".") && i == s.size() - 1) {
                boolean clauseAfter = i + 1 < s.size() && s.token(i + 1).isWord() && !s.token(i + 1).isCapitalized();
                return words >= 1 && (clauseAfter || t.is(".")) ? i : comma;
            }
            if (!t.isWord() || !t.isCapitalized() || ++words > 5) {
                return comma;
            }
        }
        return comma;
    }

    /**
     * The comma closing the source of a one-word passive cue that opens the sentence ("Disampaikan Gembong, seharusnya
     * …", "Ditegaskan Ketua Fraksi X, Rina Wati, bahwa …"): the speaker capitalised right after the cue, then its
     * comma (past a name set off after an office), then a claim with no cue of its own ("Dikonfirmasi Kompas, Rina
     * mengatakan …" names the outlet that asked, and Rina speaks); -1 when the sentence is written otherwise.
     */
    private int sourceFirstComma(Sentence s, PhraseMatcher.Match<CueRule> cue, SpeakerPhrase.Cut cut) {
        if (cue.value().position() != Position.PASSIVE || cue.from() != 0 || cue.value().word().contains(" ")
                || cut.isEmpty() || cut.from() != cue.to() || !s.token(cut.from()).isCapitalized()
                || cut.to() >= s.size() || !s.token(cut.to()).is(",")) {
            return -1;
        }
        int comma = nameAfterOffice(s, cut, cut.to());
        if (AttributionFinder.claimSpan(s, comma + 1, s.size()).isEmpty() || lex.cues.contains(s.tokens(), comma + 1, s.size())) {
            return -1;
        }
        for (int i = comma + 1; i < s.size(); i++) {
            if (s.token(i).isQuote()) {
                return -1;
            }
        }
        return comma;
    }

    /** Most words of a lead set off before a prefix cue ("Selain itu, menurut …"), the cue still opening the claim. */
    private static final int LEAD_WORDS = 3;

    /**
     * True when the words before the prefix cue at {@code cue}, its comma aside, are a short lead ("Selain itu, menurut
     * data …"), not what was said ("…, home to 2,500 species, according to the agency").
     */
    private static boolean leadOnly(Sentence s, int cue) {
        int words = 0;
        for (int i = 0; i < cue; i++) {
            words += s.token(i).isWord() ? 1 : 0;
        }
        return words <= LEAD_WORDS;
    }

    /**
     * The comma closing a prefix cue's phrase when its speaker stopped short of it ("Menurut data sementara BPBD
     * Lereng, …", "Menurut Rina saat ditemui, …"): at most {@link SpeakerPhrase#MAX_WORDS} words on, no cue nor
     * quotation between; -1 when there is none.
     */
    private int circumstanceComma(Sentence s, SpeakerPhrase.Cut cut) {
        int comma = s.nextComma(cut.to(), s.size());
        if (comma >= s.size() || comma - cut.to() > SpeakerPhrase.MAX_WORDS || lex.cues.contains(s.tokens(), cut.to(), comma)
                || AttributionFinder.claimSpan(s, comma + 1, s.size()).isEmpty()) {
            return -1;
        }
        for (int i = cut.to(); i < comma; i++) {
            if (s.token(i).isQuote()) {
                return -1;
            }
        }
        return comma;
    }

    /**
     * True when a passive cue written without its agent marker ("dikonfirmasi Kepala Dinas X") stands
     * after what was said, and names who said it: the speaker capitalised, and before the cue at least two
     * words that do not open with an adverbial clause ("Penutupan itu dikonfirmasi …", not "Saat
     * dikonfirmasi Kompas, …").
     */
    private boolean bareClaimBefore(Sentence s, int cue, SpeakerPhrase.Cut speaker) {
        if (speaker.isEmpty() || !s.token(speaker.from()).isCapitalized()) {
            return false;
        }
        int words = 0;
        int first = -1;
        for (int i = 0; i < cue; i++) {
            if (s.token(i).isWord()) {
                words++;
                first = first < 0 ? i : first;
            }
        }
        return words >= 2 && lex.clauseOpeners.at(s.tokens(), first, cue).isEmpty();
    }

    /**
     * The subject of the sentence's first clause when the clitic at {@code cue} stands for it: the capitalised words
     * opening the sentence (lower-case words only between capitals, parentheses whole) up to the first word in lower
     * case, a plausible speaker ("Camat Sukamaju Hendra Wijaya meninjau puskesmas, dan diakuinya …", "Rina Wati datang
     * ke lokasi, dan ditegaskannya …"), or null when the sentence opens otherwise ("Petugas menutup …").
     */
    private SpeakerPhrase.Cut subjectBefore(Sentence s, int cue, SpeakerPhrase phrases) {
        int k = 0;
        int depth = 0;
        while (k < cue) {
            Token t = s.token(k);
            boolean capitalNext = k + 1 < cue && s.token(k + 1).isWord() && s.token(k + 1).isCapitalized();
            if (t.is("(") || t.is(")") || depth > 0) {
                depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            } else if (!(t.isWord() && (t.isCapitalized() || capitalNext && k > 0))) {
                break; // a lower-case word inside a name only between capitals: "Pencegahan dan Pengendalian", "dr Sari"
            }
            k++;
        }
        if (k == 0 || k >= cue || !s.token(k).isWord() || s.token(k).isCapitalized()) {
            return null;
        }
        SpeakerPhrase.Cut c = phrases.left(0, k);
        return c.from() == 0 && phrases.plausible(c) ? c : null;
    }
}
