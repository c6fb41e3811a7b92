package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * Whether double quotation marks in a span are balanced: straight quotes ({@code "}) by parity,
 * curly quotes (“ ”) by depth, an opening mark typed where a closing one belongs closing. Single quotes are ignored (they double as apostrophes).
 */
public final class QuoteBalance {
    private QuoteBalance() {
    }

    static boolean balanced(String text, CharSpan span) {
        int straight = 0;
        int curly = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“' && !(curly > 0 && typedAsClosing(text, i, span.end()))) {
                curly++;
            } else if ((c == '”' || c == '“') && curly > 0) {
                curly--;
            }
        }
        return straight % 2 == 0 && curly == 0;
    }

    /**
     * True when an opening curly mark at {@code i} is typed where a closing one belongs: glued to the
     * word or punctuation before it and followed by a space or the end ({@code “We will rebuild,“ he
     * said.}), as real copy often has it.
     */
    public static boolean typedAsClosing(String text, int i, int end) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)));
    }

    /**
     * True when the line from {@code from} (a paragraph's start) reads as the rest of a quotation: its first double
     * mark, before the line ends, is typed where a closing one belongs — glued to the punctuation before it and
     * followed by a space ({@code Namun, … dimaksud," kata X.}): after a paragraph that left a quotation open, the
     * quotation runs on to this mark. A line opening with a mark opens a quotation.
     */
    public static boolean opensInsideQuotation(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return i > from && isClosingPunctuation(text.charAt(i - 1)) && typedAsClosing(text, i, text.length());
            }
        }
        return false;
    }

    /** Most lines of no mark a quotation left open runs on over, to a line whose first mark closes it. */
    static final int UNMARKED_LINES = 2;

    /**
     * True when the line from {@code from} (a paragraph's start) holds no double mark, nor do the lines after it up to
     * {@value #UNMARKED_LINES} in all, and the next line holding one {@linkplain #opensInsideQuotation opens inside the
     * quotation}: after a paragraph that left a quotation open, the quotation runs on over these lines to that mark
     * ({@code “A. ¶ B. ¶ C," kata X.}).
     */
    public static boolean runsOnUnmarked(String text, int from) {
        if (!openedBefore(text, from)) {
            return false;
        }
        int line = from;
        for (int lines = 0; line < text.length(); ) {
            int end = text.indexOf('\n', line);
            end = end < 0 ? text.length() : end;
            if (!text.substring(line, end).isBlank()) {
                if (hasMark(text, line, end)) {
                    return lines > 0 && opensInsideQuotation(text, line);
                }
                if (++lines > UNMARKED_LINES) {
                    return false;
                }
            }
            line = end + 1;
        }
        return false;
    }

    /**
     * True when the last line before {@code from} that holds a double mark, past at most {@value #UNMARKED_LINES} lines
     * of none, leaves a quotation open by a mark that opens it: a closing mark the page kept without its opening one
     * ({@code … bantu-bantu," kata X.}) opens nothing.
     */
    private static boolean openedBefore(String text, int from) {
        int end = from - 1;
        for (int lines = 0; end > 0; ) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(start, end).isBlank()) {
                if (hasMark(text, start, end)) {
                    return !balanced(text, new CharSpan(start, end)) && opensAQuotation(text, start, end);
                }
                if (++lines > UNMARKED_LINES) {
                    return false;
                }
            }
            end = start - 1;
        }
        return false;
    }

    /** True when the line's last double mark opens a quotation: a curly opening mark, or a straight one after a space. */
    private static boolean opensAQuotation(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\u201C' && !typedAsClosing(text, i, to) || c == '"' && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return false;
            }
        }
        return false;
    }

    private static boolean hasMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingPunctuation(char c) {
        return c == ',' || c == '.' || c == '!' || c == '?';
    }

    /** True when {@code s} leaves a quotation open that one of the {@code following} spans closes. */
    static boolean opensAndClosesLater(String text, CharSpan s, List<CharSpan> following) {
        if (balanced(text, s)) {
            return false;
        }
        for (CharSpan f : following) {
            if (balanced(text, new CharSpan(s.start(), f.end()))) {
                return true;
            }
        }
        return false;
    }
}
