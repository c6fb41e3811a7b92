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
 * @param setAside  verdicts and ratings set aside on this finding, oldest first: another reader chose
 *                  differently and a merge kept the later choice, or one was taken back ({@link #takingBack})
 * @param seen      when the review this one was changed on top of had last changed — what the reader saw when
 *                  recording the change —, or null when nothing was recorded there then. A merge reads a change
 *                  another reader made later than this as unseen here: a verdict replaced is set aside, never
 *                  lost unsaid ({@code notes.NoteSync})
 */
public record Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                     String note, Instant created, Instant updated, List<ComparedStatement> compared,
                     Rating rating, List<String> formerIds, String draft, List<SetAside> setAside, Instant seen) {
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
        setAside = setAside == null ? List.of() : List.copyOf(setAside);
    }

    /** A review with no stamp of what it was changed on top of. */
    public Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                  String note, Instant created, Instant updated, List<ComparedStatement> compared,
                  Rating rating, List<String> formerIds, String draft, List<SetAside> setAside) {
        this(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, formerIds, draft,
                setAside, null);
    }

    /** A review with nothing set aside. */
    public Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                  String note, Instant created, Instant updated, List<ComparedStatement> compared,
                  Rating rating, List<String> formerIds, String draft) {
        this(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, formerIds, draft,
                List.of());
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
        return withVerdict(v, now, basis());
    }

    /**
     * A new verdict set on top of what the reader saw: {@code seen}, the stamp of the review shown when the
     * choice began ({@link #basis()} of it; null: nothing recorded was shown), which may be older than this one
     * when another reader's change came in meanwhile.
     */
    public Review withVerdict(Verdict v, Instant now, Instant seen) {
        return new Review(findingId, type, title, snapshot, v, note, created, now, compared, rating, formerIds, draft,
                setAside, seen);
    }

    /** What a change of this review is made on top of: its last change, or null when nothing is recorded here. */
    public Instant basis() {
        return isKept() ? updated : null;
    }

    /** The note confirmed: it replaces the saved one, and any draft is taken or dropped with it. */
    public Review withNote(String text, Instant now) {
        return new Review(findingId, type, title, snapshot, verdict, text, created, now, compared, rating, formerIds, "",
                setAside, basis());
    }

    /** A draft beside the saved note (empty drops it); the note itself and {@code updated} are left as they are. */
    public Review withDraft(String text) {
        return new Review(findingId, type, title, snapshot, verdict, note, created, updated, compared, rating, formerIds,
                text, setAside, seen);
    }

    /** A new rating (null clears it). */
    public Review withRating(Rating r, Instant now) {
        return withRating(r, now, basis());
    }

    /** A new rating (null clears it) set on top of what the reader saw, as {@link #withVerdict(Verdict, Instant, Instant)}. */
    public Review withRating(Rating r, Instant now, Instant seen) {
        return new Review(findingId, type, title, snapshot, verdict, note, created, now, compared, r, formerIds, draft,
                setAside, seen);
    }

    /** The same review moved to the finding {@code id}, its current id kept in {@link #formerIds()}. */
    public Review movedTo(String id) {
        List<String> former = new java.util.ArrayList<>(formerIds);
        former.add(findingId);
        return new Review(id, type, title, snapshot, verdict, note, created, updated, compared, rating, former, draft,
                setAside, seen);
    }

    /**
     * The verdict or rating set aside last taken back: it is chosen again, and the one it replaces is set
     * aside in its turn (so taking back again swaps them back: nothing is lost either way). Empty when
     * nothing is set aside.
     */
    public Optional<Review> takingBack(Instant now) {
        if (setAside.isEmpty()) {
            return Optional.empty();
        }
        SetAside last = setAside.get(setAside.size() - 1);
        List<SetAside> rest = new java.util.ArrayList<>(setAside.subList(0, setAside.size() - 1));
        Verdict v = verdict;
        Rating r = rating;
        if (last.isVerdict()) {
            rest.add(SetAside.ofVerdict(verdict, last.verdict(), updated));
            v = last.verdict();
        } else {
            rest.add(SetAside.ofRating(rating, last.rating(), updated));
            r = last.rating();
        }
        return Optional.of(new Review(findingId, type, title, snapshot, v, note, created, now, compared, r, formerIds,
                draft, rest, basis()));
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

    /** Whether the note file has anything of this review to keep: something recorded, a draft, or something set aside. */
    public boolean isKept() {
        return !isBlank() || !draft.isEmpty() || !setAside.isEmpty();
    }
}
