package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Problem;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the note file (the reviewer's hang-up lost the last note silently): nothing
 * typed is lost. The notes go to a copy in the state folder, the result says where and why, the
 * next opening lists the copy as waiting, merging it brings the note back, and a later save that
 * reaches the note file removes the copy.
 */
class FullDiskTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Writes under {@code full} fail as a full disk's do (the temp file is made, its bytes are not); elsewhere they work. */
    private static final class FullUnder implements SaveSteps {
        private final Path full;
        private final java.util.Set<FileChannel> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        volatile boolean room;

        FullUnder(Path full) {
            this.full = full.toAbsolutePath();
        }

        @Override
        public FileChannel create(Path tmp) throws IOException {
            FileChannel ch = SaveSteps.REAL.create(tmp);
            if (!room && tmp.toAbsolutePath().startsWith(full)) {
                blocked.add(ch);
            }
            return ch;
        }

        @Override
        public int write(FileChannel channel, ByteBuffer buf) throws IOException {
            if (blocked.contains(channel)) {
                throw new IOException("No space left on device");
            }
            return channel.write(buf);
        }
    }

    private static ReviewSession noted(String note) {
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        var f = s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow();
        return s.withVerdict(f, Verdict.DIVERGENCE, T0).withNote(f, note, T0.plusSeconds(1));
    }

    private Path story;
    private Path file;
    private Path state;
    private FullUnder disk;
    private NoteStore store;

    @BeforeEach
    void fullDiskUnderTheStory() throws IOException {
        story = Files.createDirectories(dir.resolve("story"));
        file = story.resolve("tilik-notes.json");
        state = dir.resolve("state/tilik/unsaved");
        disk = new FullUnder(story);
        store = NoteStore.open(file, disk, CLOCK, MarkdownExport::render, state);
    }

    @Test
    void aFullDiskKeepsTheNotesInTheStateFolderSaysWhereAndTheNextOpeningFindsThem() throws Exception {
        disk.room = true;
        assertThat(store.save(noted("first")).status()).isEqualTo(SaveResult.Status.SAVED);
        byte[] before = Files.readAllBytes(file);
        disk.room = false;

        SaveResult failed = store.save(noted("the last words typed"));
        assertThat(failed.status()).isEqualTo(SaveResult.Status.FAILED);
        assertThat(failed.failure()).isEqualTo("No space left on device");
        Path copy = failed.rescued();
        assertThat(copy).isNotNull().startsWith(state);
        assertThat(copy.getFileName().toString()).startsWith("tilik-notes-").contains(".unsaved-").endsWith(".json");
        assertThat(new String(Files.readAllBytes(copy), StandardCharsets.UTF_8)).contains("the last words typed");
        assertThat(failed.problems()).first().extracting(Problem::where).isEqualTo(file.toString());
        assertThat(failed.problems()).first().extracting(Problem::message).asString()
                .contains("No space left on device", "unchanged", copy.toString(), "tilik notes merge");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.rescued()).isEqualTo(copy);

        // The hang-up save fails the same way: it updates the same copy, no second file.
        SaveResult last = store.saveLast(noted("the last words typed, and more"));
        assertThat(last.rescued()).isEqualTo(copy);
        assertThat(new String(Files.readAllBytes(copy), StandardCharsets.UTF_8)).contains("the last words typed, and more");
        try (var files = Files.list(state)) {
            assertThat(files).containsExactly(copy);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        // The next opening lists the copy as waiting; merging it brings the note back.
        NoteStore again = NoteStore.open(file, state);
        assertThat(again.waiting()).containsExactly(copy);
        NoteMerge.merge(copy, file);
        ReviewSession restored = NoteStore.open(file, state).restore(ReviewFixtures.analysis());
        assertThat(restored.review(DENY_VS_CONDITIONAL).orElseThrow().note()).contains("the last words typed, and more");
        assertThat(NoteStore.open(file, state).waiting()).isEmpty();
    }

    @Test
    void aSaveThatReachesTheNoteFileAgainRemovesTheCopy() throws Exception {
        Path copy = store.save(noted("while full")).rescued();
        assertThat(copy).exists();

        disk.room = true;
        assertThat(store.save(noted("while full, then room")).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(copy).doesNotExist();
        assertThat(store.rescued()).isNull();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("while full, then room");
    }

    @Test
    void withNoRoomForTheCopyEitherTheUserIsToldSo() {
        FullUnder everywhere = new FullUnder(dir); // the state folder is on the same full disk
        SaveResult failed = NoteStore.open(file, everywhere, CLOCK, MarkdownExport::render, state).save(noted("nowhere"));
        assertThat(failed.status()).isEqualTo(SaveResult.Status.FAILED);
        assertThat(failed.rescued()).isNull();
        assertThat(failed.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .startsWith("no copy of the notes could be written either: ").contains("No space left on device"));
    }
}
