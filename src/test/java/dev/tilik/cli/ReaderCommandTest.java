package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.tui.Backend;
import dev.tilik.tui.TuiOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default command: checks before the screen, then the reader over a note-backed backend. */
class ReaderCommandTest {
    @TempDir
    Path dir;
    final List<Backend> opened = new ArrayList<>();

    CliRun run(boolean terminal, Map<String, String> env, String... args) {
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), env, () -> terminal,
                (backend, options) -> {
                    opened.add(backend);
                    return 0;
                });
        return CliRun.run(ctx, args);
    }

    @Test
    void withoutATerminalItRefusesInOneLineInsteadOfHanging() {
        CliRun run = run(false, Map.of("TERM", "xterm"), dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("tilik: the reader needs a terminal; try `tilik check` or `tilik shell`\n");
        assertThat(opened).isEmpty();
    }

    @Test
    void aMissingFolderIsReportedBeforeAnyScreen() {
        CliRun run = run(true, Map.of("TERM", "xterm"), dir.resolve("nope").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: articles folder not found: ");
        assertThat(opened).isEmpty();
    }

    /** {@code tilik README.md} said "articles folder not found" of a path that is there. */
    @Test
    void aFileNamedForTheFolderIsSaidToBeAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("README.md"), "# not a folder\n");
        CliRun run = run(true, Map.of("TERM", "xterm"), file.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: " + file + " is a file, not a folder: tilik reads a folder of articles")
                .doesNotContain("not found");
        assertThat(opened).isEmpty();
    }

    /**
     * A reviewer's walk (round forty-seven): Ctrl-C with a note half typed kept it as a draft, but the line printed on
     * quitting said only where the notes are, so the user took the note for lost.
     */
    @Test
    void quittingWithADraftSaysItIsKept() throws Exception {
        Path notes = dir.resolve("d.json");
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (backend, options) -> {
                    try {
                        ReviewSession session = backend.load(Progress.NONE);
                        backend.saveLast(session.withDraft(session.findings().get(0), "ask the second source", Instant.now()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return 0;
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Notes are in " + notes.toAbsolutePath().normalize() + ". A note typed and never"
                + " saved is kept there as a draft: reopen and press e on its finding to take or drop it.\n");
    }

    /** Quitting the reader printed nothing about where the notes are; the shell always said it. */
    @Test
    void quittingTheReaderSaysWhereTheNotesAre() throws Exception {
        Path notes = dir.resolve("n.json");
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (backend, options) -> {
                    try {
                        ReviewSession session = backend.load(Progress.NONE);
                        backend.save(session.withVerdict(session.findings().get(0), Verdict.CONFIRMED, Instant.now()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return 0;
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Notes are in " + notes.toAbsolutePath().normalize() + ".\n");

        CliRun nothing = run(true, Map.of("TERM", "xterm"), dir.toString(), "--notes", dir.resolve("none.json").toString());
        assertThat(nothing.out()).as("nothing loaded, nothing written: nothing to say").isEmpty();
    }

    @Test
    void theBackendSavesToTheNoteFileAndRestoresFromIt() throws Exception {
        Path notes = dir.resolve("n.json");
        CliRun run = run(true, Map.of("TERM", "xterm"), dir.toString(), "--notes", notes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);

        ReviewSession session = opened.get(0).load(Progress.NONE);
        Finding f = session.findings().get(0);
        opened.get(0).save(session.withVerdict(f, Verdict.CONFIRMED, Instant.now()).withNote(f, "dua versi", Instant.now()));
        assertThat(Files.exists(notes)).isTrue();

        run(true, Map.of("TERM", "xterm"), dir.toString(), "--notes", notes.toString());
        ReviewSession reopened = opened.get(1).load(Progress.NONE);
        assertThat(reopened.verdict(f.id())).isEqualTo(Verdict.CONFIRMED);
        assertThat(reopened.note(f.id())).isEqualTo("dua versi");
    }

    @Test
    void noColorReachesTheReaderOptions() {
        List<TuiOptions> seen = new ArrayList<>();
        CliContext ctx = new CliContext(CheckCommandTest.returning(), Map.of("TERM", "xterm", "NO_COLOR", "1"),
                () -> true, (backend, options) -> {
                    seen.add(options);
                    return 0;
                });

        CliRun.run(ctx, dir.toString());

        assertThat(seen).singleElement().satisfies(o -> assertThat(o.color()).isFalse());
    }
}
