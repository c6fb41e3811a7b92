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

    ReaderBackend(CliContext ctx, FolderInput input, Rules rules, Path notesFile) {
        this.ctx = ctx;
        this.input = input;
        this.rules = rules;
        this.notesFile = notesFile;
    }

    @Override
    public ReviewSession load(Progress progress) throws Exception {
        Analysis analysis = input.analyze(ctx, rules, progress);
        NoteStore opened = NoteStore.open(notesFile);
        store = opened;
        List<Problem> problems = new ArrayList<>(analysis.problems());
        problems.addAll(opened.problems());
        problems.addAll(opened.changedArticles(analysis));
        Analysis shown = new Analysis(analysis.folder(), analysis.rules(), analysis.articles(), analysis.findings(),
                problems);
        return opened.restore(shown);
    }

    @Override
    public void save(ReviewSession session) throws Exception {
        NoteStore s = store;
        if (s == null) {
            throw new IllegalStateException("save before load");
        }
        SaveResult result = s.save(session);
        if (!result.ok()) {
            throw new IOException(result.problems().isEmpty() ? "notes not saved to " + result.file()
                    : result.problems().get(0).toString());
        }
    }
}
