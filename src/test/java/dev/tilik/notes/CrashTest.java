package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real processes killed for real: the note file is always the old or the new one. */
class CrashTest {
    private static final long DEADLINE_SECONDS = 30;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 9})
    void sigkillMidSaveLeavesAWholeNoteFile(int savesBeforeKill) throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Child child = Child.start(dir, "loop", file);
        try {
            child.await("saved " + savesBeforeKill);
        } finally {
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        NoteFile parsed = NoteFileReader.read(file, file.toString());
        NoteStore store = NoteStore.open(file);
        assertThat(store.problems()).isEmpty();
        String note = store.restore(ReviewFixtures.analysis()).note(parsed.findings().get(0).id());
        assertThat(note).matches("save \\d+ x+").endsWith(SaveChild.PADDING);
        long saved = Long.parseLong(note.split(" ")[1]);
        assertThat(saved).isGreaterThanOrEqualTo(savesBeforeKill);
        String md = java.nio.file.Files.readString(dir.resolve("tilik-notes.md"), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Tilik notes").endsWith("   > Ribuan tentara dikirim, kata Yoon.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP"})
    void aSignalSavesTheLatestVerdictsFromTheShutdownHook(String signal) throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Child child = Child.start(dir, "hook", file);
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
        static Child start(Path dir, String mode, Path file) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SaveChild.class.getName(), mode, file.toString())
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
