package dev.tilik.statements;

import dev.tilik.nlp.TaggedToken;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the NLP stage's part-of-speech tags and lemmas fall on this stage's tokens, by character
 * offsets (the two tokenizers differ: OpenNLP keeps "Korea's" whole, {@link Tokens} splits it).
 * A token takes the tag of the tagged token it starts in; when that one joins several words
 * ("PROPN+PART", lemma "korea+'s"), the first token in it takes the first part, later ones the last.
 * Which tagged token a token takes, and which part, is known from the tagger's tokens alone
 * ({@link #align}); the tag and lemma then from that token's ({@link #tag}, {@link #lemma}); and
 * {@link #lemmas} gives every lemma the token can get from a word whatever its tag.
 */
final class TokenTags {
    private TokenTags() {
    }

    /**
     * For each token, the index of the tagged token it takes ({@code at}, -1 for none: it stays
     * untagged) and which part of it ({@code part}).
     */
    record Alignment(int[] at, int[] part) {
    }

    /** @param tagged the tagger's tokens, in text order (may be empty: every token stays untagged) */
    static Alignment align(List<Token> tokens, List<CharSpan> tagged) {
        int[] at = new int[tokens.size()];
        int[] parts = new int[tokens.size()];
        java.util.Arrays.fill(at, -1);
        if (tagged.isEmpty() || tokens.isEmpty()) {
            return new Alignment(at, parts);
        }
        int k = firstEndingAfter(tagged, tokens.get(0).start());
        int part = 0;
        int lastTagged = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (k < tagged.size() && tagged.get(k).end() <= t.start()) {
                k++;
            }
            if (k >= tagged.size() || tagged.get(k).start() > t.start()) {
                continue;
            }
            part = k == lastTagged ? part + 1 : 0;
            lastTagged = k;
            at[i] = k;
            parts[i] = part;
        }
        return new Alignment(at, parts);
    }

    /** The tag part {@code part} of {@code g} gives a token. */
    static String tag(TaggedToken g, int part) {
        String[] tags = g.tag().split("\\+");
        return tags.length == 0 ? g.tag() : tags[Math.min(part, tags.length - 1)];
    }

    /** The lemma part {@code part} of {@code g} gives token {@code t}. */
    static String lemma(TaggedToken g, int part, Token t) {
        String[] tags = g.tag().split("\\+");
        String[] lemmas = g.lemma().split("\\+");
        String lemma = lemmas.length == tags.length && lemmas.length > 0 ? lemmas[Math.min(part, lemmas.length - 1)]
                : g.lemma();
        if (lemma.isEmpty() || lemma.equals("O") || part > 0 && lemmas.length != tags.length) {
            lemma = t.lower();
        }
        return lemma.toLowerCase(Locale.ROOT);
    }

    /**
     * Every lemma {@link #lemma} may give token {@code t} from a tagged token whose lemma is one of
     * {@code wordLemmas}, whatever the tags: each whole, each of its parts, or the token's own lower case.
     */
    static List<String> lemmas(List<String> wordLemmas, Token t) {
        Set<String> out = new LinkedHashSet<>();
        out.add(t.lower());
        for (String l : wordLemmas) {
            out.add(l.toLowerCase(Locale.ROOT));
            for (String p : l.split("\\+")) {
                out.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Index of the first tagged token ending after {@code offset} (binary search). */
    private static int firstEndingAfter(List<CharSpan> tagged, int offset) {
        int lo = 0;
        int hi = tagged.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tagged.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
