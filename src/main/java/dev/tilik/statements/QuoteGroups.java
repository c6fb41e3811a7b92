package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * A quotation that runs over several sentences ({@code "A. B," kata X.}) is one speaker's: the
 * attribution found in one of its sentences is lent to the others, each with its own quoted text
 * as claim. So does a quotation standing alone as the next sentence of the paragraph
 * ({@code "A," said X. "B."}).
 */
final class QuoteGroups {
    private QuoteGroups() {
    }

    /** Fills {@code found} (one entry per sentence, null when unattributed) across quotation groups. */
    static void spread(List<Sentence> sentences, List<Attribution> found) {
        int k = 0;
        while (k < sentences.size()) {
            int end = k;
            while (end + 1 < sentences.size() && sentences.get(end).openQuote()
                    && sentences.get(end + 1).paragraph() == sentences.get(end).paragraph()) {
                end++;
            }
            if (end > k) {
                lend(sentences, found, k, end);
            }
            k = end + 1;
        }
        for (int i = 1; i < sentences.size(); i++) {
            Attribution before = found.get(i - 1);
            if (found.get(i) == null && before != null && before.quote()
                    && sentences.get(i).paragraph() == sentences.get(i - 1).paragraph()
                    && wholeQuote(sentences.get(i))) {
                lend(sentences, found, i - 1, i);
            }
        }
    }

    /**
     * A quotation opening a paragraph with no cue anywhere in it and nothing after its closing mark
     * ({@code ¶ "A. B."}, or a quotation the page cuts off before its cue) is the voice of the speaker attributed just before: the last
     * sentence before it, or the one before that when the sentence between refers to that speaker by a
     * pronoun ("X meminta … ¶ Namun, dia melihat … ¶ "…""). When the quotation is still open at its
     * paragraph's end and the next paragraph opens with a quotation that has its cue (the English convention), or
     * opens inside it, its first mark closing it before its cue ("Namun, …," kata X), the quotation runs on over both
     * paragraphs: that cue's speaker speaks. The quotation is the
     * claim; the stance is the quotation's own, never the earlier cue's (a denial or a request before it
     * says nothing of it). Run before {@link #spread}, which lends it on to the rest of the quotation. A sentence
     * whose words are {@code recalled} (a relative clause's cue: "… menjawab pernyataan Y yang menyebut …") lends no
     * voice and is passed over.
     */
    static void uncuedQuotations(List<Sentence> sentences, List<Attribution> found,
                                 java.util.function.Predicate<Sentence> refersBack,
                                 java.util.function.BiPredicate<Sentence, Attribution> recalled) {
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (found.get(i) != null || s.size() < 4 || !s.token(0).isQuote() || s.quotes().isEmpty()
                    || s.quotes().get(0)[0] != 1 || s.paragraph() == sentences.get(i - 1).paragraph()
                    || wordsAfter(s, s.quotes().get(0))) {
                continue;
            }
            List<Integer> between = new java.util.ArrayList<>();
            Attribution source = s.openQuote() ? nextParagraphQuote(sentences, found, i, between) : null;
            for (int k : source == null ? List.<Integer>of() : between) {
                found.set(k, quotedVoice(sentences.get(k), source)); // "“A. ¶ B. ¶ C," kata X": B is X's too
            }
            for (int j = i - 1; source == null && j >= Math.max(0, i - 2); j--) {
                if (found.get(j) != null && recalled.test(sentences.get(j), found.get(j))) {
                    continue; // "X menjawab pernyataan Y yang menyebut …": Y's words recalled, not the paragraph's voice
                } else if (found.get(j) != null) {
                    source = found.get(j);
                } else if (!refersBack.test(sentences.get(j)) && !(j > 0 && found.get(j - 1) != null
                        && sentences.get(j - 1).paragraph() == sentences.get(j).paragraph())) {
                    break; // a sentence of no one's closing the speaker's own paragraph ("Dudy yakin …, dan akan meminta PT.
                           // ASDP untuk merilis …") leaves the quotation after it theirs
                }
            }
            if (source == null) {
                continue;
            }
            Attribution voiced = quotedVoice(s, source);
            if (voiced != null) {
                found.set(i, voiced);
            }
        }
    }

    /**
     * The quotation opening sentence {@code s} as {@code source}'s words, under {@code source}'s cue word as a
     * quotation cue that asserts (the quotation's stance is its own); null when the quotation holds no words.
     */
    static Attribution quotedVoice(Sentence s, Attribution source) {
        int[] q = s.quotes().get(0);
        int end = q[1];
        while (end > q[0] && (s.token(end - 1).is(",") || s.token(end - 1).is("."))) {
            end--;
        }
        if (end <= q[0]) {
            return null;
        }
        dev.tilik.rules.CueRule cue = new dev.tilik.rules.CueRule(source.cue().word(), dev.tilik.model.Stance.ASSERT,
                dev.tilik.rules.CueRule.Position.QUOTE);
        return new Attribution(source.speaker(), source.pronoun(), source.group(), cue,
                source.cueSpan(), 0, false, s.spanOf(q[0], end), true, source.via(), source.source());
    }

    /**
     * True when words follow the quotation's closing mark ({@code "…," tegas X}): an attribution the
     * cues do not know, whose speaker may be anyone, so none is lent.
     */
    private static boolean wordsAfter(Sentence s, int[] q) {
        if (q.length == 3) {
            return false;
        }
        for (int i = q[1] + 1; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence's text is quoted from its first token: a quotation still open from before closes in it. */
    private static boolean startsQuoted(Sentence s) {
        return !s.quotes().isEmpty() && s.quotes().get(0)[0] == 0;
    }

    /**
     * The quotation attribution of the sentence opening the paragraph after sentence {@code i}'s, when that paragraph
     * opens with a quotation mark or inside the quotation (its first mark closes it), or null. A quotation runs on over
     * up to {@value #UNMARKED} paragraphs of no mark and no cue before the one closing it ("“A. ¶ B. ¶ C," kata X": copy
     * opening every paragraph of a long quotation leaves some marks out): their sentences go to {@code between}.
     */
    private static Attribution nextParagraphQuote(List<Sentence> sentences, List<Attribution> found, int i,
                                                 List<Integer> between) {
        int paragraph = sentences.get(i).paragraph();
        for (int k = i + 1; k < sentences.size(); k++) {
            if (sentences.get(k).paragraph() == paragraph) {
                continue;
            }
            Attribution a = found.get(k);
            Sentence next = sentences.get(k);
            boolean goesOn = next.size() > 0 && (next.token(0).isQuote() || startsQuoted(next));
            if (a == null && goesOn && !next.token(0).isQuote() && between.size() < UNMARKED * 4) {
                int end = unmarkedParagraphEnd(sentences, found, k);
                if (end > k && paragraphsIn(between, sentences) < UNMARKED) {
                    for (int j = k; j < end; j++) {
                        between.add(j);
                    }
                    paragraph = next.paragraph();
                    k = end - 1;
                    continue;
                }
            }
            return a != null && a.quote() && goesOn ? a : null;
        }
        return null;
    }

    /** Most paragraphs of no mark a quotation runs on over before the paragraph that closes it. */
    static final int UNMARKED = 2;

    /**
     * The end (exclusive) of the paragraph opening at sentence {@code k} when each of its sentences is quoted whole, no
     * cue attributes any, none holds a mark, and the quotation is still open at its end; else {@code k}.
     */
    private static int unmarkedParagraphEnd(List<Sentence> sentences, List<Attribution> found, int k) {
        int j = k;
        for (; j < sentences.size() && sentences.get(j).paragraph() == sentences.get(k).paragraph(); j++) {
            Sentence s = sentences.get(j);
            if (found.get(j) != null || !startsQuoted(s) || !s.openQuote() || s.quotes().size() != 1 || hasMark(s)) {
                return k;
            }
        }
        return j;
    }

    private static boolean hasMark(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).isQuote()) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphsIn(List<Integer> between, List<Sentence> sentences) {
        return (int) between.stream().map(j -> sentences.get(j).paragraph()).distinct().count();
    }

    /**
     * A sentence of counted figures (dead, injured, passengers …) right after an attributed one, with
     * no cue of its own and no quotation, goes on with the same speaker's account ("Ia menuturkan
     * jumlah penumpang mencapai 61 orang. Sebanyak 10 orang meninggal dunia, 12 luka berat …"):
     * reported speech, the whole sentence its claim. Runs after the quotation groups, so a chain of
     * such sentences in one paragraph keeps the speaker. It crosses a paragraph break once, after a
     * reported (unquoted) attribution of the previous paragraph's last sentence: news copy often sets
     * every sentence on its own line ("… mengatakan jumlah pasien sebanyak 44 orang. ¶ Dari 44 korban
     * itu, 11 di antaranya meninggal dunia, luka berat 16 …"); a chain does not cross a second break,
     * nor the break after the headline (a headline's {@code X:} is not the lead paragraph's source).
     */
    static void continueFigures(List<Sentence> sentences, List<Attribution> found,
                                java.util.function.Predicate<Sentence> countsSomething,
                                java.util.function.Predicate<Sentence> headline) {
        boolean[] continued = new boolean[sentences.size()];
        for (int i = 1; i < sentences.size(); i++) {
            Attribution before = found.get(i - 1);
            Sentence s = sentences.get(i);
            if (found.get(i) != null || before == null || !s.quotes().isEmpty() || gaveNoAccount(before)) {
                continue;
            }
            boolean sameParagraph = s.paragraph() == sentences.get(i - 1).paragraph();
            if (!sameParagraph && (continued[i - 1] || before.quote() || headline.test(sentences.get(i - 1)))
                    || !countsSomething.test(s)) {
                continue;
            }
            int end = s.size();
            while (end > 0 && !s.token(end - 1).isWord()) {
                end--;
            }
            if (end == 0) {
                continue;
            }
            found.set(i, new Attribution(before.speaker(), before.pronoun(), before.group(), before.cue(),
                    before.cueSpan(), 0, false, s.spanOf(0, end), false, before.via(), before.source()));
            continued[i] = true;
        }
    }

    /**
     * True when the attribution is a refusal or silence ("X belum mengeluarkan keterangan resmi …", "X enggan
     * menanggapi …"): the speaker gave no account, so no sentence of figures after it goes on with theirs.
     */
    static boolean gaveNoAccount(Attribution a) {
        return !a.negated() && a.cue().stance() == dev.tilik.model.Stance.NO_COMMENT;
    }

    /** Most sentences {@link #creditedBefore} lends one attribution to. */
    private static final int CREDITED = 3;

    /**
     * A sentence that only names what was said and who said it ("Hal itu disampaikan Kepala Dinas X.",
     * "Demikian dikatakan Budi.") credits the sentences right before it: those of its own paragraph before
     * it, or, when it opens its paragraph, the last ones of the paragraph before; each, back to the first
     * attributed one (at most {@value #CREDITED}), is the speaker's reported speech, the whole sentence its
     * claim. A question or the headline is not. The sentence itself claims nothing of its own ("Hal itu" says
     * what the sentences before said) and is no statement. A noun of the act of telling with a demonstrative
     * ({@code toldNoun}: "Kepastian ini disampaikan oleh X", "Pernyataan ini diungkapkan Rina") credits them
     * the same way, but not past a sentence that writes the noun itself ("… menyesalkan pernyataan bahwa …":
     * the noun points at that mention), and the sentence stays X's statement that it told so.
     */
    static void creditedBefore(List<Sentence> sentences, List<Attribution> found,
                               java.util.function.BiPredicate<Sentence, Attribution> namesWhatWasSaid,
                               java.util.function.BiFunction<Sentence, Attribution, String> toldNoun,
                               java.util.function.Predicate<Sentence> headline) {
        for (int k = 1; k < sentences.size(); k++) {
            Attribution a = found.get(k);
            if (a == null || a.quote()) {
                continue;
            }
            boolean anaphor = namesWhatWasSaid.test(sentences.get(k), a);
            String noun = anaphor ? null : toldNoun.apply(sentences.get(k), a);
            if (!anaphor && noun == null) {
                continue;
            }
            int paragraph = sentences.get(k - 1).paragraph();
            for (int j = k - 1, n = 0; j >= 0 && n < CREDITED && found.get(j) == null
                    && sentences.get(j).paragraph() == paragraph && !headline.test(sentences.get(j)); j--, n++) {
                Sentence s = sentences.get(j);
                int end = s.size();
                while (end > 0 && !s.token(end - 1).isWord()) {
                    if (s.token(end - 1).is("?")) {
                        end = 0;
                    }
                    end = Math.max(0, end - 1);
                }
                if (end == 0 || !s.quotes().isEmpty() || noun != null && writes(s, noun)) {
                    break;
                }
                found.set(j, new Attribution(a.speaker(), a.pronoun(), a.group(), a.cue(), a.cueSpan(), 0, false,
                        s.spanOf(0, end), false, a.via(), a.source()));
            }
            if (anaphor) {
                found.set(k, null);
            }
        }
    }

    /** True when a word of the sentence is {@code lower} (in lower case). */
    private static boolean writes(Sentence s, String lower) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).lower().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence is one quotation and nothing else ({@code "A," kata X. "B."}): the
     * quotation goes on in the speaker's voice.
     */
    private static boolean wholeQuote(Sentence s) {
        if (s.quotes().size() != 1 || s.size() < 3 || !s.token(0).isQuote()) {
            return false;
        }
        int[] q = s.quotes().get(0);
        for (int i = q[1]; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                return false;
            }
        }
        return q[0] == 1;
    }

    /**
     * The sentences of one claim. A quotation is never split by the sentence splitter, so a quotation
     * of several sentences ({@code "Saya tidak menutup 85 dapur. Jadi yang ditutup hanya tiga dapur
     * saja," kata X}) is one sentence whose claim says several things: each of its sentences is a claim
     * of its own, with its own stance. A claim ends at a full stop, question or exclamation mark
     * (or an ellipsis) followed by a capitalised word or a figure, unless the word before the stop is an
     * abbreviation of the language or a single letter (an initial: "Nanik S. Deyang").
     */
    static List<CharSpan> claimSentences(Sentence s, CharSpan claim, java.util.Set<String> abbreviations) {
        int[] range = s.tokenRange(claim);
        int from = range[0];
        int to = range[1];
        if (to - from < 2) {
            return List.of(claim);
        }
        List<CharSpan> out = new java.util.ArrayList<>();
        int start = from;
        for (int i = from + 1; i < to - 1; i++) {
            if (!endsSentence(s, i, abbreviations)) {
                continue;
            }
            int end = i;
            while (end > start && (s.token(end - 1).is(".") || s.token(end - 1).is(","))) {
                end--;
            }
            if (end > start) {
                out.add(s.spanOf(start, end));
            }
            start = i + 1;
        }
        if (out.isEmpty()) {
            return List.of(claim);
        }
        out.add(CharSpan.of(s.token(start).start(), claim.end()));
        return out;
    }

    /** True when token {@code i} ends a sentence inside a claim (see {@link #claimSentences}). */
    private static boolean endsSentence(Sentence s, int i, java.util.Set<String> abbreviations) {
        Token t = s.token(i);
        if (!(t.is(".") || t.is("?") || t.is("!") || t.is("\u2026")) || s.token(i + 1).is(".")) {
            return false;
        }
        Token before = s.token(i - 1);
        if (t.is(".") && before.isWord() && (before.text().length() == 1 || abbreviations.contains(before.lower()))) {
            return false;
        }
        Token next = s.token(i + 1);
        if (next.is("(") && i + 2 < s.size()) {
            next = s.token(i + 2);
        }
        return next.isWord() && (next.isCapitalized() || next.isNumber());
    }

    private static void lend(List<Sentence> sentences, List<Attribution> found, int from, int to) {
        Attribution source = null;
        for (int i = from; i <= to; i++) {
            Attribution a = found.get(i);
            if (a != null && a.quote()) {
                source = a;
                break;
            }
        }
        if (source == null) {
            return;
        }
        for (int i = from; i <= to; i++) {
            if (found.get(i) != null) {
                continue;
            }
            Sentence s = sentences.get(i);
            int[] q = s.quotes().isEmpty() ? new int[] {0, s.size()} : s.quotes().get(0);
            int end = q[1];
            while (end > q[0] && (s.token(end - 1).is(",") || s.token(end - 1).is("."))) {
                end--;
            }
            found.set(i, new Attribution(source.speaker(), source.pronoun(), source.group(), source.cue(),
                    source.cueSpan(), 0, false, s.spanOf(q[0], end), true, source.via(), source.source()));
        }
    }
}
