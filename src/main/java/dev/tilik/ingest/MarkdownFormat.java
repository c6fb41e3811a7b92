package dev.tilik.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code .md}: optional front matter between {@code ---} lines ({@code title}, {@code source},
 * {@code url}, {@code date}, {@code lang}, {@code author} as {@code key: value}); the first
 * {@code # heading} is the title when the front matter names none. Paragraphs (lines up to a blank
 * line) become one line each; headings, list items and quotes start their own; images, HTML
 * comments and emphasis marks go, a link keeps its text.
 */
final class MarkdownFormat implements ArticleFormat {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>).*");

    @Override
    public boolean reads(String lowerCaseName) {
        return lowerCaseName.endsWith(".md");
    }

    @Override
    public Parsed parse(String name, byte[] bytes, ArticleParser parser) throws UndecodableException {
        Decoded decoded = TextDecoder.decode(bytes, name);
        List<String> lines = List.of(withoutComments(decoded.text()).split("\\R", -1));
        String title = null;
        String source = null;
        String url = null;
        String date = null;
        String lang = null;
        String author = null;
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int j = 1; j < lines.size(); j++) {
                String l = lines.get(j).strip();
                if (l.equals("---") || l.equals("...")) {
                    close = j;
                    break;
                }
            }
            for (int j = 1; j < close; j++) {
                String l = lines.get(j);
                int colon = l.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = unquote(l.substring(colon + 1).strip());
                switch (key) {
                    case "title", "judul" -> title = value;
                    case "source", "sumber", "outlet", "publisher", "site" -> source = value;
                    case "url", "link", "canonical" -> url = value;
                    case "date", "tanggal", "published" -> date = value;
                    case "lang", "language", "bahasa" -> lang = value;
                    case "author", "penulis" -> author = value;
                    default -> { }
                }
            }
            i = close < 0 ? 0 : close + 1;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (title == null && l.startsWith("# ")) {
                title = l.substring(2);
                continue;
            }
            if (l.isEmpty() || BLOCK_START.matcher(l).matches() || l.startsWith("```")) {
                flush(paragraphs, current);
            }
            if (l.startsWith("```") || l.matches("[-*_]{3,}")) {
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(inline(l.replaceFirst("^#{1,6}\\s+", "")));
        }
        flush(paragraphs, current);
        ExtractedArticle extracted = new ExtractedArticle(title, source, url, date, lang, author, paragraphs);
        if (!extracted.hasBody()) {
            throw new UndecodableException(Problem.Level.INFO, "no article text in this Markdown file; skipped");
        }
        Decoded text = new Decoded(extracted.text(), decoded.encoding(), decoded.warnings());
        return Parsed.of(parser.parse(name, text, FolderLoader.sha256(bytes)));
    }

    /** HTML comments removed, their line breaks kept so paragraphs stay apart; an unclosed one runs to the end. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf("<!--", at);
            if (open < 0) {
                return out.append(text, at, text.length()).toString();
            }
            out.append(text, at, open);
            int close = text.indexOf("-->", open + 4);
            int end = close < 0 ? text.length() : close + 3;
            text.substring(open, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            if (close < 0) {
                return out.toString();
            }
            at = end;
        }
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (!current.toString().isBlank()) {
            paragraphs.add(current.toString());
        }
        current.setLength(0);
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        return EMPHASIS.matcher(s).replaceAll("");
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
