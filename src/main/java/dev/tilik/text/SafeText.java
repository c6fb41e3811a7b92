package dev.tilik.text;

/**
 * The one sanitiser every string passes last before it reaches the terminal. Whatever an article,
 * a file name, a rule or a note holds, the result contains only printable characters that the
 * terminal shows and never acts on:
 * <ul>
 *   <li>C0 controls and DEL in caret form ({@code ESC} → {@code ^[}, {@code DEL} → {@code ^?});
 *       a line feed (with or without its CR) → {@code ^J}, since a drawn string is one line;</li>
 *   <li>a lone CR → {@code \r};</li>
 *   <li>tabs expanded to the next multiple of {@value #TAB_WIDTH} columns;</li>
 *   <li>C1 controls (U+0080–U+009F), bidi controls, U+2028/U+2029, lone surrogates and stray
 *       format characters → visible {@code <U+XXXX>}.</li>
 * </ul>
 * A zero-width joiner or non-joiner between two visible characters (emoji sequences, Persian,
 * Indic scripts) is kept. The result is idempotent: {@code sanitize(sanitize(s)).equals(sanitize(s))}.
 */
public final class SafeText {
    public static final int TAB_WIDTH = 4;

    private SafeText() {
    }

    public static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int col = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int before = out.length();
            if (cp == '\t') {
                out.append(" ".repeat(TAB_WIDTH - col % TAB_WIDTH));
            } else if (cp == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                out.append(crlf ? "^J" : "\\r");
                n = crlf ? 2 : 1;
            } else if (cp < 0x20) {
                out.append('^').append((char) (cp + 0x40));
            } else if (cp == 0x7F) {
                out.append("^?");
            } else if (isJoinerKept(s, i, cp) || !needsEscape(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
            }
            col += Columns.width(out.substring(before));
            i += n;
        }
        return out.toString();
    }

    /** True when {@link #sanitize} would return the string unchanged. */
    public static boolean isClean(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x20 || cp == 0x7F || (needsEscape(cp) && !isJoinerKept(s, i, cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * True for a code point a terminal may act on or that reorders or hides text: C0, DEL, C1,
     * U+2028/U+2029, format characters (bidi controls among them) and lone surrogate halves. What
     * {@link #sanitize} makes visible, and what JSON output writes as {@code \\uXXXX}.
     */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || cp == 0x7F || needsEscape(cp);
    }

    private static boolean needsEscape(int cp) {
        if (cp >= 0x80 && cp <= 0x9F) {
            return true;
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return true;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return true;
        }
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isJoinerKept(String s, int i, int cp) {
        if (cp != 0x200D && cp != 0x200C) {
            return false;
        }
        if (i == 0 || i + 1 >= s.length()) {
            return false;
        }
        int before = s.codePointBefore(i);
        int after = s.codePointAt(i + 1);
        return isVisible(before) && isVisible(after);
    }

    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.UNASSIGNED;
    }
}
