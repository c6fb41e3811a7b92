package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.fetch.ArticleAdder;
import dev.tilik.fetch.FetchSettings;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NotePaths;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.Owner;
import dev.tilik.notes.ReaderLock;
import dev.tilik.review.ReviewChanges;
import dev.tilik.tui.Msg;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.ReviewSession;
import dev.tilik.rules.Rules;
import dev.tilik.tui.Backend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader's backend: analysis by the injected analyzer, reviews restored from and saved to the
 * note file. What the note store has to say (a corrupt file kept, articles changed since the
 * notes were written) joins the analysis' problems so the reader shows it.
 */
final class ReaderBackend implements Backend {
    private final CliContext ctx;
    private final FolderInput input;
    private final Rules rules;
    private final Path notesFile;
    private final String notesNotice;
    private volatile NoteStore store;
    /** Keys typed ahead of the load kept on disk, and those an earlier reader left (see {@link KeysRecovery}). */
    private final KeysRecovery keys;
    /** Who else has these notes open (see {@link ReaderLock}); null until loaded. */
    private volatile ReaderLock lock;
    private volatile Path announced;
    private final FetchSettings fetchSettings;
    private volatile boolean indexed;

    ReaderBackend(CliContext ctx, FolderInput input, Rules rules, Path notesFile) {
        this(ctx, input, rules, notesFile, null);
    }

    /** {@code notesNotice}: what to say about the note file chosen for this folder, or null. */
    ReaderBackend(CliContext ctx, FolderInput input, Rules rules, Path notesFile, String notesNotice) {
        this.notesNotice = notesNotice;
        this.ctx = ctx;
        this.input = input;
        this.rules = rules;
        this.notesFile = notesFile;
        this.announced = notesFile;
        this.fetchSettings = AddCommand.settings(ctx.env());
        this.keys = new KeysRecovery(notesFile, java.time.ZoneId.systemDefault());
    }

    @Override
    public ReviewSession load(Progress progress) throws Exception {
        if (lock == null) { // before the analysis: a second reader opened while this one loads is told too
            lock = ReaderLock.take(notesFile).releasedOnExit();
        }
        Analysis analysis = input.analyze(ctx, rules, progress);
        NoteStore opened = NoteStore.open(notesFile, SideNotes.unsavedDir(ctx));
        store = opened;
        if (java.nio.file.Files.isRegularFile(notesFile)) {
            remember();
        }
        keys.open();
        return opened.restore(withStoreProblems(analysis, opened));
    }

    @Override
    public String openingNotice() {
        NoteStore s = store;
        String waiting = s == null ? null : SideNotes.opening(notesFile, s);
        List<String> said = new ArrayList<>();
        ReaderLock l = lock;
        if (l != null) {
            l.other().ifPresent(o -> said.add(otherReader(o)));
        }
        if (keys.notice() != null) {
            said.add(keys.notice());
        }
        said.add(waiting != null ? waiting : notesNotice);
        said.removeIf(java.util.Objects::isNull);
        return said.isEmpty() ? null : String.join(" \u00B7 ", said);
    }

    @Override
    public int problemsSaid() {
        NoteStore s = store;
        return s != null && SideNotes.saysProblems(notesFile, s) ? s.problems().size() : 0;
    }

    /** What the status line says of another live reader of these notes. */
    static String otherReader(Owner o) {
        return ReaderLock.warning(o);
    }

    @Override
    public void typedAhead(Msg typed) {
        keys.keep(typed);
    }

    @Override
    public Recovered recovered() {
        return keys.recovered();
    }

    @Override
    public Recovered held() {
        return keys.held();
    }

    @Override
    public void heldKeys(boolean ran) {
        keys.heldDone(ran);
    }

    @Override
    public void typedAheadSaved(ReviewChanges onHangUp) {
        keys.saved(onHangUp);
    }

    /** Lets go of the notes (the lock beside them) once the reader is gone. */
    void close() {
        ReaderLock l = lock;
        if (l != null) {
            l.release();
        }
    }

    /** Drafts in the last session the note file took ({@link #notesAt} says they are kept). */
    private volatile int drafts;

    /** The line to print once the reader is gone: where the notes went when not to the note file, or null. */
    String farewell() {
        NoteStore s = store;
        return s == null ? null : SideNotes.farewell(notesFile, s);
    }

    /**
     * The line to print once the reader is gone when the notes went where asked: where they are, as the
     * shell says it ("Notes are in …"), so a user started from anywhere knows which file holds them;
     * null when nothing was loaded or no note file was ever written.
     */
    String notesAt() {
        NoteStore s = store;
        if (s == null || !java.nio.file.Files.isRegularFile(s.file())) {
            return null;
        }
        int kept = drafts;
        return dev.tilik.notes.NotePaths.notesAt(s.file()) + (kept == 0 ? ""
                : " " + (kept == 1 ? "A note typed and never saved is" : kept + " notes typed and never saved are")
                + " kept there as " + (kept == 1 ? "a draft" : "drafts") + ": reopen and press e on "
                + (kept == 1 ? "its finding" : "each finding") + " to take or drop it.");
    }

    /** How many findings of the last saved session hold a draft note (typed, never confirmed). */
    private static int drafts(ReviewSession session) {
        int n = 0;
        for (var r : session.reviews().values()) {
            n += r.draft() == null || r.draft().isBlank() ? 0 : 1;
        }
        return n;
    }

    /** Remembers, in the state folder's index, that this folder's notes are in the note file ({@link dev.tilik.notes.NoteIndex}). */
    private void remember() {
        indexed = true;
        ReviewInput.noteIndex(ctx).remember(Path.of(""), input.folder(), notesFile);
    }

    /** The note file this reader saves to. */
    Path notesFile() {
        return notesFile;
    }

    /** The analysis with what the note store has to say (a corrupt file kept, articles changed since). */
    private static Analysis withStoreProblems(Analysis analysis, NoteStore store) {
        List<Problem> problems = new ArrayList<>(analysis.problems());
        problems.addAll(store.problems());
        problems.addAll(store.otherFolder(analysis));
        problems.addAll(store.changedArticles(analysis));
        return analysis.withProblems(problems);
    }

    /** Fetches the article into the folder ({@code tilik add}'s way), then analyses the folder again. */
    @Override
    public Added add(String url, Progress progress) throws Exception {
        NoteStore s = store;
        if (s == null) {
            throw new IllegalStateException("add before load");
        }
        progress.step("fetching " + url, 0, 0);
        ArticleAdder.Result r = new ArticleAdder(fetchSettings).add(List.of(url), input.folder(), rules,
                ArticleAdder.Listener.NONE).get(0);
        if (r.outcome() == ArticleAdder.Outcome.FAILED) {
            throw new IOException(r.message());
        }
        if (r.outcome() == ArticleAdder.Outcome.ALREADY_THERE) {
            return new Added(null, "already in the folder: " + r.fileName());
        }
        Analysis analysis = input.analyze(ctx, rules, progress);
        return new Added(withStoreProblems(analysis, s), "added " + r.fileName());
    }

    @Override
    public void save(ReviewSession session) throws Exception {
        saveAndReport(session);
    }

    @Override
    public boolean saveLast(ReviewSession session) {
        NoteStore s = store;
        boolean saved = s != null && s.saveLast(session).ok();
        if (saved) {
            drafts = drafts(session);
        }
        return saved && s.file().equals(notesFile);
    }

    /**
     * Saves; says so when the notes went somewhere other than the file last announced (a conflict
     * copy, a recovery file beside a corrupt one) or the save has warnings; throws when nothing was saved.
     */
    @Override
    public String saveAndReport(ReviewSession session) throws Exception {
        return saveMerging(session).notice();
    }

    @Override
    public boolean notesChangedElsewhere() {
        NoteStore s = store;
        return s != null && s.changedOnDisk();
    }

    @Override
    public Saved saveMerging(ReviewSession session) throws Exception {
        NoteStore s = store;
        if (s == null) {
            throw new IllegalStateException("save before load");
        }
        SaveResult result = s.save(session);
        if (result.ok()) {
            drafts = drafts(session);
        }
        if (!result.ok()) {
            // Where and why: the reader's status line says that the notes were not saved.
            String why = result.failure() != null ? result.failure()
                    : result.problems().isEmpty() ? "nothing written" : result.problems().get(0).message();
            String copy = result.rescued() != null ? "; a copy is in " + SideNotes.shown(result.rescued())
                    : result.problems().stream().skip(1).filter(p -> p.level() == Problem.Level.ERROR)
                            .map(p -> "; " + p.message()).findFirst().orElse("");
            String message = result.file().getFileName() + ": " + why + copy;
            throw result.rescued() != null ? new dev.tilik.tui.Backend.SavedElsewhere(message) : new IOException(message);
        }
        if (result.status() == SaveResult.Status.SAVED && !indexed) {
            remember();
        }
        List<String> said = new ArrayList<>();
        ReaderLock l = lock;
        // said once per other reader; the opening said it too
        (l == null ? Optional.<Owner>empty() : l.otherToTell()).ifPresent(o -> said.add(otherReader(o)));
        String merged = result.mergeSaid();
        if (merged != null) {
            said.add(merged);
        }
        if (result.status() == SaveResult.Status.CONFLICT_COPY) {
            // One status line: short enough to be read whole, the copy's name at its end.
            said.add("note file changed elsewhere: notes go to " + NotePaths.shortName(notesFile, result.file()));
            announced = result.file();
        } else {
            result.problems().stream().map(Problem::toString).forEach(said::add);
        }
        if (result.status() != SaveResult.Status.UNCHANGED && !result.file().equals(announced)) {
            if (said.isEmpty()) {
                said.add("notes saved to " + result.file() + " (not " + notesFile + ")");
            }
            announced = result.file();
        }
        return new Saved(said.isEmpty() ? null : String.join("; ", said),
                result.merged() == null ? null : result.merged().reviews());
    }
}
