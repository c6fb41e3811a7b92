package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.json.StrictJson;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.tui.Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day 1 {@code cd story && tilik articles}; day 2 {@code tilik story/articles} from elsewhere (here
 * the test's own directory): the reader said "reviewed 0/31", named no note file and started an
 * empty one where it ran. It continues the file its notes were saved to, says so, and its saves
 * leave that file's {@code "folder"} naming the same folder.
 */
class NotesElsewhereCliTest {
    @TempDir
    Path dir;

    private final List<Backend> opened = new ArrayList<>();

    private CliContext ctx() {
        return new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT, FindingType.NUMERIC),
                Map.of("TERM", "xterm"), () -> true, (backend, options) -> {
                    opened.add(backend);
                    return 0;
                });
    }

    private Backend reader(String... args) {
        CliRun run = CliRun.run(ctx(), args);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        return opened.remove(0);
    }

    private static ReviewSession noted(ReviewSession s, int i, String note) {
        Finding f = s.findings().get(i);
        return s.withVerdict(f, Verdict.CONFIRMED, Instant.now()).withNote(f, note, Instant.now());
    }

    private static String relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p).toString();
    }

    @Test
    void theReaderFromAnotherDirectoryFindsTheFoldersNotesSaysWhereAndKeepsTheirFolder() throws Exception {
        Path here = Path.of(dev.tilik.notes.DefaultNoteFile.NAME);
        assumeFalse(Files.exists(here), "this directory holds no note file of its own");
        Path story = Files.createDirectory(dir.resolve("story"));
        Path articles = Files.createDirectory(story.resolve("articles"));
        Path notes = story.resolve("tilik-notes.json");
        Backend day1 = reader(relative(articles), "--notes", relative(notes)); // as `cd story && tilik articles` wrote it
        day1.saveAndReport(noted(day1.load(Progress.NONE), 0, "dicek kemarin"));
        assertThat(folderIn(notes)).isEqualTo("articles");

        Backend day2 = reader(relative(articles));
        ReviewSession session = day2.load(Progress.NONE);

        assertThat(day2.openingNotice()).startsWith("notes in ").endsWith("/story/tilik-notes.json (saved there for this folder)");
        assertThat(session.reviews()).hasSize(1);
        day2.saveAndReport(noted(session, 1, "hari ini"));
        assertThat(folderIn(notes)).isEqualTo("articles");
        assertThat(here).doesNotExist();

        CliRun export = CliRun.run(ctx(), "export", relative(articles));
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.OK);
        assertThat(export.out()).contains("dicek kemarin", "hari ini");
        assertThat(export.err()).contains("/story/tilik-notes.json (saved there for this folder)");
        assertThat(here).doesNotExist();
    }

    private static String folderIn(Path notes) throws Exception {
        JsonNode root = StrictJson.mapper().readTree(Files.readString(notes, StandardCharsets.UTF_8));
        return root.get("folder").asText();
    }
}
