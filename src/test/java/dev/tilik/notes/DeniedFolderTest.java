package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A read-only articles folder opened from a read-only working folder: the note file goes to the working folder, and the
 * save said "permission denied: /srv/work", never that the notes were going there (h42u3, Left).
 */
class DeniedFolderTest {
    private static final Path WORK = Path.of("/srv/work");

    @Test
    void theWorkingFolderRefusedIsSaidToBeWhereTheNotesGo() {
        String said = DeniedFolder.said(new AccessDeniedException("/srv/work"), Path.of("/srv/work/tilik-notes.json"), WORK);
        assertThat(said).isEqualTo(", the working folder the notes go to (start Tilik from a folder you can write, or"
                + " give --notes FILE)");
        String temp = tempIn(Path.of("/srv/work/tilik-notes.json"));
        assertThat(DeniedFolder.said(new AccessDeniedException(temp), Path.of("/srv/work/tilik-notes.json"), WORK))
                .isEqualTo(said);
    }

    @Test
    void anotherFolderIsSaidToBeTheNotesFolder() {
        assertThat(DeniedFolder.said(new AccessDeniedException("/srv/notes"), Path.of("/srv/notes/n.json"), WORK))
                .isEqualTo(", the folder the notes go to (give --notes a FILE in a folder you can write)");
    }

    @Test
    void otherFailuresAddNothing() {
        Path target = Path.of("/srv/work/tilik-notes.json");
        assertThat(DeniedFolder.said(new AccessDeniedException("/srv/elsewhere"), target, WORK)).isEmpty();
        assertThat(DeniedFolder.said(new IOException("No space left on device"), target, WORK)).isEmpty();
        assertThat(DeniedFolder.said(new AccessDeniedException(null), target, WORK)).isEmpty();
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void theSaveSaysItWhenTheFolderRefuses() throws IOException {
        Path story = Files.createDirectories(dir.resolve("story"));
        SaveSteps readOnlyFolder = new SaveSteps() {
            @Override
            public FileChannel create(Path tmp) throws IOException {
                throw new AccessDeniedException(tmp.toString()); // as the OS says it of a folder it may not write
            }
        };
        Instant t0 = Instant.parse("2024-10-25T08:30:00Z");
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        var f = s.analysis().finding(ReviewFixtures.DENY_VS_CONDITIONAL).orElseThrow();
        SaveResult failed = NoteStore.open(story.resolve("tilik-notes.json"), readOnlyFolder,
                Clock.fixed(t0, ZoneOffset.UTC), MarkdownExport::render, dir.resolve("state"))
                .save(s.withVerdict(f, Verdict.DIVERGENCE, t0));

        assertThat(failed.status()).isEqualTo(SaveResult.Status.FAILED);
        assertThat(failed.failure()).isEqualTo("permission denied: " + story.toAbsolutePath()
                + ", the folder the notes go to (give --notes a FILE in a folder you can write)");
    }

    private static String tempIn(Path target) {
        Path t = SaveTemps.claim(target);
        SaveTemps.done(t);
        return t.toString();
    }
}
