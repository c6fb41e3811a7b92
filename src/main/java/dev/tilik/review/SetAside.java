package dev.tilik.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A verdict or a rating set aside on one finding, kept beside the review rather than in its note: two
 * readers chose differently and a merge kept the later choice ({@code notes.NoteSync}, {@code notes.NoteMerge}),
 * or the fact-checker took this one back and the one it replaced was set aside in its turn
 * ({@link Review#takingBack}). The note file writes it as
 * {@code {"field": "verdict", "value": "confirmed", "instead": "divergence", "chosen": "…Z"}}.
 *
 * @param verdict the verdict set aside, or null when a rating was set aside
 * @param rating  the rating set aside (null with a null verdict: "no rating" was set aside)
 * @param instead what was kept in its place: a verdict's or a rating's id, {@link #NONE} for no rating
 * @param chosen  when the one set aside had been chosen
 */
public record SetAside(Verdict verdict, Rating rating, String instead, Instant chosen) {
    /** The id of "no rating", as {@link #value} and {@link #instead} write it. */
    public static final String NONE = "none";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    public SetAside {
        Objects.requireNonNull(instead, "instead: missing");
        Objects.requireNonNull(chosen, "chosen: missing");
        if (verdict != null && rating != null) {
            throw new IllegalArgumentException("a verdict or a rating is set aside, not both");
        }
    }

    public static SetAside ofVerdict(Verdict lost, Verdict kept, Instant chosen) {
        return new SetAside(Objects.requireNonNull(lost, "value: missing"), null, kept.id(), chosen);
    }

    public static SetAside ofRating(Rating lost, Rating kept, Instant chosen) {
        return new SetAside(null, lost, kept == null ? NONE : kept.id(), chosen);
    }

    /**
     * One read from the note file's fields: {@code field} "verdict" or "rating", {@code value} and
     * {@code instead} ids of that field ({@link #NONE}: no rating), {@code chosen} an ISO-8601 instant.
     */
    public static SetAside of(String field, String value, String instead, String chosen) {
        Objects.requireNonNull(field, "field: missing");
        Objects.requireNonNull(value, "value: missing");
        Objects.requireNonNull(instead, "instead: missing");
        Objects.requireNonNull(chosen, "chosen: missing");
        Instant at;
        try {
            at = Instant.parse(chosen);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("chosen: expected an ISO-8601 instant such as 2024-10-25T08:30:00Z, got \""
                    + chosen + "\"");
        }
        return switch (field) {
            case "verdict" -> ofVerdict(Verdict.of(value), Verdict.of(instead), at);
            case "rating" -> ofRating(rating(value), rating(instead), at);
            default -> throw new IllegalArgumentException("field: expected one of verdict, rating, got \"" + field + "\"");
        };
    }

    private static Rating rating(String id) {
        return NONE.equals(id) ? null : Rating.of(id);
    }

    public boolean isVerdict() {
        return verdict != null;
    }

    /** "verdict" or "rating", as the note file names the field. */
    public String field() {
        return isVerdict() ? "verdict" : "rating";
    }

    /** The id set aside, as the note file writes it. */
    public String value() {
        return isVerdict() ? verdict.id() : rating == null ? NONE : rating.id();
    }

    /** How the one set aside reads: "needs sources", "Salah", "none". */
    public String valueLabel() {
        return isVerdict() ? verdict.label() : rating == null ? NONE : rating.label();
    }

    /** How the one kept in its place reads. */
    public String insteadLabel() {
        return isVerdict() ? Verdict.of(instead).label() : NONE.equals(instead) ? NONE : Rating.of(instead).label();
    }

    /** {@code verdict "needs sources" (14:02) set aside for "confirmed"}: what the merge says and the exports show. */
    public String describe() {
        return field() + " \"" + valueLabel() + "\" (" + HOUR.format(chosen) + ") set aside for \"" + insteadLabel() + "\"";
    }
}
