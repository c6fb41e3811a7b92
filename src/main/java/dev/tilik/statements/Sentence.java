package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence prepared for attribution: its span, tokens, and the token ranges inside quotation
 * marks. A quotation left open at the end runs to the end of the sentence ({@link #openQuote()}); an
 * opening curly mark typed where the closing one belongs ({@code “…,“ he said}) closes it; a closing mark whose
 * opening one the page lost ({@code …," kata X}) closes a quotation from the sentence's start.
 *
 * @param index     the sentence's position in the document
 * @param span      where it stands in the article text
 * @param tokens    its tokens
 * @param quotes    token ranges {@code [from, to)} of quoted text, quote marks excluded
 * @param paragraph the paragraph (line block) it belongs to
 */
record Sentence(int index, CharSpan span, List<Token> tokens, List<int[]> quotes, int paragraph) {

    /**
     * @param startsInQuote true when a quotation opened in an earlier sentence of the paragraph is
     *                      still open: the sentence's text is quoted from its start
     */
    static Sentence of(int index, String text, CharSpan span, int paragraph, boolean startsInQuote) {
        return of(index, text, span, paragraph, startsInQuote, dev.tilik.nlp.Tagging.NONE);
    }

    /**
     * As above, the tokens reading their tags from the document's {@code tagging} (of which this is
     * sentence {@code index}), made when first read.
     */
    static Sentence of(int index, String text, CharSpan span, int paragraph, boolean startsInQuote,
                       dev.tilik.nlp.Tagging tagging) {
        return of(index, text, span, Tokens.of(text, span.start(), span.end()), paragraph, startsInQuote, tagging);
    }

    /** As above, over the sentence's plain tokens made already ({@code Tokens.of} over its span). */
    static Sentence of(int index, String text, CharSpan span, List<Token> plain, int paragraph, boolean startsInQuote,
                       dev.tilik.nlp.Tagging tagging) {
        List<Token> tokens = SentenceTags.attach(tagging, index, text, plain);
        List<int[]> quotes = new ArrayList<>();
        int open = startsInQuote ? 0 : -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isQuote()) {
                continue;
            }
            char c = t.text().charAt(0);
            boolean closes = open >= 0 && (c != '\u201C' && c != '\u00AB' && c != '\u201E'
                    || c == '\u201C' && dev.tilik.nlp.QuoteBalance.typedAsClosing(text, t.start(), span.end()));
            if (closes) {
                quotes.add(new int[] {open, i});
                open = -1;
            } else if (open < 0 && quotes.isEmpty() && closesUnopened(text, tokens, i)) {
                quotes.add(new int[] {0, i}); // the opening mark the page lost: quoted from the sentence's start
            } else if (open < 0) {
                open = i + 1;
            }
        }
        if (open >= 0) {
            quotes.add(new int[] {open, tokens.size(), 1});
        }
        return new Sentence(index, span, List.copyOf(tokens), List.copyOf(quotes), paragraph);
    }

    /**
     * True when the mark at token {@code i}, the sentence's first, closes a quotation whose opening mark the page lost:
     * a straight or closing curly mark glued to the quotation's last punctuation ({@code ,} {@code .} {@code !}
     * {@code ?}) after words of its own, then a space and a word in lower case, as a cue stands there
     * ({@code Kami sudah mengirim pompa," kata Rina.}). A mark glued to a comma before a capital opens a quotation typed
     * askew ({@code mengatakan," Kami …}); one after a space opens.
     */
    private static boolean closesUnopened(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        char c = t.text().charAt(0);
        if (c != '"' && c != '\u201D' || i < 3 || t.start() == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        char before = text.charAt(t.start() - 1);
        Token next = tokens.get(i + 1);
        return (before == ',' || before == '.' || before == '!' || before == '?')
                && t.end() < text.length() && Character.isWhitespace(text.charAt(t.end()))
                && next.isWord() && !next.isCapitalized();
    }

    /** True when the sentence's tokens carry part-of-speech tags (known without tagging it). */
    boolean tagged() {
        return !tokens.isEmpty() && tokens.get(0).tagged();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** True when token {@code i} lies inside a quotation. */
    boolean inQuote(int i) {
        for (int[] q : quotes) {
            if (i >= q[0] && i < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** True when the last quotation opens but does not close in this sentence. */
    boolean openQuote() {
        return !quotes.isEmpty() && quotes.get(quotes.size() - 1).length == 3;
    }

    /** Span of tokens {@code [from, to)}; empty span at the sentence end when the range is empty. */
    CharSpan spanOf(int from, int to) {
        if (from >= to) {
            int at = from < tokens.size() ? tokens.get(from).start() : span.end();
            return CharSpan.of(at, at);
        }
        return CharSpan.of(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Token range {@code [from, to)} of the tokens inside {@code inner}; {@code [0, 0]} when none is. */
    int[] tokenRange(CharSpan inner) {
        int from = tokens.size();
        int to = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= inner.start() && t.end() <= inner.end()) {
                from = Math.min(from, i);
                to = Math.max(to, i + 1);
            }
        }
        return from >= to ? new int[] {0, 0} : new int[] {from, to};
    }

    /** Index of the first token at or after {@code from} that is a comma outside parentheses, or {@code to}. */
    /**
     * True when the token at {@code i} is a point of a dotted abbreviation inside the sentence: a word right before it
     * and no space after it ("S.I.P.", "M.Kes"), or the last point of one whose inner points are glued ("U.S. officials",
     * "S.I.P. mengatakan"): it ends no clause.
     */
    private boolean innerPoint(int i) {
        Token t = tokens.get(i);
        if (!t.is(".") || i == 0 || i + 1 >= tokens.size() || tokens.get(i - 1).end() != t.start() || !tokens.get(i - 1).isWord()) {
            return false;
        }
        return tokens.get(i + 1).start() == t.end()
                || i >= 2 && tokens.get(i - 2).is(".") && tokens.get(i - 2).end() == tokens.get(i - 1).start();
    }

    int nextComma(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String s = tokens.get(i).text();
            if (s.equals("(")) {
                depth++;
            } else if (s.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (s.equals(",") || tokens.get(i).isClauseEnd() && !innerPoint(i) || tokens.get(i).isQuote())) {
                return i;
            }
        }
        return to;
    }
}
