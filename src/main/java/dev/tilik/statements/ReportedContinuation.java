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
