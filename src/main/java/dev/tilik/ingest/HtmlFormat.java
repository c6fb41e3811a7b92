package dev.tilik.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * {@code .html}/{@code .htm}: a page saved from a browser. Decoded like a {@code .txt} (a BOM, then
 * strict UTF-8), else with the charset its {@code <meta>} declares, else windows-1252 with a
 * warning; then {@link HtmlExtractor} takes the article out, written as Tilik's header block and
 * body ({@link ExtractedArticle#text()}).
 */
final class HtmlFormat implements ArticleFormat {
    /** {@code <meta charset="x">} or {@code <meta http-equiv content="text/html; charset=x">}, in the first 4 KiB. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean reads(String lowerCaseName) {
        return lowerCaseName.endsWith(".html") || lowerCaseName.endsWith(".htm");
    }

    @Override
    public Parsed parse(String name, byte[] bytes, ArticleParser parser) throws UndecodableException {
        Decoded decoded = decode(bytes, name);
        ExtractedArticle extracted = HtmlExtractor.extract(Jsoup.parse(decoded.text()));
        if (!extracted.hasBody()) {
            throw new UndecodableException(Problem.Level.WARNING, "no article text found in this page; skipped");
        }
        Decoded text = new Decoded(extracted.text(), decoded.encoding(), decoded.warnings());
        return Parsed.of(parser.parse(name, text, FolderLoader.sha256(bytes)));
    }

    /** The page's text: what {@link TextDecoder} reads strictly, else the declared charset, else its fallback. */
    static Decoded decode(byte[] bytes) throws UndecodableException {
        return decode(bytes, null);
    }

    /** The same for the file {@code name} (null: a fetched page), which a UTF-16 file without a mark is named by. */
    static Decoded decode(byte[] bytes, String name) throws UndecodableException {
        Decoded strict = TextDecoder.decode(bytes, name);
        if (strict.encoding().startsWith("UTF-")) {
            return strict;
        }
        Charset declared = declaredCharset(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return strict;
        }
        if (declared.name().equals("windows-1252")) {
            return new Decoded(strict.text(), strict.encoding(), List.of());
        }
        String text = new String(bytes, declared);
        // A declared charset the bytes do not fit is no better than the fallback, which says so.
        return text.indexOf('\uFFFD') >= 0 ? strict : new Decoded(text, declared.name(), List.of());
    }

    /** The charset a {@code <meta>} names, as browsers read it (ISO-8859-1 and ASCII mean windows-1252); null if none or unknown. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        return WebPage.charset(m.group(1));
    }
}
