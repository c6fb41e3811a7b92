package dev.tilik.review;

import dev.tilik.findings.FindingType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a fact-checker recorded on one finding, with a snapshot of what the finding compared so
 * the record stays meaningful if the finding disappears (it is then shown as orphaned).
 *
 * @param findingId the finding's stable id
 * @param type      the finding's type when reviewed
 * @param title     the finding's title when reviewed
 * @param snapshot  the compared sentences' texts, as {@code file: sentence}
 * @param verdict   the verdict
 * @param note      free text, may be empty
 * @param created   first recorded
 * @param updated   last changed
 */
public record Review(String findingId, FindingType type, String title, List<String> snapshot, Verdict verdict,
                     String note, Instant created, Instant updated) {
    public Review {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        snapshot = snapshot == null ? List.of() : List.copyOf(snapshot);
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public Review withVerdict(Verdict v, Instant now) {
        return new Review(findingId, type, title, snapshot, v, note, created, now);
    }

    public Review withNote(String text, Instant now) {
        return new Review(findingId, type, title, snapshot, verdict, text, created, now);
    }

    /** True when nothing has been recorded (no verdict, no note). */
    public boolean isBlank() {
        return verdict == Verdict.UNREVIEWED && note.isEmpty();
    }
}
