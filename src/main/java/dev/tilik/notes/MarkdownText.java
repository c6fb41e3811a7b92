package dev.tilik.notes;

/**
 * Makes article text, file names and notes safe inside Markdown: characters with a Markdown
 * meaning are backslash-escaped, and control, bidi and line-separator characters are written as
 * visible {@code <U+XXXX>} so a Markdown file shown with {@code cat} can never drive a terminal.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|~";

    private MarkdownText() {
    }

    /** One line of text: newlines too become visible. */
    static String inline(String s) {
        return escape(s, false);
    }

    /** Text that may span lines; each line is returned as written, escaped. */
    static String[] lines(String s) {
        return escape(s, true).split("\n", -1);
    }

    private static String escape(String s, boolean keepNewlines) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (c == '\n' && keepNewlines) {
                out.append('\n');
            } else if (c == '\t') {
                out.append("    ");
            } else if (isControl(c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029
                || c == 0xFEFF || c == 0x200B;
    }
}
