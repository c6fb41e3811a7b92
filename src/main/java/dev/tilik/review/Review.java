package dev.tilik.review;

import dev.tilik.model.FindingType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fact-checker recorded on one finding, with a snapshot of what the finding compared so
 * the record stays meaningful if the finding disappears (it is then shown as orphaned).
 *
 * @param findingId the finding's stable id
 * @param type      the finding's type when reviewed
 * @param title     the finding's title when reviewed
 * @param snapshot  the compared sentences' texts, as {@code file: sentence} (derived from
 *                  {@code compared} when given empty)
 * @param verdict   the verdict
 * @param note      free text, may be empty
 * @param created   first recorded
 * @param updated   last changed
 * @param compared  the compared statements with file, speaker and party (derived from
 *                  {@code snapshot} when given empty)
 * @param rating    the claim rating for ClaimReview exports, or null when none was chosen
 * @param formerIds ids this review was recorded under before it was re-attached to a finding whose
 *                  id changed (oldest first; empty when it never moved)
 * @param draft     a note typed and never confirmed with Enter — the editor was open when the reader quit
 *                  or hung up — kept beside the saved {@code note}, which it never replaces; empty when none.
 *                  Opening the editor offers it, to take (Enter) or drop (Esc twice). A draft alone
 *                  records nothing: the finding stays unreviewed ({@link #isBlank}), but the note file keeps it
 */
public record Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                     String note, Instant created, Instant updated, List<ComparedStatement> compared,
                     Rating rating, List<String> formerIds, String draft) {
    public Review {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        compared = compared == null ? List.of() : List.copyOf(compared);
        snapshot = snapshot == null ? List.of() : List.copyOf(snapshot);
        if (snapshot.isEmpty()) {
            snapshot = compared.stream().map(ComparedStatement::line).toList();
        } else if (compared.isEmpty()) {
            compared = snapshot.stream().map(ComparedStatement::ofLine).toList();
        }
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
        draft = draft == null ? "" : draft;
    }

    /** A review with no draft beside its note. */
    public Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                  String note, Instant created, Instant updated, List<ComparedStatement> compared,
                  Rating rating, List<String> formerIds) {
        this(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, formerIds, "");
    }

    /** A review that never moved between findings. */
    public Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                  String note, Instant created, Instant updated, List<ComparedStatement> compared, Rating rating) {
        this(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, List.of());
    }

    /** The original form, without structured statements or rating. */
    public Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                  String note, Instant created, Instant updated) {
        this(findingId, type, title, snapshot, verdict, note, created, updated, List.of(), null, List.of());
    }

    public Review withVerdict(Verdict v, Instant now) {
        return new Review(findingId, type, title, snapshot, v, note, created, now, compared, rating, formerIds, draft);
    }

    /** The note confirmed: it replaces the saved one, and any draft is taken or dropped with it. */
    public Review withNote(String text, Instant now) {
        return new Review(findingId, type, title, snapshot, verdict, text, created, now, compared, rating, formerIds, "");
    }

    /** A draft beside the saved note (empty drops it); the note itself and {@code updated} are left as they are. */
    public Review withDraft(String text) {
        return new Review(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, formerIds,
                text);
    }

    /** A new rating (null clears it). */
    public Review withRating(Rating r, Instant now) {
        return new Review(findingId, type, title, snapshot, verdict, note, created, now, compared, r, formerIds, draft);
    }

    /** The same review moved to the finding {@code id}, its current id kept in {@link #formerIds()}. */
    public Review movedTo(String id) {
        List<String> former = new java.util.ArrayList<>(formerIds);
        former.add(findingId);
        return new Review(id, type, title, snapshot, verdict, note, created, updated, compared, rating, former, draft);
    }

    public Optional<Rating> ratingIfAny() {
        return Optional.ofNullable(rating);
    }

    /**
     * How the verdict reads: its label, or {@link #NO_VERDICT_YET} on a finding looked at — a note or
     * a rating recorded — whose verdict is not chosen yet (its verdict's own label, "unreviewed: not
     * looked at yet", would say it was never looked at).
     */
    public String verdictLabel() {
        return verdict == Verdict.UNREVIEWED && !isBlank() ? NO_VERDICT_YET : verdict.label();
    }

    /** What a finding with a note or a rating and no verdict shows for its verdict. */
    public static final String NO_VERDICT_YET = "no verdict yet";

    /**
     * True when nothing has been recorded (no verdict, no note, no rating). Anything recorded makes
     * the finding reviewed: the counter counts it, a reopen goes on past it, the exports say so.
     */
    public boolean isBlank() {
        return verdict == Verdict.UNREVIEWED && note.isEmpty() && rating == null;
    }

    /** Whether the note file has anything of this review to keep: something recorded, or a draft. */
    public boolean isKept() {
        return !isBlank() || !draft.isEmpty();
    }
}
