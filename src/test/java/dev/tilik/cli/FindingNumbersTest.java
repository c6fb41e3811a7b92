package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.FindingOrderTest;
import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewSession;
import dev.tilik.shell.Shell;
import dev.tilik.shell.ShellState;
import dev.tilik.tui.AppState;
import dev.tilik.tui.Findings;
import dev.tilik.tui.KeyTable;
import dev.tilik.tui.Msg;
import dev.tilik.tui.Update;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Finding 3" is one finding in the reader, the shell and {@code check -f md}: the reader's 3 used
 * to be "numbers disagree" and the shell's 3 "weapons" on the sample folder.
 */
class FindingNumbersTest {
    @TempDir
    Path dir;

    private static final List<String> ORDER = List.of("t-high", "t-low", "w-high", "none-medium");

    @Test
    void theReaderTheShellAndCheckNumberTheFindingsAlike() throws Exception {
        Analysis analysis = FindingOrderTest.threeTopics();

        AppState reader = Update.update(AppState.initial(100, 30, KeyTable.defaults()),
                new Msg.Loaded(ReviewSession.fresh(analysis))).state();
        assertThat(Findings.visible(reader)).extracting(Finding::id).isEqualTo(ORDER);

        NoteStore store = NoteStore.open(dir.resolve("n.json"));
        ShellState state = new ShellState(store.restore(analysis), store, Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal t = new DumbTerminal("t", "dumb", new ByteArrayInputStream("list\n".getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            Shell.run(state, t, null, false);
        }
        String list = out.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < ORDER.size(); i++) {
            assertThat(list).contains((i + 1) + ". [").containsPattern((i + 1) + "\\. \\[[a-z]+\\] [^\\n]*: " + ORDER.get(i));
        }

        CliRun md = CliRun.run((folder, rules, progress) -> analysis, "check", dir.toString(), "--format", "md");
        String report = md.out();
        assertThat(ORDER.stream().map(report::indexOf).toList()).allMatch(i -> i >= 0).isSorted();
    }
}
