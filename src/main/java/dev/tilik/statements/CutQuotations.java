package dev.tilik.statements;

import java.util.List;
import java.util.function.Predicate;

/**
 * A quotation opening an article's last paragraph where the page cuts the article off, mid-word, before its cue
 * could come ({@code ¶ "Kami tidak pernah diundang untuk rapat itu, mengingat} or {@code ¶ "…," uj}): the cue and
 * its speaker were lost with the rest of the page, so the voice is the one attributed last, up to
 * {@value #PARAGRAPHS_BACK} paragraphs back over narration that attributes nothing ("X menambahkan, … ¶ Namun,
 * sampai kini … ¶ "…"). A quotation that is whole keeps {@link QuoteGroups#uncuedQuotations}' stricter reach (the
 * sentence before): only the cut tells that a cue was there to lose. The quotation is the claim, its stance its own.
 * Not from the headline, nor from a headline read as the outlet's. Run before {@link QuoteGroups#spread}, which lends
 * the attribution on to the rest of a quotation of several sentences.
 */
final class CutQuotations {
    /** Most paragraphs back the voice of a cut quotation may stand. */
    static final int PARAGRAPHS_BACK = 2;

    private CutQuotations() {
    }

    /**
     * Fills {@code found} (one entry per sentence, null when unattributed) for a cut quotation at the article's end.
     *
     * @param headline true for the headline, which lends no voice
     */
    static void attribute(List<Sentence> sentences, List<Attribution> found, Predicate<Sentence> headline,
                          java.util.function.BiPredicate<Sentence, Attribution> recalled) {
        int n = sentences.size();
        if (n < 2 || !cutOff(sentences.get(n - 1))) {
            return;
        }
        int paragraph = sentences.get(n - 1).paragraph();
        int first = n - 1;
        while (first > 0 && sentences.get(first - 1).paragraph() == paragraph) {
            first--;
        }
        Sentence s = sentences.get(first);
        if (first == 0 || found.get(first) != null || !opensWithQuotation(s, first == n - 1)) {
            return;
        }
        Attribution source = voiceBefore(sentences, found, first, headline, recalled);
        if (source == null) {
            return;
        }
        Attribution voiced = QuoteGroups.quotedVoice(s, source);
        if (voiced != null) {
            found.set(first, voiced);
        }
    }

    /** True when the sentence ends mid-word or mid-clause: its last token a word, no closing punctuation. */
    static boolean cutOff(Sentence s) {
        return s.size() > 0 && s.token(s.size() - 1).isWord();
    }

    /**
     * True when the sentence opens with a quotation of some words; words after its closing mark only when the
     * sentence is the cut one and they are a single word, the cue cut mid-word ({@code ," sam}).
     */
    private static boolean opensWithQuotation(Sentence s, boolean cutHere) {
        if (s.size() < 4 || !s.token(0).isQuote() || s.quotes().isEmpty() || s.quotes().get(0)[0] != 1) {
            return false;
        }
        int[] q = s.quotes().get(0);
        if (q.length == 3) {
            return true;
        }
        int words = 0;
        for (int i = q[1] + 1; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                words++;
            }
        }
        return words == 0 || cutHere && words == 1;
    }

    /** The nearest attribution before sentence {@code first}, over paragraphs of no one's; null when none is near. */
    private static Attribution voiceBefore(List<Sentence> sentences, List<Attribution> found, int first,
                                           Predicate<Sentence> headline,
                                           java.util.function.BiPredicate<Sentence, Attribution> recalled) {
        int paragraphs = 0;
        int paragraph = sentences.get(first).paragraph();
        for (int j = first - 1; j >= 0; j--) {
            Sentence b = sentences.get(j);
            if (b.paragraph() != paragraph) {
                paragraph = b.paragraph();
                if (++paragraphs > PARAGRAPHS_BACK) {
                    return null;
                }
            }
            if (headline.test(b)) {
                return null;
            }
            Attribution a = found.get(j);
            if (a != null && !recalled.test(b, a)) { // words recalled in a relative clause are not the voice before
                return AttributionFinder.isOutlet(a) ? null : a;
            }
        }
        return null;
    }
}
