package dev.tilik.shell;

/**
 * The last step before text reaches the terminal: control, bidi and line-separator characters are
 * shown as visible text ({@code ^[}, {@code <U+202E>}) so an article can never drive the terminal.
 */
final class ShellText {
    private ShellText() {
    }

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append("    ");
            } else if (c < 0x20 || c == 0x7F) {
                out.append('^').append((char) (c == 0x7F ? '?' : c + 0x40));
            } else if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
