package dev.tilik.notes;

import dev.tilik.ingest.Problem;
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
     */
    record Opened(Path target, NoteFile file, DiskState state, byte[] bytes, List<Problem> problems) {
        Opened {
            problems = List.copyOf(problems);
        }
    }

    private NoteOpener() {
    }

    static Opened open(Path requested) {
        List<Problem> problems = new ArrayList<>();
        try {
            Opened main = read(requested, problems);
            announceRecovered(requested, problems);
            announceConflicts(requested, problems);
            return new Opened(main.target(), main.file(), main.state(), main.bytes(), problems);
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
                return new Opened(found.target(), found.file(), found.state(), found.bytes(), problems);
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
            NoteFile content = NoteFileReader.read(bytes, display);
            return new Opened(file, content, new DiskState(bytes.length, modified, DiskState.sha256Hex(bytes)), bytes,
                    problems);
        } catch (IOException e) {
            throw new JsonFileException(display, 0, 0, "cannot read: " + e.getMessage());
        }
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
        String where = e.line() > 0 ? e.file() + ":" + e.line() + ":" + e.column() : e.file();
        return new Problem(Problem.Level.ERROR, where, "note file unreadable: " + e.problem() + "; " + what);
    }
}
