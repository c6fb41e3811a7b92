package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import java.util.List;

/**
 * A quotation paragraph signed on the line after it: a dash, then the speaker's name, set off by a comma
 * from whatever follows ({@code ¶ "A. B." ¶ — Rina Wati, Ketua Paguyuban, di kantornya.}), the layout of a
 * pull quote or a block quotation, in either language. The signed line needs no cue ("— Rina Wati,
 * mengungkapkan" and "— Rina Wati, Senin" alike); the name is its capitalised words before the first comma
 * (or the line's end), at most {@value #NAME_WORDS}. Each sentence of the quotation is a claim with its own
 * stance, and the signed line is no statement of its own. Run before {@link QuoteGroups#uncuedQuotations}: a
 * signature after the quotation names its speaker more surely than the voice attributed before it.
 */
final class SignedQuotations {
    /** Most words a signature's name may hold. */
    static final int NAME_WORDS = 6;

    private SignedQuotations() {
    }

    static void attribute(List<Sentence> sentences, List<Attribution> found) {
        for (int k = 1; k < sentences.size(); k++) {
            Sentence line = sentences.get(k);
            int nameEnd = line.paragraph() == sentences.get(k - 1).paragraph() ? -1 : nameEnd(line);
            int first = nameEnd < 0 ? -1 : quotationParagraph(sentences, found, k - 1);
            if (first < 0) {
                continue;
            }
            CueRule cue = new CueRule(line.token(0).text(), Stance.ASSERT, CueRule.Position.QUOTE);
            for (int j = first; j < k; j++) {
                Sentence s = sentences.get(j);
                int from = s.token(0).isQuote() ? 1 : 0;
                int end = s.size();
                while (end > from && (s.token(end - 1).isQuote() || s.token(end - 1).is(",")
                        || s.token(end - 1).is("."))) {
                    end--;
                }
                if (end > from) {
                    found.set(j, new Attribution(line.spanOf(1, nameEnd), false, false, cue, line.spanOf(0, 1), 0,
                            false, s.spanOf(from, end), true, null, null));
                }
            }
            found.set(k, null);
        }
    }

    /**
     * The first sentence of the paragraph ending with sentence {@code last} when that paragraph is one quotation
     * attributed to no one: it opens with a quotation mark and closes with one, nothing but marks after it, and no
     * sentence of it has a speaker; else -1.
     */
    private static int quotationParagraph(List<Sentence> sentences, List<Attribution> found, int last) {
        int first = last;
        while (first > 0 && sentences.get(first - 1).paragraph() == sentences.get(last).paragraph()) {
            first--;
        }
        Sentence opening = sentences.get(first);
        if (opening.size() < 2 || !opening.token(0).isQuote() || !closesQuotation(sentences.get(last))) {
            return -1;
        }
        for (int j = first; j <= last; j++) {
            if (found.get(j) != null) {
                return -1;
            }
        }
        return first;
    }

    /** True when the sentence's last quotation mark comes after its last word. */
    private static boolean closesQuotation(Sentence s) {
        for (int i = s.size() - 1; i > 0; i--) {
            if (s.token(i).isQuote()) {
                return true;
            }
            if (s.token(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the signature's name ends (exclusive) on a line opening with a dash and a capitalised word, or -1:
     * the name runs to the first comma or the line's end over capitalised words alone.
     */
    private static int nameEnd(Sentence line) {
        if (line.size() < 2 || !isDash(line.token(0).text()) || !line.quotes().isEmpty()) {
            return -1;
        }
        int end = 1;
        while (end < line.size() && line.token(end).isWord()) {
            if (!line.token(end).isCapitalized() || end > NAME_WORDS) {
                return -1;
            }
            end++;
        }
        if (end == 1 || end < line.size() && !line.token(end).is(",") && !line.token(end).is(".")) {
            return -1;
        }
        return end;
    }

    private static boolean isDash(String t) {
        return t.equals("\u2014") || t.equals("\u2013") || t.equals("\u2015") || t.equals("-") || t.equals("--");
    }
}
