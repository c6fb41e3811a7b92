package dev.tilik.notes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.model.FindingType;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One review as the note file stores it. Timestamps are ISO-8601 instants in UTC
 * ({@code 2024-10-25T08:30:00Z}).
 *
 * @param id         the finding's stable id
 * @param statements snapshot of what the finding compared
 * @param rating     claim rating for ClaimReview, or null
 * @param formerIds  ids the review was saved under before its finding's id changed (left out when none)
 * @param draft      a note typed and never confirmed, kept beside {@code note} (left out when none). A file
 *                   written before drafts had their own field marked one as a note starting
 *                   {@value #OLD_DRAFT_MARK}: such a note is read as a draft, with no saved note
 * @param setAside   verdicts and ratings set aside on this finding ({@link SetAside}; left out when none). A
 *                   file written before they had their own field marked them in the note,
 *                   {@code [conflict: verdict "confirmed" (14:02) set aside for "divergence", chosen later]}:
 *                   such marks are read out of the note into this list ({@link OldConflictMarks})
 * @param seen       when the review this change was made on top of had last changed (what the reader saw), or
 *                   null (left out): nothing was recorded there, or a file from before round sixteen. Read by
 *                   {@link NoteSync}: another reader's verdict changed later than this was not seen here
 * @param extra      fields this version does not know, kept and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingNote(String id, FindingType type, String title, List<ComparedStatement> statements,
                          Verdict verdict, Rating rating, String note, String created, String updated,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> formerIds,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) String draft,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SetAside> setAside, String seen,
                          @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {
    /** How a note typed and never confirmed was marked inside the note's text before drafts had a field. */
    public static final String OLD_DRAFT_MARK = "[draft] ";

    public FindingNote {
        Objects.requireNonNull(id, "id: missing");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be empty");
        }
        Objects.requireNonNull(type, "type: missing");
        title = title == null ? "" : title;
        statements = statements == null ? List.of() : List.copyOf(statements);
        verdict = verdict == null ? Verdict.UNREVIEWED : verdict;
        note = note == null ? "" : note;
        draft = draft == null ? "" : draft;
        if (draft.isEmpty() && note.startsWith(OLD_DRAFT_MARK)) {
            draft = note.substring(OLD_DRAFT_MARK.length()).strip();
            note = "";
        }
        instant("created", Objects.requireNonNull(created, "created: missing"));
        Instant at = instant("updated", Objects.requireNonNull(updated, "updated: missing"));
        setAside = setAside == null ? List.of() : List.copyOf(setAside);
        if (note.contains(OldConflictMarks.MARK)) {
            OldConflictMarks.Read read = OldConflictMarks.read(note, at);
            note = read.note();
            setAside = OldConflictMarks.union(setAside, read.setAside());
        }
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
        if (seen != null) {
            instant("seen", seen);
        }
        extra = NoteFile.unknownFields(extra);
    }

    /** A stored review with no stamp of what it was changed on top of. */
    public FindingNote(String id, FindingType type, String title, List<ComparedStatement> statements,
                       Verdict verdict, Rating rating, String note, String created, String updated,
                       List<String> formerIds, String draft, List<SetAside> setAside, Map<String, JsonNode> extra) {
        this(id, type, title, statements, verdict, rating, note, created, updated, formerIds, draft, setAside, null,
                extra);
    }

    /** {@link #seen} as an instant, or null. */
    public Instant seenAt() {
        return seen == null ? null : instant("seen", seen);
    }

    /** A stored review with no draft. */
    public FindingNote(String id, FindingType type, String title, List<ComparedStatement> statements,
                       Verdict verdict, Rating rating, String note, String created, String updated,
                       List<String> formerIds, Map<String, JsonNode> extra) {
        this(id, type, title, statements, verdict, rating, note, created, updated, formerIds, "", extra);
    }

    /** A stored review with nothing set aside. */
    public FindingNote(String id, FindingType type, String title, List<ComparedStatement> statements,
                       Verdict verdict, Rating rating, String note, String created, String updated,
                       List<String> formerIds, String draft, Map<String, JsonNode> extra) {
        this(id, type, title, statements, verdict, rating, note, created, updated, formerIds, draft, List.of(), extra);
    }

    /** The review as stored, keeping the unknown fields an earlier entry for it had. */
    public static FindingNote of(Review r, Map<String, JsonNode> extra) {
        return new FindingNote(r.findingId(), r.type(), r.title(), r.compared(), r.verdict(), r.rating(), r.note(),
                r.created().toString(), r.updated().toString(), r.formerIds(), r.draft(), r.setAside(),
                r.seen() == null ? null : r.seen().toString(), extra);
    }

    public Review toReview() {
        return new Review(id, type, title, List.of(), verdict, note, instant("created", created),
                instant("updated", updated), statements, rating, formerIds, draft, setAside, seenAt());
    }

    private static Instant instant(String field, String value) {
        String problem = instantProblem(field, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return Instant.parse(value);
    }

    /** Why {@code value} is no instant for {@code field}, or null when it is one (or absent). */
    static String instantProblem(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            return field + ": expected an ISO-8601 instant such as 2024-10-25T08:30:00Z, got \"" + value + "\"";
        }
    }
}
