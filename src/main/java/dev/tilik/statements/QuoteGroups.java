package dev.tilik.statements;

import java.util.List;

/**
 * A quotation that runs over several sentences ({@code "A. B," kata X.}) is one speaker's: the
 * attribution found in one of its sentences is lent to the others, each with its own quoted text
 * as claim.
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
