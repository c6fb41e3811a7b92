package dev.tilik.text;

import java.util.ArrayList;
import java.util.List;

/** Line spans of a text: {@code \n}, {@code \r\n}, lone {@code \r}, U+0085, U+2028 and U+2029 end a line. */
public final class Lines {
    private Lines() {
    }

    /** Every line of {@code region} in {@code text}, without its terminator; empty lines included. */
    public static List<CharSpan> of(CharSequence text, CharSpan region) {
        List<CharSpan> lines = new ArrayList<>();
        int start = region.start();
        int i = start;
        while (i < region.end()) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                lines.add(new CharSpan(start, i));
                if (c == '\r' && i + 1 < region.end() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < region.end()) {
            lines.add(new CharSpan(start, region.end()));
        }
        return lines;
    }

    public static List<CharSpan> of(CharSequence text) {
        return of(text, new CharSpan(0, text.length()));
    }

    /**
     * True when the line break at {@code at} only wraps a sentence, as copy pasted from a page keeps the page's line
     * ends: the line before it ends in a letter or a comma, and the next line starts in lower case ("yang dalam
     * hal¶ini hadir") or the line before leaves a quotation open that the next line does not open again ("“Kemarin¶49
     * orang …”"). Spaces and tabs around the break are passed over; a blank line is never a wrap.
     */
    public static boolean wrapsAt(CharSequence text, int at) {
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = at + 1;
        if (at < text.length() && text.charAt(at) == '\r' && after < text.length() && text.charAt(after) == '\n') {
            after++;
        }
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char b = text.charAt(before);
        if (!Character.isLetter(b) && b != ',') {
            return false;
        }
        char a = text.charAt(after);
        return Character.isLowerCase(a) || a != '\u201C' && a != '"' && leavesQuotationOpen(text, before);
    }

    /** True when the line holding {@code at}, up to it, opens more double quotations than it closes. */
    private static boolean leavesQuotationOpen(CharSequence text, int at) {
        int start = at;
        while (start > 0 && !isBreak(text.charAt(start - 1))) {
            start--;
        }
        int open = 0;
        int straight = 0;
        for (int i = start; i <= at; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    public static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
