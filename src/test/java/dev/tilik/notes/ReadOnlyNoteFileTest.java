package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.ingest.Problem;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note file made read-only ({@code chmod a-w}, a review handed in) was replaced all the same by
 * the next verdict: the rename over it needs only the folder's permission, and root ignores modes.
 * It stays as it is now; the notes go where a full disk's go (the state folder's copy), and the
 * user is told why and what to do.
 */
class ReadOnlyNoteFileTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    @TempDir
    Path dir;

    private static ReviewSession noted(String note) {
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        var f = s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow();
        return s.withVerdict(f, Verdict.CONFIRMED, T0).withNote(f, note, T0);
    }

    @Test
    void theAtomicWriterRefusesAReadOnlyFileAndLeavesItAsItIs() throws IOException {
        Path file = dir.resolve("done.json");
        Files.writeString(file, "handed in");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> new AtomicWriter(SaveSteps.REAL).write(file, new byte[] {'x'}))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("read-only (chmod u+w");
        assertThat(file).hasContent("handed in");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    /**
     * h42ux's session: a note file owned by root in a read-only folder, opened by another user, said "read-only (chmod
     * u+w lets Tilik write it)" — a command that user may not run, and one that would not do with the folder read-only.
     */
    @Test
    void theReasonFitsWhoReadsItAndTheFolder() {
        assertThat(AtomicWriter.readOnly("rina", "rina", false)).isEqualTo(AtomicWriter.READ_ONLY);
        assertThat(AtomicWriter.readOnly("rina", "rina", true))
                .isEqualTo("read-only, in a read-only folder (chmod u+w on the file and on its folder lets Tilik write it)");
        assertThat(AtomicWriter.readOnly("root", "rina", true)).doesNotContain("chmod")
                .isEqualTo("read-only, and owned by root in a folder you cannot write: only root can let Tilik write it"
                        + " (or review a copy of the folder in one of your own)");
        assertThat(AtomicWriter.readOnly("root", "rina", false)).startsWith("read-only, and owned by root: only root");
    }

    @Test
    void aReadOnlyNoteFileKeepsItsContentAndTheNotesGoToTheCopy() throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        Path state = dir.resolve("state/tilik/unsaved");
        NoteStore store = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC), MarkdownExport::render, state);
        assertThat(store.save(noted("first")).status()).isEqualTo(SaveResult.Status.SAVED);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        SaveResult failed = store.save(noted("after it was made read-only"));
        assertThat(failed.status()).isEqualTo(SaveResult.Status.FAILED);
        assertThat(failed.failure()).isEqualTo(AtomicWriter.READ_ONLY);
        assertThat(failed.problems()).first().extracting(Problem::message).asString()
                .contains("read-only", "unchanged", "tilik notes merge");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(new String(Files.readAllBytes(failed.rescued()), StandardCharsets.UTF_8))
                .contains("after it was made read-only");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(store.save(noted("writable again")).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(file).content(StandardCharsets.UTF_8).contains("writable again");
    }
}
