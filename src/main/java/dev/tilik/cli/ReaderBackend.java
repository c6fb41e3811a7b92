package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.ReviewSession;
import dev.tilik.rules.Rules;
import dev.tilik.tui.Backend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    private volatile NoteStore store;
    private volatile Path announced;

    ReaderBackend(CliContext ctx, FolderInput input, Rules rules, Path notesFile) {
        this.ctx = ctx;
        this.input = input;
        this.rules = rules;
        this.notesFile = notesFile;
        this.announced = notesFile;
    }

    @Override
    public ReviewSession load(Progress progress) throws Exception {
        Analysis analysis = input.analyze(ctx, rules, progress);
        NoteStore opened = NoteStore.open(notesFile);
        store = opened;
        List<Problem> problems = new ArrayList<>(analysis.problems());
        problems.addAll(opened.problems());
        problems.addAll(opened.changedArticles(analysis));
        Analysis shown = analysis.withProblems(problems);
        return opened.restore(shown);
    }

    @Override
    public void save(ReviewSession session) throws Exception {
        saveAndReport(session);
    }

    @Override
    public void saveLast(ReviewSession session) {
        NoteStore s = store;
        if (s != null) {
            s.saveLast(session);
        }
    }

    /**
     * Saves; says so when the notes went somewhere other than the file last announced (a conflict
     * copy, a recovery file beside a corrupt one) or the save has warnings; throws when nothing was saved.
     */
    @Override
    public String saveAndReport(ReviewSession session) throws Exception {
        NoteStore s = store;
        if (s == null) {
            throw new IllegalStateException("save before load");
        }
        SaveResult result = s.save(session);
        if (!result.ok()) {
            throw new IOException(result.problems().isEmpty() ? "notes not saved to " + result.file()
                    : result.problems().get(0).message());
        }
        List<String> said = new ArrayList<>();
        if (result.status() == SaveResult.Status.CONFLICT_COPY) {
            // One status line: short enough to be read whole, the copy's name at its end.
            said.add("note file changed elsewhere: notes go to " + result.file().getFileName());
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
        return said.isEmpty() ? null : String.join("; ", said);
    }
}
