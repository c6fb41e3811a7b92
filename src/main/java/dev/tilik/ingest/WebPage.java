package dev.tilik.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page fetched over HTTP, parsed: decoded with the charset the response header names (as
 * browsers read labels: ISO-8859-1 and ASCII mean windows-1252) when the bytes fit it, else as a
 * saved page is ({@link HtmlFormat#decode}: a BOM, strict UTF-8, the {@code <meta>} charset,
 * windows-1252 with a warning). {@link HtmlExtractor#extract} takes the article out of
 * {@link #document()}.
 *
 * @param document the parsed page, links resolved against the page's address
 * @param encoding the charset that decoded it
 * @param warnings what the user should know (a fallback charset)
 */
public record WebPage(Document document, String encoding, List<String> warnings) {
    public WebPage {
        warnings = List.copyOf(warnings);
    }

    /** Parses {@code bytes} fetched from {@code address}; {@code headerCharset} is the Content-Type's {@code charset}, or null. */
    public static WebPage parse(byte[] bytes, String headerCharset, String address) throws UndecodableException {
        Decoded decoded = decode(bytes, headerCharset);
        return new WebPage(Jsoup.parse(decoded.text(), address), decoded.encoding(), decoded.warnings());
    }

    static Decoded decode(byte[] bytes, String headerCharset) throws UndecodableException {
        Charset declared = charset(headerCharset);
        if (declared != null && bytes.length > 0) {
            try {
                String text = declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.indexOf('\0') < 0) {
                    return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, declared.name(), List.of());
                }
            } catch (CharacterCodingException wrongLabel) {
                // the bytes do not fit the header's charset: read them as a saved page is
            }
        }
        return HtmlFormat.decode(bytes);
    }

    /** The charset a label names, as browsers read it; null if none or unknown. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
            l = "windows-1252";
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
