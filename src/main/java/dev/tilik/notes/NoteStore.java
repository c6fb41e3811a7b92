package dev.tilik.notes;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.json.JsonFileException;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The note file of one session: opened once, restored onto an analysis, saved on every change.
 * Never loses work: an unreadable (or newer-version) note file is kept untouched and new work goes
 * to {@code <name>.recovered.json} beside it; a note file someone else changed since it was loaded
 * is kept and the notes go to {@code <name>.conflict-<time>.json}; every write is atomic. Saving is
 * synchronous and serialised, prints nothing, and may be called from a shutdown hook.
 */
public final class NoteStore {
    private final Path requested;
    private final AtomicWriter writer;
    private final Clock clock;
    private final List<Problem> openProblems;
    private Path target;
    private NoteFile base;
    private DiskState expected;
    private byte[] lastWritten;

    private NoteStore(Path requested, SaveSteps steps, Clock clock) {
        this.requested = requested;
        this.writer = new AtomicWriter(steps);
        this.clock = clock;
        this.openProblems = new ArrayList<>();
        this.target = requested;
        this.base = NoteFile.empty();
    }

    public static NoteStore open(Path notesFile) {
        return open(notesFile, SaveSteps.REAL, Clock.systemUTC());
    }

    /** Opens (never throws for a bad file: see {@link #problems()}); {@code steps} is the file-system seam. */
    public static NoteStore open(Path notesFile, SaveSteps steps, Clock clock) {
        NoteStore store = new NoteStore(Objects.requireNonNull(notesFile, "notesFile"), steps, clock);
        store.load();
        return store;
    }

    private void load() {
        try {
            tryLoad(requested);
            announceRecovered();
            return;
        } catch (JsonFileException e) {
            openProblems.add(unreadable(e, "it is kept as is"));
        }
        for (int n = 1; ; n++) {
            Path candidate = NotePaths.recovered(requested, n);
            try {
                boolean found = tryLoad(candidate);
                openProblems.add(new Problem(Problem.Level.WARNING, candidate.toString(), found
                        ? "continuing the notes saved here while " + requested + " was unreadable"
                        : "new notes go here while " + requested + " is unreadable"));
                return;
            } catch (JsonFileException e) {
                openProblems.add(unreadable(e, "kept as is too"));
            }
        }
    }

    /** Loads {@code file} as the target; false when it does not exist (a fresh note file). */
    private boolean tryLoad(Path file) throws JsonFileException {
        target = file;
        if (!Files.exists(file)) {
            return false; // new, or a dangling link whose target the first save creates
        }
        String display = file.toString();
        try {
            Path real = AtomicWriter.resolve(file);
            FileTime modified = Files.getLastModifiedTime(real);
            byte[] bytes = NoteFileReader.readBytes(real, display);
            base = NoteFileReader.read(bytes, display);
            expected = new DiskState(bytes.length, modified, DiskState.sha256Hex(bytes));
            lastWritten = bytes;
            return true;
        } catch (IOException e) {
            throw new JsonFileException(display, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private void announceRecovered() {
        Path sibling = NotePaths.recovered(requested, 1);
        if (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS)) {
            openProblems.add(new Problem(Problem.Level.INFO, sibling.toString(),
                    "holds notes saved while " + requested + " was unreadable; it is not loaded (merge it by hand)"));
        }
    }

    private static Problem unreadable(JsonFileException e, String what) {
        String where = e.line() > 0 ? e.file() + ":" + e.line() + ":" + e.column() : e.file();
        return new Problem(Problem.Level.ERROR, where, "note file unreadable: " + e.problem() + "; " + what);
    }

    /** What the user must be told about opening: an unreadable note file kept, where work goes instead. */
    public List<Problem> problems() {
        synchronized (this) {
            return List.copyOf(openProblems);
        }
    }

    /** The file saves go to now (the one asked for, a recovery sibling, or a conflict copy). */
    public synchronized Path file() {
        return target;
    }

    /**
     * The saved reviews over {@code analysis}, attached by finding id; reviews whose finding no
     * longer appears stay in the session as orphans.
     */
    public synchronized ReviewSession restore(Analysis analysis) {
        Map<String, Review> reviews = new LinkedHashMap<>();
        for (FindingNote n : base.findings()) {
            reviews.put(n.id(), n.toReview());
        }
        return new ReviewSession(analysis, reviews);
    }

    /** Articles whose content changed since the notes were saved (their findings may have moved). */
    public synchronized List<Problem> changedArticles(Analysis analysis) {
        Map<String, String> recorded = new LinkedHashMap<>();
        base.articles().forEach(a -> recorded.put(a.path(), a.sha256()));
        List<Problem> out = new ArrayList<>();
        analysis.articles().forEach(a -> {
            String before = recorded.get(a.fileName());
            if (before != null && !before.equals(a.document().article().sha256())) {
                out.add(new Problem(Problem.Level.INFO, a.fileName(), "changed since the notes were saved"));
            }
        });
        return out;
    }

    /**
     * Writes the session's notes (JSON, then the Markdown rendering beside it). Synchronous,
     * serialised, idempotent (unchanged notes are not rewritten), never prints.
     */
    public synchronized SaveResult save(ReviewSession session) {
        NoteFile next = NoteFileWriter.of(session, base);
        byte[] bytes = NoteFileWriter.bytes(next);
        if (Arrays.equals(bytes, lastWritten)) {
            return new SaveResult(SaveResult.Status.UNCHANGED, target, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        SaveResult.Status status = SaveResult.Status.SAVED;
        try {
            DiskState now = DiskState.of(AtomicWriter.resolve(target));
            if (now != null && !now.equals(expected)) {
                Path copy = NotePaths.conflict(target, clock.instant());
                problems.add(new Problem(Problem.Level.WARNING, target.toString(),
                        "changed on disk since Tilik loaded it; kept as is, your notes are saved to " + copy));
                target = copy;
                status = SaveResult.Status.CONFLICT_COPY;
            }
            write(bytes, problems);
        } catch (IOException e) {
            problems.add(new Problem(Problem.Level.ERROR, target.toString(),
                    "notes not saved: " + e.getMessage() + "; the file on disk is unchanged"));
            return new SaveResult(SaveResult.Status.FAILED, target, problems);
        }
        base = next;
        writeMarkdown(session, problems);
        return new SaveResult(status, target, problems);
    }

    private void write(byte[] bytes, List<Problem> problems) throws IOException {
        Path real;
        try {
            real = writer.write(target, bytes);
        } catch (AtomicWriter.NotSyncedException e) {
            problems.add(new Problem(Problem.Level.WARNING, target.toString(), e.getMessage()));
            real = AtomicWriter.resolve(target);
        }
        lastWritten = bytes;
        expected = new DiskState(bytes.length, Files.getLastModifiedTime(real), DiskState.sha256Hex(bytes));
    }

    private void writeMarkdown(ReviewSession session, List<Problem> problems) {
        Path md = NotePaths.markdown(target);
        try {
            writer.write(md, MarkdownExport.render(session).getBytes(StandardCharsets.UTF_8));
        } catch (AtomicWriter.NotSyncedException e) {
            problems.add(new Problem(Problem.Level.WARNING, md.toString(), e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(Problem.Level.WARNING, md.toString(),
                    "Markdown rendering not written: " + e.getMessage() + " (the notes themselves are saved)"));
        }
    }
}
