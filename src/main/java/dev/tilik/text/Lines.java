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

    public static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
