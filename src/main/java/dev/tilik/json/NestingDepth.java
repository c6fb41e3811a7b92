package dev.tilik.json;

/**
 * Where a JSON text first passes one of the caps {@link StrictJson} and {@link StrictStream} give
 * Jackson ({@code StreamReadConstraints}): nesting deeper than {@link #MAX} lists and objects, or a
 * number longer than {@link #MAX_DIGITS} digits. Jackson refuses both with no location and in its
 * own words, so the refusal is located here, by reading the text outside strings.
 */
final class NestingDepth {
    /** The nesting cap. */
    static final int MAX = 1000;
    /** The number-length cap: digits of a number, its sign, point and exponent mark not counted. */
    static final int MAX_DIGITS = 1000;

    private NestingDepth() {
    }

    /** The 1-based line and column of the bracket that opens level {@code MAX + 1}, or null if none does. */
    static int[] firstPastMax(String text) {
        return scan(text, false);
    }

    /**
     * The 1-based line and column where the first number of more than {@code MAX_DIGITS} digits
     * starts, and its digits, or null if none has so many.
     */
    static int[] firstLongNumber(String text) {
        return scan(text, true);
    }

    private static int[] scan(String text, boolean numbers) {
        int depth = 0;
        int line = 1;
        int col = 0;
        boolean inString = false;
        boolean escaped = false;
        int digits = -1; // the digits of the number being read, -1 outside a number
        int[] start = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            col++;
            if (numbers && !inString && (c >= '0' && c <= '9' || digits >= 0 && ".eE+-".indexOf(c) >= 0 || c == '-')) {
                if (digits < 0) {
                    digits = 0;
                    start = new int[] {line, col};
                }
                if (c >= '0' && c <= '9' && ++digits > MAX_DIGITS) {
                    int end = i;
                    while (end < text.length() && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                    return new int[] {start[0], start[1], digits + end - i - 1};
                }
                continue;
            }
            digits = -1;
            if (c == '\n') {
                line++;
                col = 0;
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (!numbers && ++depth > MAX) {
                    return new int[] {line, col};
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return null;
    }
}
