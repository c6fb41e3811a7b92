package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.ingest.Problem;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AtomicWriterTest {
    @TempDir
    Path dir;

    /** A seam that fails one step, the way the real file system would. */
    enum Failing implements SaveSteps {
        CREATE {
            @Override
            public FileChannel create(Path tmp) throws IOException {
                throw new java.nio.file.AccessDeniedException(tmp.toString());
            }
        },
        WRITE {
            @Override
            public int write(FileChannel channel, ByteBuffer buf) throws IOException {
                throw new IOException("Input/output error");
            }
        },
        DISK_FULL {
            @Override
            public int write(FileChannel channel, ByteBuffer buf) throws IOException {
                if (channel.position() > 0) {
                    throw new IOException("No space left on device");
                }
                ByteBuffer half = buf.slice().limit(Math.max(1, buf.remaining() / 2));
                int n = channel.write(half);
                buf.position(buf.position() + n);
                return n;
            }
        },
        FORCE {
            @Override
            public void force(FileChannel channel) throws IOException {
                throw new IOException("fsync failed");
            }
        },
        MOVE {
            @Override
            public void move(Path from, Path to) throws IOException {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "cross-device");
            }
        }
    }

    static Stream<Failing> steps() {
        return Stream.of(Failing.values());
    }

    @ParameterizedTest
    @MethodSource("steps")
    void aFailedStepLeavesTheOriginalByteIdenticalAndNoTempFile(Failing step) throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        byte[] original = "{\"version\": 1}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);

        assertThatThrownBy(() -> new AtomicWriter(step).write(file, "new content".repeat(1000)
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void theStoreReportsAFailedSaveAndSucceedsOnceTheDiskRecovers(Failing step) throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        NoteStore.open(file).save(s.withNote(s.findings().get(0), "first", Instant.EPOCH));
        byte[] before = Files.readAllBytes(file);

        Broken broken = new Broken(step);
        NoteStore store = NoteStore.open(file, broken, Clock.systemUTC());
        ReviewSession changed = store.restore(s.analysis()).withVerdict(s.findings().get(0), Verdict.CONFIRMED,
                Instant.EPOCH);
        SaveResult failed = store.save(changed);

        assertThat(failed.status()).isEqualTo(SaveResult.Status.FAILED);
        assertThat(failed.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.ERROR);
            assertThat(p.message()).startsWith("notes not saved: ").endsWith("the file on disk is unchanged");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("tilik-notes.json", "tilik-notes.md");
        }

        broken.healed = true;
        assertThat(store.save(changed).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(NoteStore.open(file).restore(s.analysis()).verdict(s.findings().get(0).id()))
                .isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void aFolderThatCannotBeFlushedIsReportedButTheNotesAreInPlace() throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        SaveSteps noDirSync = new SaveSteps() {
            @Override
            public void syncDirectory(Path d) throws IOException {
                throw new IOException("Invalid argument");
            }
        };
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        SaveResult r = NoteStore.open(file, noDirSync, Clock.systemUTC())
                .save(s.withNote(s.findings().get(0), "kept", Instant.EPOCH));
        assertThat(r.status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(r.problems()).extracting(Problem::level).containsOnly(Problem.Level.WARNING);
        assertThat(r.problems()).extracting(Problem::message).allMatch(m -> m.contains("could not flush its folder"));
        assertThat(NoteStore.open(file).restore(s.analysis()).note(s.findings().get(0).id())).isEqualTo("kept");
    }

    @Test
    void aNewFileGetsTheUsualModeNotTempFileMode() throws IOException {
        Path file = dir.resolve("new.json");
        new AtomicWriter(SaveSteps.REAL).write(file, new byte[] {'x'});
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.readAllBytes(file)).containsExactly((byte) 'x');
    }

    /** Delegates to a failing step until healed. */
    static final class Broken implements SaveSteps {
        private final SaveSteps failing;
        volatile boolean healed;

        Broken(SaveSteps failing) {
            this.failing = failing;
        }

        private SaveSteps now() {
            return healed ? SaveSteps.REAL : failing;
        }

        @Override
        public FileChannel create(Path tmp) throws IOException {
            return now().create(tmp);
        }

        @Override
        public int write(FileChannel channel, ByteBuffer buf) throws IOException {
            return now().write(channel, buf);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            now().force(channel);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            now().move(from, to);
        }
    }
}
