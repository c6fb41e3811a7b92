package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article's text with its sentences' plain (untagged) tokens, made once: the tokens of a range inside one sentence
 * are served from them, exactly as {@link Tokens#of} would make them again. A range starting inside a token, or running
 * past its sentence's end, is tokenised afresh; one ending inside a token takes the shared tokens before it and
 * tokenises only the rest. The lists returned are unmodifiable. Immutable.
 */
final class SpanTokens {
    private final String text;
    private final List<CharSpan> spans;
    private final List<List<Token>> tokens;

    private SpanTokens(String text, List<CharSpan> spans, List<List<Token>> tokens) {
        this.text = text;
        this.spans = spans;
        this.tokens = tokens;
    }

    /** No sentence known: every range is tokenised afresh. */
    static SpanTokens none(String text) {
        return new SpanTokens(text, List.of(), List.of());
    }

    /**
     * @param spans  the sentences, in text order, none overlapping
     * @param tokens each sentence's tokens as {@code Tokens.of(text, span.start(), span.end())} made them
     */
    static SpanTokens of(String text, List<CharSpan> spans, List<List<Token>> tokens) {
        if (spans.size() != tokens.size()) {
            throw new IllegalArgumentException("a token list for each sentence: " + spans.size() + " != " + tokens.size());
        }
        return new SpanTokens(text, List.copyOf(spans), List.copyOf(tokens));
    }

    String text() {
        return text;
    }

    /** The tokens of {@code [from, to)}, equal to {@code Tokens.of(text, from, to)}. */
    List<Token> of(int from, int to) {
        int k = sentenceAt(from);
        if (k < 0 || to > spans.get(k).end()) {
            return Tokens.of(text, from, to);
        }
        List<Token> in = tokens.get(k);
        int first = firstFrom(in, from);
        if (first > 0 && in.get(first - 1).end() > from) {
            return Tokens.of(text, from, to); // starts inside a token
        }
        int end = first;
        while (end < in.size() && in.get(end).end() <= to) {
            end++;
        }
        if (end == first) {
            return Tokens.of(text, from, to);
        }
        List<Token> shared = in.subList(first, end);
        int after = shared.get(shared.size() - 1).end();
        if (after >= to || allSpace(after, to)) {
            return Collections.unmodifiableList(shared);
        }
        // ends inside a token: the scan from a token's end is a fresh scan, so only the rest is made again
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

    /** The index of the sentence holding offset {@code at}, or -1. */
    private int sentenceAt(int at) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            CharSpan s = spans.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
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
