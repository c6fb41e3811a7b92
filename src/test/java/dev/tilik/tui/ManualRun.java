package dev.tilik.tui;

import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.ReviewSession;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;

/**
 * For trying the reader by hand in a real terminal (tmux) before the cli wires it:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.tilik.tui.ManualRun [DIR] [NOTES]}.
 * Runs the real pipeline and note store, or the hand-made fixture with {@code --fixture}.
 */
public final class ManualRun {
    private ManualRun() {
    }

    public static void main(String[] args) {
        boolean fixture = args.length > 0 && args[0].equals("--fixture");
        Path dir = Path.of(args.length > 0 && !fixture ? args[0] : "articles");
        Path notes = Path.of(args.length > 1 ? args[1] : "/tmp/tilik-manual-notes.json");
        NoteStore store = NoteStore.open(notes);
        Backend backend = new Backend() {
            @Override
            public ReviewSession load(Progress progress) throws Exception {
                if (fixture) {
                    return Fixture.session();
                }
                return store.restore(new Analyzer().analyze(dir, RulesLoader.loadDefault(null), progress));
            }

            @Override
            public void save(ReviewSession session) throws Exception {
                SaveResult r = store.save(session);
                if (!r.ok()) {
                    throw new java.io.IOException(r.problems().isEmpty() ? "save failed" : r.problems().get(0).toString());
                }
            }
        };
        System.exit(TuiRunner.run(backend, TuiOptions.fromEnvironment()));
    }
}
