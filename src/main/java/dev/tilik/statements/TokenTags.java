package dev.tilik.statements;

import dev.tilik.nlp.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts the NLP stage's part-of-speech tags and lemmas on this stage's tokens, by character
 * offsets (the two tokenizers differ: OpenNLP keeps "Korea's" whole, {@link Tokens} splits it).
 * A token takes the tag of the tagged token it starts in; when that one joins several words
 * ("PROPN+PART", lemma "korea+'s"), the first token in it takes the first part, later ones the last.
 */
final class TokenTags {
    private TokenTags() {
    }

    /**
     * @param tagged the document's tagged tokens, in text order (may be empty: tokens come back unchanged)
     */
    static List<Token> annotate(List<Token> tokens, List<TaggedToken> tagged) {
        if (tagged.isEmpty() || tokens.isEmpty()) {
            return tokens;
        }
        int k = firstEndingAfter(tagged, tokens.get(0).start());
        List<Token> out = new ArrayList<>(tokens.size());
        int part = 0;
        int lastTagged = -1;
        for (Token t : tokens) {
            while (k < tagged.size() && tagged.get(k).span().end() <= t.start()) {
                k++;
            }
            if (k >= tagged.size() || tagged.get(k).span().start() > t.start()) {
                out.add(t);
                continue;
            }
            part = k == lastTagged ? part + 1 : 0;
            lastTagged = k;
            TaggedToken g = tagged.get(k);
            String[] tags = g.tag().split("\\+");
            String[] lemmas = g.lemma().split("\\+");
            String tag = tags.length == 0 ? g.tag() : tags[Math.min(part, tags.length - 1)];
            String lemma = lemmas.length == tags.length && lemmas.length > 0 ? lemmas[Math.min(part, lemmas.length - 1)]
                    : g.lemma();
            if (lemma.isEmpty() || lemma.equals("O") || part > 0 && lemmas.length != tags.length) {
                lemma = t.lower();
            }
            out.add(t.withTag(tag, lemma.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** Index of the first tagged token ending after {@code offset} (binary search). */
    private static int firstEndingAfter(List<TaggedToken> tagged, int offset) {
        int lo = 0;
        int hi = tagged.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tagged.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
