package dev.tilik.cli;

import dev.tilik.notes.LeftOut;
import dev.tilik.notes.NotePaths;
import dev.tilik.notes.NoteStore;
import java.nio.file.Path;
import java.util.List;

/**
 * What to tell the user about notes that are not in the note file they asked for: notes saved to a
 * recovery sibling (the note file was unreadable) or a conflict copy (it was changed elsewhere),
 * and side files found waiting, not loaded. Said on the reader's status line when it opens (short,
 * for 80 columns) and in one line on the terminal when Tilik ends, with the command that merges them.
 */
final class SideNotes {
    static final String MERGE = "tilik notes merge";

    private SideNotes() {
    }

    /**
     * The status line on opening, or null: {@code notes waiting in …conflict-20261202T135301Z.json,
     * not loaded: tilik notes merge} (fits 80 columns).
     */
    static String opening(Path requested, NoteStore store) {
        return opening(requested, store, true);
    }

    /**
     * As {@link #opening(Path, NoteStore)}; {@code reader}: for the reader's status line, whose Esc lists what opening
     * found; otherwise for the shell's first lines, which print it below (the shell has no Esc).
     */
    /**
     * True when {@link #opening} speaks for the note file's own problems ({@link NoteStore#problems}): it was
     * unreadable and kept, or values of it were left out; the reader's count of load problems then leaves them out.
     */
    static boolean saysProblems(Path requested, NoteStore store) {
        return !store.file().equals(requested) || store.asRead() != null;
    }

    static String opening(Path requested, NoteStore store, boolean reader) {
        Path now = store.file();
        if (!now.equals(requested)) { // only an unreadable (or newer-version) note file sends notes elsewhere on opening
            return "note file unreadable, kept: notes go to " + NotePaths.shortName(requested, now);
        }
        if (store.asRead() != null) { // a value not readable or appearing twice left out: the reviews show, the copy kept
            LeftOut left = store.leftOut();
            return "note file: " + left.said() + " left out ("
                    + listed(reader, left.count() >= 2 ? "them" : "it") + "); as it was: "
                    + NotePaths.shortName(requested, store.asRead());
        }
        List<Path> waiting = store.waiting();
        if (waiting.isEmpty()) {
            return null;
        }
        if (waiting.size() == 1 && !beside(requested, waiting.get(0))) {
            // A copy made when the note file could not be written (a read-only folder): its reviews do not show here, so
            // say how many wait and that they are not lost; the name whole, on its own (a long path was cut at 80 columns).
            Path copy = waiting.get(0);
            int n = reviews(copy);
            return (n < 0 ? "your reviews" : dev.tilik.text.Counted.of(n, "review")) + " not saved last time "
                    + (n == 1 ? "is" : "are") + " kept, not shown: in "
                    + copy.getFileName() + " (" + shown(copy.getParent()) + "): " + MERGE;
        }
        String where = waiting.size() == 1 ? NotePaths.shortName(requested, waiting.get(0))
                : waiting.size() + " side files (" + listed(reader, "them") + ")";
        return "notes waiting in " + where + ", not loaded: " + MERGE;
    }

    /**
     * The line for the terminal after the reader or the shell ends, or null when every note is in
     * {@code requested}: where this session's notes went, and what still waits, with the command
     * that merges each.
     */
    static String farewell(Path requested, NoteStore store) {
        StringBuilder line = new StringBuilder();
        Path now = store.file();
        Path rescued = store.rescued();
        if (rescued != null) {
            line.append("your last notes could not be saved to ").append(now).append("; they are in ").append(rescued)
                    .append("; merge them once it can be written: ").append(command(requested, rescued));
        }
        if (!now.equals(requested)) {
            line.append(line.length() == 0 ? "" : "; ").append("your notes were saved to ").append(now).append(", not ").append(requested);
            if (NotePaths.recoveries(requested).contains(now)) {
                // a recovery sibling: the note file could not be read, and a merge cannot read it either until mended
                line.append(" (which could not be read and is kept as it was); mend ").append(requested.getFileName())
                        .append(" or move it aside, then merge them: ");
            } else {
                line.append("; merge them: ");
            }
            line.append(command(requested, now));
        }
        List<Path> waiting = store.waiting().stream().filter(p -> !p.equals(now) && !p.equals(rescued)).toList();
        if (!waiting.isEmpty()) {
            line.append(line.length() == 0 ? "" : "; ").append("notes still waiting, not loaded, in ")
                    .append(waiting.size() == 1 ? waiting.get(0) + "; merge them: " + command(requested, waiting.get(0))
                            : String.join(", ", waiting.stream().map(Path::toString).toList())
                            + "; merge each: " + MERGE + " FILE --notes " + requested);
        }
        return line.length() == 0 ? null : "tilik: " + line;
    }

    /** How many reviews a side file holds; -1 when it cannot be read. */
    private static int reviews(Path copy) {
        try {
            return dev.tilik.notes.NoteFileReader.read(copy, copy.getFileName().toString()).findings().size();
        } catch (dev.tilik.json.JsonFileException | RuntimeException e) { // unreadable: said without a count; merging it says why
            return -1;
        }
    }

    /** Where the details are: the reader's Esc lists what opening found; the shell prints it below its first line. */
    private static String listed(boolean reader, String what) {
        return reader ? "Esc lists " + what : "see below";
    }

    private static boolean beside(Path requested, Path side) {
        Path a = requested.toAbsolutePath().normalize().getParent();
        return a != null && a.equals(side.toAbsolutePath().normalize().getParent());
    }

    /**
     * Where notes go when the note file cannot be written: the state folder's {@code unsaved}, as the
     * injected environment names it ({@code XDG_STATE_HOME}, else {@code HOME}); null when it names
     * neither (tests stay hermetic: nothing is written under the user's home unless asked).
     */
    static Path unsavedDir(CliContext ctx) {
        String home = ctx.env().get("HOME");
        String state = ctx.env().get("XDG_STATE_HOME");
        boolean named = state != null && !state.isBlank() && Path.of(state).isAbsolute();
        if (!named && (home == null || home.isBlank())) {
            return null;
        }
        return StateDir.of(ctx.env(), home).resolve("unsaved");
    }

    /** {@code file} for a status line: under the home folder ({@code $HOME}, {@link StateDir#home}) as {@code ~/…}. */
    static String shown(Path file) {
        String home = StateDir.home(System.getenv());
        Path abs = file.toAbsolutePath().normalize();
        if (home != null && !home.isBlank() && abs.startsWith(Path.of(home)) && !abs.equals(Path.of(home))) {
            return "~/" + Path.of(home).relativize(abs);
        }
        return abs.toString();
    }

    private static String command(Path requested, Path side) {
        return MERGE + " " + side + " --notes " + requested;
    }
}
