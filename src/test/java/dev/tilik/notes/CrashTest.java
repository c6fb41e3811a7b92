package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real processes killed for real: the note file is always the old or the new one. */
class CrashTest {
    private static final long DEADLINE_SECONDS = 90; // a bound on failure only: at load 30–47 a signalled child took 34 s to save and exit

    @TempDir
    Path dir;

    /** SIGKILL while a save stands inside {@code step}: the note file is the old one or the new one, whole. */
    @ParameterizedTest
    @CsvSource({"write, 3, 2", "force, 2, 1", "move, 4, 4", "write, 0, -1"})
    void sigkillMidSaveLeavesTheOldOrTheNewFileNeverAMix(String step, int blockAt, int expectedSave) throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Child child = Child.start(dir, "loop", file.toString(), step, Integer.toString(blockAt));
        try {
            child.await("blocked");
        } finally {
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(temps()).as("the kill landed inside the save").isEqualTo(step.equals("move") ? 0 : 1);
        if (expectedSave < 0) {
            assertThat(file).doesNotExist(); // killed inside the very first save: no note file yet, no half one
        } else {
            NoteFile parsed = NoteFileReader.read(file, file.toString());
            NoteStore store = NoteStore.open(file);
            assertThat(store.problems()).isEmpty();
            assertThat(store.restore(ReviewFixtures.analysis()).note(parsed.findings().get(0).id()))
                    .isEqualTo(SaveChild.note(expectedSave));
        }
        NoteStore.open(file);
        assertThat(temps()).as("the killed save's temp is removed by the next open, not ten minutes later").isZero();
    }

    /** The next save removes a dead writer's temp at once, but never the temp a live writer is filling. */
    @Test
    void aLiveWritersTempIsKeptAndRemovedOnceItsProcessIsKilled() throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Child child = Child.start(dir, "loop", file.toString(), "write", "2");
        NoteStore other;
        try {
            child.await("blocked");
            assertThat(temps()).isEqualTo(1);
            other = NoteStore.open(file);
            ReviewSession s = other.restore(ReviewFixtures.analysis());
            other.save(s.withVerdict(s.findings().get(1), Verdict.CONFIRMED, java.time.Instant.now()));
            assertThat(temps()).as("the live child's half-written temp").isEqualTo(1);
        } finally {
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        ReviewSession s = other.restore(ReviewFixtures.analysis());
        other.save(s.withVerdict(s.findings().get(1), Verdict.DIVERGENCE, java.time.Instant.now()));
        assertThat(temps()).as("the killed child's temp, removed by the next save").isZero();
    }

    private long temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".tilik-notes.")
                    && p.getFileName().toString().contains(".tmp-")).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP"})
    void aSignalSavesTheLatestVerdictsFromTheShutdownHook(String signal) throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Child child = Child.start(dir, "hook", file.toString());
        child.await("ready");
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.process.pid())).start();
        assertThat(kill.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process.exitValue()).isEqualTo(128 + (signal.equals("TERM") ? 15 : 1));

        ReviewSession restored = NoteStore.open(file).restore(ReviewFixtures.analysis());
        assertThat(restored.verdict(ReviewFixtures.analysis().findings().get(1).id())).isEqualTo(Verdict.CONFIRMED);
        assertThat(child.output).isEmpty(); // the hook printed nothing
    }

    /** A child JVM whose stdout lines arrive in a queue, read with deadlines. */
    private record Child(Process process, BlockingQueue<String> output) {
        static Child start(Path dir, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveChild.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("read error: " + e.getMessage());
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
            return new Child(p, lines);
        }

        void await(String expected) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (System.nanoTime() < end) {
                String line = output.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (expected.equals(line)) {
                    return;
                }
                if (line != null && !line.startsWith("saved ")) {
                    throw new AssertionError("child said: " + line);
                }
            }
            throw new AssertionError("no \"" + expected + "\" from the child within " + DEADLINE_SECONDS + " s");
        }
    }
}
