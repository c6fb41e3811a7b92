package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.tui.Backend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader's status bar hears from a save: conflict copies, recovered files, failures. */
class ReaderBackendTest {
    @TempDir
    Path dir;

    Backend backendFor(Path notes) {
        List<Backend> opened = new ArrayList<>();
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (backend, options) -> {
                    opened.add(backend);
                    return 0;
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        return opened.get(0);
    }

    static ReviewSession noted(ReviewSession session, String note) {
        Finding f = session.findings().get(0);
        return session.withVerdict(f, Verdict.CONFIRMED, Instant.now()).withNote(f, note, Instant.now());
    }

    @Test
    void anOrdinarySaveHasNothingToSay() throws Exception {
        Backend backend = backendFor(dir.resolve("n.json"));
        ReviewSession session = backend.load(Progress.NONE);

        assertThat(backend.saveAndReport(noted(session, "satu"))).isNull();
        assertThat(Files.readString(dir.resolve("n.json"), StandardCharsets.UTF_8)).contains("satu");
    }

    @Test
    void aNoteFileChangedOnDiskSendsTheNotesToAConflictCopyAndSaysSo() throws Exception {
        Path notes = dir.resolve("n.json");
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);
        backend.saveAndReport(noted(session, "satu"));
        String theirs = Files.readString(notes, StandardCharsets.UTF_8).replace("satu", "milik orang lain");
        Files.writeString(notes, theirs, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(notes, FileTime.from(Instant.now().plusSeconds(5)));

        String notice = backend.saveAndReport(noted(session, "dua"));

        assertThat(notice).matches("note file changed elsewhere: notes go to n\\.conflict-\\d{8}T\\d{6}Z\\.json");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(theirs);
    }

    /** Issue 11 row 10: the copy was never mentioned again, and the status line lost its middle. */
    @Test
    void aConflictCopyFitsTheStatusLineAndIsNamedAgainOnReopening() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("a-rather-long-folder-name/for-the-notes"))
                .resolve("tilik-notes.json");
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);
        backend.saveAndReport(noted(session, "satu"));
        Files.writeString(notes, Files.readString(notes).replace("satu", "lain"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(notes, FileTime.from(Instant.now().plusSeconds(5)));

        String notice = backend.saveAndReport(noted(session, "dua"));
        dev.tilik.tui.AppState shown = dev.tilik.tui.AppState.initial(100, 30, dev.tilik.tui.KeyTable.defaults())
                .withSession(session).withStatus(notice);
        String copy = notice.substring(notice.lastIndexOf(' ') + 1);
        assertThat(copy).startsWith("tilik-notes.conflict-");
        assertThat(dev.tilik.tui.View.render(shown).row(29)).contains(notice);

        ReviewSession reopened = backendFor(notes).load(Progress.NONE);
        assertThat(reopened.analysis().problems()).anySatisfy(p -> assertThat(p.toString())
                .endsWith(copy + ": holds notes saved when tilik-notes.json was changed by someone else; it is not"
                        + " loaded (merge it by hand, then remove it)"));
    }

    @Test
    void aCorruptNoteFileIsKeptAndTheFirstSaveSaysWhereTheNotesWent() throws Exception {
        Path notes = dir.resolve("n.json");
        Files.writeString(notes, "{ not json", StandardCharsets.UTF_8);
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);

        String first = backend.saveAndReport(noted(session, "satu"));
        String second = backend.saveAndReport(noted(session, "dua"));

        assertThat(first).contains("n.recovered.json");
        assertThat(second).isNull();
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo("{ not json");
    }

    @Test
    void aFailedSaveThrowsWithTheReason() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        Backend backend = backendFor(folder.resolve("n.json"));
        ReviewSession session = backend.load(Progress.NONE);
        Files.delete(folder);

        assertThatThrownBy(() -> backend.saveAndReport(noted(session, "satu")))
                .isInstanceOf(IOException.class).hasMessageContaining("notes not saved");
    }
}
