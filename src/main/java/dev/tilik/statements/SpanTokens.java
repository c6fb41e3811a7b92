package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article's text with its plain (untagged) tokens, made once over the whole text: the tokens of any range are
 * served from them, exactly as {@link Tokens#of} would make them again (its sentences, its body's stretches between
 * boilerplate, a speaker phrase). A range starting inside a token is tokenised afresh; one ending inside a token takes
 * the shared tokens before it and tokenises only the rest, for the scan from a token's end is a fresh scan. The lists
 * returned are unmodifiable. Immutable.
 */
final class SpanTokens {
    private final String text;
    private final List<Token> tokens;

    private SpanTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The text tokenised once. */
    static SpanTokens of(String text) {
        return new SpanTokens(text, List.copyOf(Tokens.of(text, 0, text.length())));
    }

    /** No tokens made: every range is tokenised afresh (a short text read once, as a channel's name). */
    static SpanTokens none(String text) {
        return new SpanTokens(text, List.of());
    }

    String text() {
        return text;
    }

    /** The tokens of {@code [from, to)}, equal to {@code Tokens.of(text, from, to)}. */
    List<Token> of(int from, int to) {
        int first = firstFrom(tokens, from);
        if (first > 0 && tokens.get(first - 1).end() > from) {
            return Tokens.of(text, from, to); // starts inside a token
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= to) {
            end++;
        }
        if (end == first) {
            return Tokens.of(text, from, to);
        }
        List<Token> shared = tokens.subList(first, end);
        int after = shared.get(shared.size() - 1).end();
        if (after >= to || allSpace(after, to)) {
            return Collections.unmodifiableList(shared);
        }
        List<Token> out = new ArrayList<>(shared);
        out.addAll(Tokens.of(text, after, to));
        return Collections.unmodifiableList(out);
    }

    private boolean allSpace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first token starting at or after {@code at}. */
    private static int firstFrom(List<Token> in, int at) {
        int lo = 0;
        int hi = in.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (in.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
