package dev.tilik.notes;

import dev.tilik.ingest.Problem;
import dev.tilik.review.ReviewSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What is done when a save cannot go where it should (a full disk, a folder gone read-only): the
 * notes the note file could not take are written to one copy per session in the state folder's
 * {@code unsaved} folder ({@link NotePaths#unsaved}, named after the note file asked for), the same
 * copy on every failed save so a full disk leaves one file, not one per keystroke; the copy goes once
 * a later save reaches the note file. Not thread-safe: its {@link NoteStore} calls it under its lock.
 */
final class NoteRescue {
    /** The note file asked for: what the copies are named after, whichever file saves go to. */
    private final Path requested;
    /** Where the copies go (the state folder's {@code unsaved}), or null: nowhere. */
    private final Path dir;
    private final AtomicWriter writer;
    private final Clock clock;
    /** The copy this session wrote, while the note file lacks what it holds, or null. */
    private Path copy;

    NoteRescue(Path requested, Path dir, AtomicWriter writer, Clock clock) {
        this.requested = requested;
        this.dir = dir;
        this.writer = writer;
        this.clock = clock;
    }

    /** The copies an earlier session left for {@code requested} in {@code dir} (none when {@code dir} is null). */
    static List<Path> waiting(Path dir, Path requested) {
        return dir == null ? List.of() : NotePaths.unsavedIn(dir, requested);
    }

    /**
     * Writes {@code session}'s notes (over {@code base}) to this session's copy; the last problem in
     * {@code problems} (the failed save's) gains where they are and how to merge them, or an error is
     * added when no copy could be written either. Returns the copy, or null when there is none.
     */
    Path keep(ReviewSession session, NoteFile base, List<Problem> problems) {
        if (dir == null) {
            return null;
        }
        int said = problems.size() - 1;
        try {
            Files.createDirectories(dir);
            Path to = copy != null ? copy : NotePaths.unsaved(requested, dir, clock.instant());
            byte[] bytes = NoteFileWriter.bytes(NoteFileWriter.of(session, base, to));
            try {
                writer.write(to, bytes);
            } catch (AtomicWriter.NotSyncedException e) {
                // written: only the folder's flush failed
            }
            copy = to;
            if (said >= 0) {
                Problem p = problems.get(said);
                problems.set(said, new Problem(p.level(), p.where(), p.message() + "; your notes are kept in " + to
                        + " (tilik notes merge " + to + " --notes " + requested + ")"));
            }
            return to;
        } catch (IOException e) {
            problems.add(new Problem(Problem.Level.ERROR, dir.toString(),
                    "no copy of the notes could be written either: " + NoteStore.describe(e)));
            return null;
        }
    }

    /** The note file now holds everything the copy held: the copy goes (kept when it cannot be removed). */
    void drop() {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
            copy = null;
        } catch (IOException e) {
            // kept: the next opening lists it as waiting, and merging it changes nothing
        }
    }

    /** The copy holding notes the note file could not take, or null. */
    Path copy() {
        return copy;
    }
}
