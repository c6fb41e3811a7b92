package dev.tilik.findings;

import dev.tilik.text.CharSpan;
import java.util.Objects;

/**
 * One thing a finding points at: a statement (its id) or, for date checks, a bare mention.
 *
 * @param fileName    the article
 * @param statementId the statement's id, or null when the evidence is not a statement
 * @param span        what to highlight (the statement's claim, or the date mention)
 * @param sentence    the whole sentence around it
 * @param text        the sentence's text, as snapshotted for note files and reports
 */
public record Evidence(String fileName, String statementId, CharSpan span, CharSpan sentence, String text) {
    public Evidence {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(text, "text");
    }
}
