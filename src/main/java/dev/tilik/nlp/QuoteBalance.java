package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * Whether double quotation marks in a span are balanced: straight quotes ({@code "}) by parity,
 * curly quotes (“ ”) by depth. Single quotes are ignored (they double as apostrophes).
 */
final class QuoteBalance {
    private QuoteBalance() {
    }

    static boolean balanced(String text, CharSpan span) {
        int straight = 0;
        int curly = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                curly++;
            } else if (c == '”' && curly > 0) {
                curly--;
            }
        }
        return straight % 2 == 0 && curly == 0;
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
