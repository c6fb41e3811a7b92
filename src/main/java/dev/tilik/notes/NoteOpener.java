package dev.tilik.notes;

import dev.tilik.ingest.Problem;
import dev.tilik.json.JsonErrors;
import dev.tilik.json.JsonFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which file a session's notes live in, and reads it. The note file asked for, when it is
 * readable or absent; otherwise it is kept untouched and the first readable-or-absent recovery
 * sibling ({@code <name>.recovered.json}, {@code .recovered-2.json}, …) takes its place.
 */
final class NoteOpener {

    /**
     * What opening found.
     *
     * @param target   where the notes live from now on
     * @param file     its content (empty for a new file)
     * @param state    the file's state on disk when read, or null when it does not exist
     * @param bytes    the bytes read, or null when it does not exist
     * @param problems what the user must be told
     * @param asRead   the copy of the file as it was, kept because a value of it could not be read and is left out
     *                 of what the first save writes ({@link NotePaths#asRead}); null when it read whole
     * @param leftOut  what values of the file were left out, by kind ({@link LeftOut#NONE} when it read whole)
     */
    record Opened(Path target, NoteFile file, DiskState state, byte[] bytes, List<Problem> problems, Path asRead,
                  LeftOut leftOut) {
        Opened {
            problems = List.copyOf(problems);
        }

        Opened(Path target, NoteFile file, DiskState state, byte[] bytes, List<Problem> problems) {
            this(target, file, state, bytes, problems, null, LeftOut.NONE);
        }
    }

    /** How many values left out are each said on their own; the rest are counted in one line. */
    static final int SAID = 5;

    private NoteOpener() {
    }

    static Opened open(Path requested) {
        List<Problem> problems = new ArrayList<>();
        try {
            Opened main = read(requested, problems);
            announceRecovered(requested, problems);
            announceConflicts(requested, problems);
            return new Opened(main.target(), main.file(), main.state(), main.bytes(), problems, main.asRead(),
                    main.leftOut());
        } catch (JsonFileException e) {
            problems.add(unreadable(e, "it is kept as is"));
        }
        for (int n = 1; ; n++) {
            Path candidate = NotePaths.recovered(requested, n);
            try {
                Opened found = read(candidate, problems);
                problems.add(new Problem(Problem.Level.WARNING, candidate.toString(), found.state() != null
                        ? "continuing the notes saved here while " + requested + " was unreadable"
                        : "new notes go here while " + requested + " is unreadable"));
                return new Opened(found.target(), found.file(), found.state(), found.bytes(), problems, found.asRead(),
                        found.leftOut());
            } catch (JsonFileException e) {
                problems.add(unreadable(e, "kept as is too"));
            }
        }
    }

    /** Reads {@code file}; an absent file (or a dangling link, whose target the first save creates) is a new one. */
    private static Opened read(Path file, List<Problem> problems) throws JsonFileException {
        if (!Files.exists(file)) {
            return new Opened(file, NoteFile.empty(), null, null, problems);
        }
        String display = file.toString();
        try {
            Path real = AtomicWriter.resolve(file);
            FileTime modified = Files.getLastModifiedTime(real);
            byte[] bytes = NoteFileReader.readBytes(real, display);
            NoteFileReader.Salvaged read = NoteFileReader.salvage(bytes, display);
            DiskState state = new DiskState(bytes.length, modified, DiskState.sha256Hex(bytes));
            Path asRead = read.dropped().isEmpty() ? null : keepAsRead(file, bytes, state, read, problems);
            return new Opened(file, read.file(), state, bytes, problems, asRead, read.leftOut());
        } catch (IOException e) {
            throw JsonErrors.unreadable(display, e);
        }
    }

    /**
     * A note file some values of which could not be read is read without them, and its reviews are shown; the
     * first save would write it without them, so the file as it was is copied beside it first
     * ({@code tilik-notes.as-read-<hash>.json}, once per content) and each value left out is said where it is.
     * When the copy cannot be written, the file is treated as unreadable: kept as is, its notes not written over.
     */
    private static Path keepAsRead(Path file, byte[] bytes, DiskState state, NoteFileReader.Salvaged read,
                                   List<Problem> problems) throws JsonFileException {
        List<JsonFileException> dropped = read.dropped();
        Path copy = NotePaths.asRead(file, state.sha256());
        try {
            if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                new AtomicWriter(SaveSteps.REAL).write(copy, bytes);
            }
        } catch (AtomicWriter.NotSyncedException e) {
            // the copy is in place; only the folder's fsync failed
        } catch (IOException e) {
            JsonFileException first = dropped.get(0);
            throw new JsonFileException(first.file(), first.line(), first.column(), first.problem()
                    + " (and a copy of the file as it was could not be written: " + NoteStore.describe(e) + ")");
        }
        for (JsonFileException e : dropped.subList(0, Math.min(SAID, dropped.size()))) {
            problems.add(new Problem(Problem.Level.WARNING, where(e), "note file: " + e.problem()
                    + "; left out, the rest of the notes read; the file as it was is kept in " + copy));
        }
        if (dropped.size() > SAID) {
            problems.add(new Problem(Problem.Level.WARNING, file.toString(), (dropped.size() - SAID)
                    + " more values of the note file are left out (" + read.leftOut().what()
                    + "); the file as it was is kept in " + copy));
        }
        return copy;
    }

    private static void announceRecovered(Path requested, List<Problem> problems) {
        Path sibling = NotePaths.recovered(requested, 1);
        if (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Problem(Problem.Level.INFO, sibling.toString(),
                    "holds notes saved while " + requested + " was unreadable; it is not loaded (merge it: tilik notes merge "
                            + sibling + " --notes " + requested + ")"));
        }
    }

    /** Conflict copies are never loaded; each reopening says they are there until they are merged and removed. */
    private static void announceConflicts(Path requested, List<Problem> problems) {
        for (Path copy : NotePaths.conflicts(requested)) {
            problems.add(new Problem(Problem.Level.WARNING, copy.toString(), "holds notes saved when "
                    + requested.getFileName() + " was changed by someone else; it is not loaded (merge it: tilik notes merge "
                    + copy + " --notes " + requested + ")"));
        }
    }

    private static Problem unreadable(JsonFileException e, String what) {
        return new Problem(Problem.Level.ERROR, where(e), "note file unreadable: " + e.problem() + "; " + what);
    }

    private static String where(JsonFileException e) {
        return e.line() > 0 ? e.file() + ":" + e.line() + ":" + e.column() : e.file();
    }
}
