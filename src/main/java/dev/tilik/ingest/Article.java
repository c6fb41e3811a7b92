package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from disk: its original text (never altered; every span points into it),
 * where site boilerplate sits, and what the file itself tells about source and date.
 *
 * @param fileName   the file's name relative to the articles folder, e.g. {@code 003_x.txt}
 * @param text       the decoded original text
 * @param sha256     hex digest of the file's bytes, for the note file
 * @param encoding   the charset it was decoded with, e.g. {@code UTF-8}
 * @param boilerplate spans of site boilerplate (shown dimmed, never analysed)
 * @param headline   the headline line, when the article has one
 * @param source     the outlet named in the text (e.g. "Suara.com"), or null
 * @param sourceSpan where that name stands, or null
 * @param published  the publication date the file states, or null
 * @param warnings   things the user should know (fallback decoding, …)
 */
public record Article(
        String fileName,
        String text,
        String sha256,
        String encoding,
        List<CharSpan> boilerplate,
        CharSpan headline,
        String source,
        CharSpan sourceSpan,
        LocalDate published,
        List<String> warnings) {

    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
        boilerplate = List.copyOf(boilerplate);
        warnings = List.copyOf(warnings);
        for (CharSpan b : boilerplate) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("boilerplate span past the end of " + fileName);
            }
        }
    }

    public Optional<CharSpan> headlineSpan() {
        return Optional.ofNullable(headline);
    }

    /** The URL the article's header block names ({@code url:}), if any. */
    public Optional<String> url() {
        return Optional.ofNullable(HeaderBlock.parse(text).url());
    }

    /** The language code the article's header block names ({@code lang: id}), lower case, if any. */
    public Optional<String> declaredLanguage() {
        return Optional.ofNullable(HeaderBlock.parse(text).lang());
    }

    /** The headline's text, if the article has one. */
    public Optional<String> title() {
        return headlineSpan().map(h -> h.coveredText(text));
    }

    /** True when the character at {@code offset} lies in boilerplate. */
    public boolean isBoilerplate(int offset) {
        for (CharSpan b : boilerplate) {
            if (b.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** True when any part of {@code span} lies in boilerplate. */
    public boolean touchesBoilerplate(CharSpan span) {
        for (CharSpan b : boilerplate) {
            if (b.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
