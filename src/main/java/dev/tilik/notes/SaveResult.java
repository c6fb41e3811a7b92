package dev.tilik.notes;

import dev.tilik.ingest.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a save did, for the UI to show.
 *
 * @param status   what happened
 * @param file     the note file that now holds the notes (or would have, on failure)
 * @param problems what the user must be told (conflict copy made, save failed, Markdown not written…)
 * @param failure  why nothing was written, in words ({@code No space left on device}), for a
 *                 status line that says itself that the notes were not saved; null unless FAILED
 * @param rescued  where the notes that could not be saved were written instead (the state folder's
 *                 {@code unsaved} copy, {@link NotePaths#unsaved}), or null: none was needed or none could be written
 * @param merged   what another reader had saved to the note file since this session last read it, merged
 *                 with this session's changes ({@link NoteSync}): the reviews the session should now hold and
 *                 what was said of them; null when the note file held nothing new
 */
public record SaveResult(Status status, Path file, List<Problem> problems, String failure, Path rescued,
                         NoteSync.Merged merged) {
    public enum Status {
        /** Written to the note file. */
        SAVED,
        /** Nothing changed since the last save; nothing written. */
        UNCHANGED,
        /** The note file changed underneath; the notes went to a conflict copy instead. */
        CONFLICT_COPY,
        /** Nothing written; the file on disk is as it was. */
        FAILED
    }

    public SaveResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    public SaveResult(Status status, Path file, List<Problem> problems) {
        this(status, file, problems, null, null, null);
    }

    public SaveResult(Status status, Path file, List<Problem> problems, String failure) {
        this(status, file, problems, failure, null, null);
    }

    public SaveResult(Status status, Path file, List<Problem> problems, String failure, Path rescued) {
        this(status, file, problems, failure, rescued, null);
    }

    /**
     * What to tell the user of a merge with another reader's notes ("merged with another reader's
     * notes: 2 findings from theirs; …"), or null when there was none worth saying.
     */
    public String mergeSaid() {
        if (merged == null || merged.theirs() == 0 && merged.conflicts().isEmpty()) {
            return null;
        }
        String said = "merged another reader's notes: " + dev.tilik.text.Counted.of(merged.theirs(), "finding")
                + " from theirs";
        if (!merged.conflicts().isEmpty()) {
            said += "; " + merged.conflicts().size() + " changed on both sides: the later verdict kept, the other"
                    + " set aside beside it";
        }
        return said;
    }

    /** True when the notes are on disk. */
    public boolean ok() {
        return status != Status.FAILED;
    }
}
