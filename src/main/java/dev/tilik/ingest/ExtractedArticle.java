package dev.tilik.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article taken out of a structured file (a web page, Markdown, a JSON object): metadata and
 * body paragraphs. {@link #text()} writes it as Tilik's header block and body, the article's
 * original text from then on: every span points into that text.
 *
 * @param title      the headline, or null
 * @param source     the outlet, or null
 * @param url        the canonical URL, or null
 * @param date       the publication date as given (ISO {@code 2024-10-22} when the file had a timestamp), or null
 * @param lang       a language code such as {@code id}, or null
 * @param author     the author, or null
 * @param paragraphs the body, one paragraph each (a paragraph may not hold a line break)
 */
public record ExtractedArticle(String title, String source, String url, String date, String lang, String author,
                               List<String> paragraphs) {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    public ExtractedArticle {
        title = oneLine(title);
        source = oneLine(source);
        url = oneLine(url);
        date = isoDay(oneLine(date));
        lang = oneLine(lang);
        author = oneLine(author);
        List<String> kept = new ArrayList<>();
        for (String p : Objects.requireNonNull(paragraphs, "paragraphs")) {
            String line = oneLine(p);
            if (line != null) {
                kept.add(line);
            }
        }
        paragraphs = List.copyOf(kept);
    }

    /** The header block ({@code title:}, {@code source:}, {@code url:}, {@code date:}, {@code lang:}, {@code author:}), a blank line, the body. */
    public String text() {
        StringBuilder out = new StringBuilder();
        field(out, "title", title);
        field(out, "source", source);
        field(out, "url", url);
        field(out, "date", date);
        field(out, "lang", lang);
        field(out, "author", author);
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(String.join("\n", paragraphs));
        if (!paragraphs.isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    public boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    private static void field(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(value).append('\n');
        }
    }

    /** Whitespace (line breaks too) collapsed to single spaces, trimmed; null when nothing is left. */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String line = SPACE.matcher(s).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }

    private static String isoDay(String date) {
        if (date == null) {
            return null;
        }
        var m = ISO_TIMESTAMP.matcher(date);
        return m.matches() ? m.group(1) : date;
    }
}
