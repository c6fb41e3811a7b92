package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An optional block of metadata lines at the very top of an article file:
 * <pre>
 * Judul: Korut Bantah Kirim Tentara ke Rusia      (or Title:)
 * Tanggal: Selasa, 22 Oktober 2024                (or Date:; ISO 2024-10-22 and 22/10/2024 too)
 * Sumber: detik.com                               (or Source:)
 * URL: https://…, Lang: id, Penulis: …             (kept as labels: url, lang/bahasa, author/penulis, reporter, editor)
 *
 * Body…
 * </pre>
 * The block is the run of {@code Key: value} lines with known keys from the first line on; it ends
 * at a blank line or the first other line. Its lines are boilerplate except the title's value,
 * which is the headline.
 *
 * @param region    the whole block, or an empty span at 0 when there is none
 * @param labels    the parts shown dimmed (everything in the block but the title's value)
 * @param headline  the title's value, or null
 * @param source    the source's value, or null
 * @param sourceSpan where it stands, or null
 * @param published the date, or null
 * @param warnings  e.g. a date Tilik could not read
 * @param url       the {@code url:} (or {@code link:}, {@code tautan:}) value, or null
 */
public record HeaderBlock(CharSpan region, List<CharSpan> labels, CharSpan headline, String source,
                          CharSpan sourceSpan, LocalDate published, List<String> warnings, String url, String lang) {
    private static final Set<String> TITLE = Set.of("judul", "title");
    private static final Set<String> DATE = Set.of("tanggal", "date");
    private static final Set<String> SOURCE = Set.of("sumber", "source");
    /** Keys a header block may also hold, kept as labels: where the copy came from, its language, its author. */
    private static final Set<String> URL = Set.of("url", "link", "tautan");
    private static final Set<String> LANG = Set.of("lang", "language", "bahasa");
    private static final Set<String> OTHER = Set.of("url", "link", "tautan", "lang", "language", "bahasa", "author",
            "penulis", "byline", "reporter", "editor");

    public HeaderBlock {
        labels = List.copyOf(labels);
        warnings = List.copyOf(warnings);
    }

    public static HeaderBlock parse(String text) {
        CharSpan title = null;
        CharSpan source = null;
        LocalDate published = null;
        String url = null;
        String lang = null;
        List<String> warnings = new ArrayList<>();
        List<CharSpan> dim = new ArrayList<>();
        int end = 0;
        // Lines are found one at a time: the block is a few lines at the top, and the reader asks
        // for an article's url on every frame, so the rest of a long text is never walked.
        for (int at = 0; at < text.length(); ) {
            int lineEnd = at;
            while (lineEnd < text.length() && !Lines.isBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            CharSpan raw = new CharSpan(at, lineEnd);
            at = lineEnd + (lineEnd + 1 < text.length() && text.charAt(lineEnd) == '\r'
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            CharSpan line = raw.trim(text);
            if (line.isEmpty()) {
                break;
            }
            String content = line.coveredText(text);
            int colon = content.indexOf(':');
            String key = colon < 0 ? "" : content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!TITLE.contains(key) && !DATE.contains(key) && !SOURCE.contains(key) && !OTHER.contains(key)) {
                break;
            }
            CharSpan value = new CharSpan(line.start() + colon + 1, line.end()).trim(text);
            if (TITLE.contains(key) && !value.isEmpty()) {
                title = value;
                dim.add(new CharSpan(line.start(), value.start()));
            } else {
                dim.add(line);
                if (URL.contains(key) && !value.isEmpty()) {
                    url = value.coveredText(text);
                } else if (LANG.contains(key) && !value.isEmpty()) {
                    lang = value.coveredText(text).strip().toLowerCase(Locale.ROOT);
                } else if (SOURCE.contains(key) && !value.isEmpty()) {
                    source = value;
                } else if (DATE.contains(key)) {
                    published = HeaderDates.parse(value.coveredText(text));
                    if (published == null) {
                        warnings.add("header date \"" + value.coveredText(text) + "\" not understood; expected e.g. 2024-10-22 or 22 Oktober 2024");
                    }
                }
            }
            end = raw.end();
        }
        String sourceName = source == null ? null : source.coveredText(text);
        return new HeaderBlock(new CharSpan(0, end), dim, title, sourceName, source, published, warnings, url, lang);
    }

    public boolean isPresent() {
        return region.end() > 0;
    }
}
