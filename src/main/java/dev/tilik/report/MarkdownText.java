package dev.tilik.report;

import dev.tilik.text.SafeText;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Makes article text, file names and notes safe inside Markdown: first the one terminal sanitiser
 * ({@link SafeText}: control, bidi and line-separator characters become visible text, so a
 * Markdown file shown with {@code cat} can never drive a terminal), then characters with a
 * Markdown meaning are backslash-escaped. Used by the Markdown report and the notes export alike.
 */
public final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|~";
    /** A web address of printable ASCII without spaces and angle brackets. */
    private static final Pattern URL = Pattern.compile("https?://[!-;=?-~]+");
    /** What {@link #lines} splits at, compiled once (String.split compiled it on every call). */
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private MarkdownText() {
    }

    /** One line of text: line breaks inside it become visible too. */
    public static String inline(String s) {
        String safe = SafeText.sanitize(s);
        int first = 0;
        while (first < safe.length() && !special(safe.charAt(first))) {
            first++;
        }
        if (first == safe.length()) {
            return safe; // nothing to escape: most lines of a save
        }
        // Every special character is ASCII, so a character at a time escapes as a code point at a time did.
        StringBuilder out = new StringBuilder(safe.length() + 8).append(safe, 0, first);
        for (int i = first; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (special(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c < 0x80 && SPECIAL.indexOf(c) >= 0;
    }

    /**
     * An address as a Markdown autolink ({@code <https://…>}) when it is a plain web address
     * (printable ASCII, no spaces or angle brackets), else as escaped text.
     */
    public static String url(String s) {
        return URL.matcher(s).matches() ? "<" + s + ">" : inline(s);
    }

    /** Text that may span lines, one escaped line each. */
    public static String[] lines(String s) {
        return Arrays.stream(LINE_BREAK.split(s, -1)).map(MarkdownText::inline).toArray(String[]::new);
    }
}
