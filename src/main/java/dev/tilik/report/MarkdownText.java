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

    private MarkdownText() {
    }

    /** One line of text: line breaks inside it become visible too. */
    public static String inline(String s) {
        String safe = SafeText.sanitize(s);
        StringBuilder out = new StringBuilder(safe.length() + 8);
        safe.codePoints().forEach(c -> {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
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
        return Arrays.stream(s.split("\r?\n", -1)).map(MarkdownText::inline).toArray(String[]::new);
    }
}
