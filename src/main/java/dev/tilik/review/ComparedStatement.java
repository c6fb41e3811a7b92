package dev.tilik.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A snapshot of one statement a finding compared, as the fact-checker saw it: kept in the note
 * file so a review stays readable when the finding (or the article) is gone.
 *
 * @param file    the article's file name
 * @param speaker who spoke, or null (date evidence has no speaker)
 * @param party   the speaker's normalised party, or null
 * @param text    the whole sentence
 * @param url     the address of the article it stands in (its {@code url:} header), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparedStatement(String file, String speaker, String party, String text, String url) {
    public ComparedStatement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** A statement of an article without a known address. */
    public ComparedStatement(String file, String speaker, String party, String text) {
        this(file, speaker, party, text, null);
    }

    /** Reads the older one-line form {@code file: sentence} (no speaker known). */
    public static ComparedStatement ofLine(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? new ComparedStatement("", null, null, line)
                : new ComparedStatement(line.substring(0, colon), null, null, line.substring(colon + 2));
    }

    /** The one-line form {@code file: sentence}. */
    public String line() {
        return file + ": " + text;
    }
}
