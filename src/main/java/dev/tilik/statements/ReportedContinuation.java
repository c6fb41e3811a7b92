package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import java.util.List;

/**
 * A sentence that goes on with what the sentence before reported: "Kepala Dinas Rina menjelaskan, izin itu terbit
 * pada 2019. Sehingga, tambang tersebut sah." The second sentence has no cue of its own; it opens with a word that
 * carries the account on (rules {@code continuations}: "sehingga", "sebab", "meski begitu", "therefore") and is the
 * same speaker's reported speech, the whole sentence its claim. Only right after a reported (unquoted) attribution
 * whose claim follows its cue ("X menjelaskan, …", "Menurut X, …": the speaker opens the account, so what goes on
 * goes on with it), in the same paragraph, with no quotation in the sentence (never over a paragraph break: copy that
 * sets every sentence on its own line, "X menuturkan, … ¶ Hanya saja, …", was tried and gave a check set a false
 * flag and a statement with the wrong speaker); a chain goes on at most
 * {@value #CHAIN} sentences. The stance is the claim's own: a denial's cue says nothing of the reason after it.
 * Run after the quotation groups and the figures' continuation, so it only takes sentences nothing else attributes.
 */
final class ReportedContinuation {
    /** Most sentences one reported attribution lends itself to. */
    static final int CHAIN = 2;

    private ReportedContinuation() {
    }

    /**
     * Fills {@code found} (one entry per sentence, null when unattributed) with the continuations of reported speech.
     *
     * @param opensWithContinuation true when the sentence opens with a continuation word of its language
     * @param headline              true for the headline, which no account goes on into
     */
    static void spread(List<Sentence> sentences, List<Attribution> found,
                       java.util.function.Predicate<Sentence> opensWithContinuation,
                       java.util.function.Predicate<Sentence> headline) {
        int chained = 0;
        for (int i = 1; i < sentences.size(); i++) {
            Attribution before = found.get(i - 1);
            Sentence s = sentences.get(i);
            boolean continued = before != null && found.get(i) == null && chained < CHAIN && opensAccount(before)
                    && s.paragraph() == sentences.get(i - 1).paragraph() && s.quotes().isEmpty()
                    && !headline.test(sentences.get(i - 1)) && opensWithContinuation.test(s);
            int end = continued ? claimEnd(s) : 0;
            if (end == 0) {
                chained = 0;
                continue;
            }
            CueRule cue = new CueRule(before.cue().word(), Stance.ASSERT, before.cue().position());
            found.set(i, new Attribution(before.speaker(), before.pronoun(), before.group(), cue, before.cueSpan(), 0,
                    false, s.spanOf(0, end), false, before.via(), before.source()));
            chained++;
        }
    }

    /** Fewest words a sentence opened by a pronoun holds to be lent its speaker's voice (a page cut mid-word, "Ia men", is not). */
    static final int PRONOUN_WORDS = 4;

    /**
     * A sentence whose subject is the speaker named just before, by a singular personal pronoun ("ia", "dia",
     * "beliau"; "he", "she"), and whose verb is no cue, reports what that speaker holds or undertakes: "Rina menyatakan
     * bahwa pihaknya telah menerapkan SOP. Dia berkomitmen untuk melakukan evaluasi …", "Joko juga menyoroti laporan kas
     * …. Dia melihat ada kejanggalan …". Copy writes the attitude, the commitment, the approval of the person it has
     * just quoted in reported speech so; it is that speaker's statement, the whole sentence its claim and its stance its
     * own. Only right after a reported (unquoted) attribution in the same paragraph (after a quotation, "Ia …" is the
     * outlet's narration of the speaker: "She walked out of the hall alone …"), with no cue, no quotation and no
     * interrogative in the sentence ("Ia heran apakah …", "Dia bertanya … apakah …" ask, they do not state), never
     * after a silence ("Rina tak merespons. Ia langsung meninggalkan wartawan …": who gave no account gave none here
     * either, {@link QuoteGroups#gaveNoAccount}), and with at least {@value #PRONOUN_WORDS} words. A group pronoun ("mereka", "pihaknya") is not read: "Mereka sudah meninggal"
     * after a count of the dead is the dead, not the speaker. Run after {@link #spread}.
     *
     * @param personal      the length of the singular personal pronoun opening the sentence, 0 when none does
     * @param unreadable    true when the sentence holds a cue or an interrogative of its language
     * @param headline      true for the headline
     */
    static void pronounSubjects(List<Sentence> sentences, List<Attribution> found,
                                java.util.function.ToIntFunction<Sentence> personal,
                                java.util.function.Predicate<Sentence> unreadable,
                                java.util.function.Predicate<Sentence> headline) {
        for (int i = 1; i < sentences.size(); i++) {
            Attribution before = found.get(i - 1);
            Sentence s = sentences.get(i);
            if (before == null || found.get(i) != null || before.quote() || AttributionFinder.isOutlet(before)
                    || QuoteGroups.gaveNoAccount(before)
                    || s.paragraph() != sentences.get(i - 1).paragraph() || headline.test(sentences.get(i - 1))
                    || !s.quotes().isEmpty() || personal.applyAsInt(s) == 0 || unreadable.test(s)) {
                continue;
            }
            int end = claimEnd(s);
            int words = 0;
            for (int t = 0; t < end; t++) {
                words += s.token(t).isWord() ? 1 : 0;
            }
            if (words < PRONOUN_WORDS) {
                continue;
            }
            CueRule cue = new CueRule(before.cue().word(), Stance.ASSERT, before.cue().position());
            found.set(i, new Attribution(before.speaker(), before.pronoun(), before.group(), cue, before.cueSpan(), 0,
                    false, s.spanOf(0, end), false, before.via(), before.source()));
        }
    }

    /**
     * A sentence opened by a cue that names no one, a comma right after it ("Dikatakan, …", "it was said"), goes on
     * with the account the sentence before gave: "Kepala Posko Rina Wati mengatakan, 20 warga mengungsi. ¶ Dikatakan,
     * 12 warga dirawat." Such an opener is a prefix cue whose source is missing, and it says by itself that what follows
     * is the same speaker's, so the carry crosses a paragraph break (copy that sets every sentence on its own line), but
     * only from the sentence right before, which must be a reported account the speaker opens; never a quotation, the
     * headline, or a sentence holding a quotation. The stance is the claim's own.
     *
     * @param bareOpener where the claim starts after an opening cue with no source (past its comma), 0 when none opens
     * @param headline   true for the headline
     */
    static void bareOpeners(List<Sentence> sentences, List<Attribution> found,
                            java.util.function.ToIntFunction<Sentence> bareOpener,
                            java.util.function.Predicate<Sentence> headline) {
        for (int i = 1; i < sentences.size(); i++) {
            Attribution before = found.get(i - 1);
            Sentence s = sentences.get(i);
            if (before == null || found.get(i) != null || !opensAccount(before) || headline.test(sentences.get(i - 1))
                    || !s.quotes().isEmpty()) {
                continue;
            }
            int from = bareOpener.applyAsInt(s);
            int end = claimEnd(s);
            if (from == 0 || end <= from) {
                continue;
            }
            CueRule cue = new CueRule(before.cue().word(), Stance.ASSERT, before.cue().position());
            found.set(i, new Attribution(before.speaker(), before.pronoun(), before.group(), cue, before.cueSpan(), 0,
                    false, s.spanOf(from, end), false, before.via(), before.source()));
        }
    }

    /** True when the attribution reports (no quotation) a claim written after its cue: the speaker opens the account. */
    private static boolean opensAccount(Attribution a) {
        return !a.quote() && !AttributionFinder.isOutlet(a) && a.claim().start() >= a.cueSpan().end()
                && a.cue().position() != CueRule.Position.PASSIVE && a.cue().position() != CueRule.Position.QUOTE;
    }

    /** Where the sentence's claim ends: before its closing punctuation; 0 for a question or a sentence of no words. */
    private static int claimEnd(Sentence s) {
        int end = s.size();
        while (end > 0 && !s.token(end - 1).isWord()) {
            if (s.token(end - 1).is("?")) {
                return 0;
            }
            end--;
        }
        return end;
    }
}
