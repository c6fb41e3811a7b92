package dev.tilik.notes;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Reattachment;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.Counted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The note file of one session: opened once, restored onto an analysis, saved on every change.
 * Never loses work: an unreadable (or newer-version) note file is kept untouched and new work goes
 * to {@code <name>.recovered.json} beside it; a note file someone else changed since it was loaded
 * is kept and the notes go to {@code <name>.conflict-<time>.json}; every write is atomic; a note
 * file that cannot be written at all (a full disk) leaves the notes in a copy in the state folder's
 * {@code unsaved} folder ({@link NoteRescue}), said in the result and listed as waiting on
 * the next opening, and removed once a later save of this session reaches the note file. Saving is
 * synchronous, prints nothing, and may be called from a shutdown hook.
 *
 * <p>A save renders its bytes without holding the store's lock (rendering grows with the folder)
 * and takes the lock only to write them; writes keep the order in which saves were asked for, and
 * one that finds a newer session already written writes nothing. So the hang-up save
 * ({@link #saveLast}) waits at most for a write in progress, never behind another save's rendering,
 * and no older session can overwrite it.
 */
public final class NoteStore {
    /** A temp file older than this was left by a killed save, whoever's pid its name holds. */
    private static final Duration STALE_TEMP = SaveTemps.LEFTOVER_AGE;

    private final AtomicWriter writer;
    /** The Markdown rendering beside the note file: text written into it by hand is kept aside before a write. */
    private final NotesMarkdown markdownFile;
    private final Clock clock;
    private final Function<ReviewSession, String> markdown;
    /** The order saves were asked in; the highest written so far; set once the last save began. */
    private final AtomicLong asked = new AtomicLong();
    private long written;
    private volatile boolean closed;
    private final List<Problem> openProblems;
    /** Side files holding notes this store did not load (recovery siblings, conflict copies), as found on opening. */
    private final List<Path> waiting;
    private Path target;
    private NoteFile base;
    /**
     * The reviews of the session whose save made {@link #base} (empty when it was read): a later save of
     * the same reviews changed nothing here, though the base holds them merged with another reader's.
     */
    private Map<String, dev.tilik.review.Review> baseSent = Map.of();
    private DiskState expected;
    private byte[] lastWritten;
    private byte[] lastMarkdown;
    /**
     * The last session whose notes and Markdown are both on disk as it would write them, with the
     * note file and base they were written over (guarded by this): a save of an equal session over the
     * same writes nothing and renders nothing — the save on quitting right after an autosave.
     */
    private Saved saved;

    /** A session on disk whole, with the note file and base it was written over. */
    private record Saved(ReviewSession session, NoteFile base, Path target) {
    }
    /** Why the last write that failed failed, in words (guarded by this). */
    private String failure;
    /** The copy of the note file as it was when a value of it could not be read, or null. */
    private final Path asRead;
    /** How many values of the note file opening left out because they could not be read. */
    private final LeftOut leftOut;
    /** Where notes go when the note file cannot be written (guarded by this). */
    private final NoteRescue rescue;

    private NoteStore(Path requested, NoteOpener.Opened opened, List<Path> waiting, SaveSteps steps, Clock clock,
                      Function<ReviewSession, String> markdown, Path rescueDir) {
        this.writer = new AtomicWriter(steps);
        this.markdownFile = new NotesMarkdown(writer);
        this.clock = clock;
        this.rescue = new NoteRescue(requested, rescueDir, writer, clock);
        this.markdown = markdown;
        this.openProblems = opened.problems();
        this.asRead = opened.asRead();
        this.leftOut = opened.leftOut();
        this.waiting = List.copyOf(waiting);
        this.target = opened.target();
        this.base = opened.file();
        this.expected = opened.state();
        this.lastWritten = opened.bytes();
    }

    public static NoteStore open(Path notesFile) {
        return open(notesFile, SaveSteps.REAL, Clock.systemUTC());
    }

    /**
     * Opens {@code notesFile}; notes that cannot be written to it go to a copy in {@code rescueDir}
     * (null: nowhere), and the copies found there are listed in {@link #waiting()}.
     */
    public static NoteStore open(Path notesFile, Path rescueDir) {
        return open(notesFile, SaveSteps.REAL, Clock.systemUTC(), new MarkdownExport.Sections()::render, rescueDir);
    }

    /** Opens (never throws for a bad file: see {@link #problems()}); {@code steps} is the file-system seam. */
    public static NoteStore open(Path notesFile, SaveSteps steps, Clock clock) {
        return open(notesFile, steps, clock, new MarkdownExport.Sections()::render, null);
    }

    /** As {@link #open(Path, SaveSteps, Clock)}, with the Markdown rendering as a seam (tests hold a save in it). */
    static NoteStore open(Path notesFile, SaveSteps steps, Clock clock, Function<ReviewSession, String> markdown) {
        return open(notesFile, steps, clock, markdown, null);
    }

    /** The seams and where unsaved notes go ({@code rescueDir}, null for nowhere). */
    static NoteStore open(Path notesFile, SaveSteps steps, Clock clock, Function<ReviewSession, String> markdown,
                          Path rescueDir) {
        NoteOpener.Opened opened = NoteOpener.open(Objects.requireNonNull(notesFile, "notesFile"));
        removeLeftovers(opened.target(), clock);
        List<Path> waiting = new ArrayList<>(NotePaths.sideFiles(notesFile));
        waiting.addAll(NoteRescue.waiting(rescueDir, notesFile));
        waiting.remove(opened.target());
        return new NoteStore(notesFile, opened, waiting, steps, clock, Objects.requireNonNull(markdown, "markdown"), rescueDir);
    }

    /** Removes what killed saves left beside the note file and its Markdown rendering. */
    private static void removeLeftovers(Path target, Clock clock) {
        Instant cutoff = clock.instant().minus(STALE_TEMP);
        AtomicWriter.removeStaleTemps(target, cutoff);
        AtomicWriter.removeStaleTemps(NotePaths.markdown(target), cutoff);
    }

    /** What the user must be told about opening: an unreadable note file kept, where work goes instead. */
    public List<Problem> problems() {
        return openProblems;
    }

    /**
     * The copy of the note file as it was when opening left out a value of it that could not be read (said in
     * {@link #problems()}), or null when it read whole.
     */
    public Path asRead() {
        return asRead;
    }

    /**
     * What values of the note file opening left out (said one by one in {@link #problems()}), by kind: not readable,
     * appearing twice; {@link LeftOut#NONE} when it read whole.
     */
    public LeftOut leftOut() {
        return leftOut;
    }

    /**
     * The side files found on opening that hold notes this store did not load: recovery siblings
     * (other than the one it writes to) and conflict copies. They wait to be merged.
     */
    public List<Path> waiting() {
        return waiting;
    }

    /** The file saves go to now (the one asked for, a recovery sibling, or a conflict copy). */
    public synchronized Path file() {
        return target;
    }

    /**
     * The saved reviews over {@code analysis}, attached by finding id; a review whose id no longer
     * appears moves to the finding of its type that still compares at least half of its saved
     * sentences ({@link Reattachment}: never two reviews on one finding, the old id kept); the
     * others stay in the session as orphans.
     */
    public synchronized ReviewSession restore(Analysis analysis) {
        Map<String, Review> reviews = new LinkedHashMap<>();
        for (FindingNote n : base.findings()) {
            reviews.put(n.id(), n.toReview());
        }
        return new ReviewSession(analysis, Reattachment.over(analysis.findings(), reviews));
    }

    /**
     * A warning when the note file was written for another folder: none of the articles it records
     * is in this one (a second story reviewed from the same directory). Its reviews stay, as
     * orphans here; saying so keeps two stories from mixing in one file unnoticed.
     */
    public synchronized List<Problem> otherFolder(Analysis analysis) {
        Set<String> here = new HashSet<>();
        analysis.articles().forEach(a -> here.add(a.fileName()));
        if (here.isEmpty() || base.articles().isEmpty()
                || base.articles().stream().anyMatch(a -> here.contains(a.path()))) {
            return List.of();
        }
        String was = base.folder() == null || base.folder().isBlank() ? "" : " (" + base.folder() + ")";
        return List.of(new Problem(Problem.Level.WARNING, target.toString(), "holds the notes of another folder" + was
                + ": none of its " + base.articles().size() + " articles is here; its reviews are kept as orphaned notes"
                + " and this folder's are added beside them (--notes FILE keeps each story's notes apart)"));
    }

    /**
     * Articles whose content changed since the notes were saved (their findings may have moved), and
     * articles gone from the folder that saved reviews cite: those reviews' findings are gone with
     * them, their verdicts and notes kept as orphaned notes, and the user is told why.
     */
    public synchronized List<Problem> changedArticles(Analysis analysis) {
        Map<String, String> recorded = new LinkedHashMap<>();
        base.articles().forEach(a -> recorded.put(a.path(), a.sha256()));
        List<Problem> out = new ArrayList<>();
        Set<String> here = new HashSet<>();
        analysis.articles().forEach(a -> {
            here.add(a.fileName());
            String before = recorded.get(a.fileName());
            if (before != null && !before.equals(a.document().article().sha256())) {
                out.add(new Problem(Problem.Level.INFO, a.fileName(), "changed since the notes were saved"));
            }
        });
        if (here.isEmpty()) {
            return out; // another folder's notes: otherFolder says so
        }
        Map<String, Integer> citing = new LinkedHashMap<>();
        for (FindingNote n : base.findings()) {
            n.statements().stream().map(ComparedStatement::file).filter(f -> recorded.containsKey(f) && !here.contains(f))
                    .distinct().forEach(f -> citing.merge(f, 1, Integer::sum));
        }
        citing.forEach((file, reviews) -> out.add(new Problem(Problem.Level.WARNING, file,
                "no longer in the folder, cited by " + Counted.of(reviews, "saved review")
                        + " (kept: one whose finding went with it shows as an orphaned note)")));
        return out;
    }

    /**
     * Writes the session's notes (JSON, then the Markdown rendering beside it). Synchronous,
     * idempotent (what has not changed is not rewritten), never prints; a note file that did not
     * exist is not created while nothing is reviewed (opening a folder leaves no empty file behind). Rendered outside the lock;
     * a save overtaken by a newer one, or asked for after {@link #saveLast} began, writes nothing
     * and reports {@link SaveResult.Status#UNCHANGED}.
     */
    public SaveResult save(ReviewSession session) {
        if (closed) {
            return unchanged();
        }
        return save(session, asked.incrementAndGet());
    }

    /**
     * The last save, from a shutdown hook (hang-up, SIGTERM): from now on no other save writes; this
     * one waits for no other save's rendering, only for a write already under way, and writes the
     * notes before it renders the Markdown (the part that grows with the folder).
     */
    public SaveResult saveLast(ReviewSession session) {
        closed = true;
        return save(session, asked.incrementAndGet(), true);
    }

    private SaveResult save(ReviewSession session, long order) {
        return save(session, order, false);
    }

    private SaveResult save(ReviewSession session, long order, boolean notesFirst) {
        synchronized (this) {
            if (order >= written && alreadySaved(session) && !changedOnDisk()) {
                written = order;
                return new SaveResult(SaveResult.Status.UNCHANGED, target, List.of());
            }
        }
        NoteFile from = base();
        NoteFile next = NoteFileWriter.of(session, from, file());
        byte[] json = NoteFileWriter.bytes(next);
        synchronized (this) {
            if (lastWritten == null && next.findings().isEmpty() && !changedOnDisk()) { // nothing reviewed: nothing to render
                written = Math.max(written, order); // as below: an older save still rendering writes nothing
                return new SaveResult(SaveResult.Status.UNCHANGED, target, List.of());
            }
        }
        byte[] md = notesFirst ? null : render(session);
        List<Problem> problems = new ArrayList<>();
        SaveResult.Status status;
        NoteSync.Merged[] merged = new NoteSync.Merged[1];
        synchronized (this) {
            if (order < written) {
                return unchanged();
            }
            written = order;
            if (base != from) {
                next = NoteFileWriter.of(session, base, target);
                json = NoteFileWriter.bytes(next);
            }
            if (lastWritten == null && next.findings().isEmpty() && !changedOnDisk()) {
                return new SaveResult(SaveResult.Status.UNCHANGED, target, List.of()); // nothing reviewed: no empty file left behind
            }
            if (md != null && Arrays.equals(json, lastWritten) && Arrays.equals(md, lastMarkdown) && !changedOnDisk()) {
                saved(session);
                return new SaveResult(SaveResult.Status.UNCHANGED, target, List.of());
            }
            saved = null; // until this save's notes and Markdown are both written
            removeLeftovers(target, clock);
            status = writeNotes(session, next, json, problems, merged);
            if (status == SaveResult.Status.FAILED) {
                Path copy = rescue.keep(session, base, problems);
                return new SaveResult(status, target, problems, failure, copy);
            }
            rescue.drop();
            if (md != null && merged[0] == null) {
                if (writeMarkdown(md, problems)) {
                    saved(session);
                }
                return new SaveResult(status, target, problems);
            }
        }
        // the merged notes' Markdown is rendered here too, outside the lock: the hang-up save never waits behind it
        ReviewSession shown = merged[0] == null ? session : new ReviewSession(session.analysis(), merged[0].reviews());
        return withMarkdown(shown, order, status, problems, merged[0]);
    }

    /**
     * The notes are on disk: now the Markdown beside them, rendered from {@code session} outside the lock
     * and written unless a later save ({@code order} passed) has written its own notes since.
     */
    private SaveResult withMarkdown(ReviewSession session, long order, SaveResult.Status status, List<Problem> problems,
                                    NoteSync.Merged merged) {
        byte[] md = render(session);
        synchronized (this) {
            if (order >= written && (Arrays.equals(md, lastMarkdown) || writeMarkdown(md, problems))) {
                saved(session);
            }
            return new SaveResult(status, target, problems, null, null, merged);
        }
    }

    /**
     * Whether the note file on disk is no longer the one this store last read or wrote (size or
     * modification time: no read of its bytes): another reader saved, and the next save merges.
     */
    public synchronized boolean changedOnDisk() {
        try {
            if (expected == null) {
                return Files.exists(AtomicWriter.resolve(target)); // another reader made the file since
            }
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(AtomicWriter.resolve(target),
                    java.nio.file.attribute.BasicFileAttributes.class);
            return a.size() != expected.size() || !a.lastModifiedTime().equals(expected.modified());
        } catch (IOException e) {
            return false; // gone or unreadable: the save says so
        }
    }

    /** Whether {@code session}'s notes and Markdown are on disk as a save now would write them. */
    private boolean alreadySaved(ReviewSession session) {
        Saved s = saved;
        return s != null && s.session().analysis() == session.analysis() && base == s.base() && target == s.target()
                && s.session().reviews().equals(session.reviews());
    }

    /** Remembers that {@code session} is on disk whole (notes and Markdown) over the current base and file. */
    private void saved(ReviewSession session) {
        saved = new Saved(session, base, target);
    }

    /** The copy in the state folder holding notes the note file could not take, or null. */
    public synchronized Path rescued() {
        return rescue.copy();
    }

    private byte[] render(ReviewSession session) {
        return markdown.apply(session).getBytes(StandardCharsets.UTF_8);
    }

    private synchronized NoteFile base() {
        return base;
    }

    private SaveResult unchanged() {
        return new SaveResult(SaveResult.Status.UNCHANGED, file(), List.of());
    }

    /**
     * Writes the notes unless unchanged. A note file another reader saved since this store read it is
     * merged with this session's changes ({@link NoteSync}, {@code merged[0]} then says what came from
     * it); one that cannot be read (damaged, a newer version) is kept and the notes go to a conflict copy.
     */
    private SaveResult.Status writeNotes(ReviewSession session, NoteFile next, byte[] json, List<Problem> problems,
                                         NoteSync.Merged[] merged) {
        if (Arrays.equals(json, lastWritten) && !changedOnDisk()) {
            return SaveResult.Status.UNCHANGED;
        }
        SaveResult.Status status = SaveResult.Status.SAVED;
        try {
            Path real = AtomicWriter.resolve(target);
            try (NoteFileLock held = NoteFileLock.hold(real)) {
                DiskState now = DiskState.of(real);
                boolean other = now != null && !now.equals(expected);
                NoteFile disk = other ? readOther(real) : base;
                if (disk == null) {
                    Path copy = NotePaths.conflict(target, clock.instant());
                    problems.add(new Problem(Problem.Level.WARNING, target.toString(),
                            "changed on disk since Tilik loaded it and cannot be read; kept as is, your notes are"
                                    + " saved to " + copy));
                    target = copy;
                    status = SaveResult.Status.CONFLICT_COPY;
                } else {
                    NoteSync.Merged m = NoteSync.merge(base, session, next, disk, baseSent);
                    if (!m.file().equals(next)) {
                        next = m.file();
                        json = NoteFileWriter.bytes(next);
                        merged[0] = m; // the session was behind the note file: it takes what it missed
                    }
                    if (other) {
                        merged[0] = m;
                        // the other's file holds it all (in its own order: rewriting it in ours would wake
                        // the other reader's watch, whose save would rewrite it in its order, for ever)
                        if (DiskState.sha256Hex(json).equals(now.sha256()) || NoteSync.sameNotes(next, disk)) {
                            base = next;
                            baseSent = session.reviews();
                            expected = now;
                            lastWritten = json;
                            return SaveResult.Status.UNCHANGED;
                        }
                    }
                }
                write(json, problems);
            }
        } catch (IOException e) {
            failure = describe(e) + DeniedFolder.said(e, target, Path.of(""));
            problems.add(new Problem(Problem.Level.ERROR, target.toString(),
                    "notes not saved: " + failure + "; the file on disk is unchanged"));
            return SaveResult.Status.FAILED;
        }
        base = next;
        baseSent = session.reviews();
        return status;
    }

    /** The note file another reader wrote, or null when it cannot be read (then it is kept, never merged into). */
    private NoteFile readOther(Path real) {
        try {
            return NoteFileReader.read(real, target.toString());
        } catch (dev.tilik.json.JsonFileException | RuntimeException e) {
            return null;
        }
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

    /** Writes the Markdown rendering; false when it could not be written (said in {@code problems}). */
    private boolean writeMarkdown(byte[] md, List<Problem> problems) {
        Path file = NotePaths.markdown(target);
        try {
            NotesMarkdown.Written w = markdownFile.write(file, md, clock.instant());
            lastMarkdown = md;
            if (w.kept() != null) {
                problems.add(new Problem(Problem.Level.WARNING, file.toString(), keptEdits(w)));
            }
            if (w.warning() != null) {
                problems.add(new Problem(Problem.Level.WARNING, file.toString(), w.warning()));
            }
        } catch (IOException e) {
            problems.add(new Problem(Problem.Level.WARNING, file.toString(),
                    "Markdown rendering not written: " + describe(e) + " (the notes themselves are saved)"));
            return false;
        }
        return true;
    }

    /** What the user is told when the Markdown rendering held text Tilik did not write: where it is now. */
    public static String keptEdits(NotesMarkdown.Written w) {
        return (w.stampless() ? "held text Tilik did not mark as its own (edited by hand, or written by an earlier Tilik)"
                : "held text Tilik did not write") + " and is written anew on every change; that text is kept in "
                + w.kept().getFileName();
    }

    /**
     * An I/O error in words: {@code permission denied: /notes}. A save's temp file is named by its
     * folder: its own name means nothing to the user and would crowd out the reason.
     */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + shown(f.getFile());
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + shown(f.getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : shown(f.getFile()) + ": ") + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shown(String file) {
        if (file == null) {
            return "";
        }
        Path p = Path.of(file);
        return SaveTemps.isTemp(p) && p.getParent() != null ? p.getParent().toString() : file;
    }
}
