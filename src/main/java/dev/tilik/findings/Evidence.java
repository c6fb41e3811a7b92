package dev.tilik.findings;

import dev.tilik.text.CharSpan;
import java.util.Objects;

/**
 * One thing a finding points at: a statement (its id) or, for date checks, a bare mention.
 *
 * <p>A finding groups its evidence into two sides: what is compared against what (side 0: the
 * denials, side 1: the assertions). Evidence on the same side agrees; a finding never claims that
 * two pieces of evidence on one side disagree. One-sided findings (weekday, no comment) use side 0.
 *
 * @param fileName    the article
 * @param statementId the statement's id, or null when the evidence is not a statement
 * @param span        what to highlight (the statement's claim, or the date mention)
 * @param sentence    the whole sentence around it
 * @param text        the sentence's text, as snapshotted for note files and reports
 * @param side        0 or 1: which side of the comparison it is on
 */
public record Evidence(String fileName, String statementId, CharSpan span, CharSpan sentence, String text, int side) {
    public Evidence {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(text, "text");
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException("side must be 0 or 1, got " + side);
        }
    }

    /** Evidence on side 0. */
    public Evidence(String fileName, String statementId, CharSpan span, CharSpan sentence, String text) {
        this(fileName, statementId, span, sentence, text, 0);
    }

    /** True when this and {@code other} are on opposite sides, i.e. the finding sets them against each other. */
    public boolean opposes(Evidence other) {
        return side != other.side;
    }
}
