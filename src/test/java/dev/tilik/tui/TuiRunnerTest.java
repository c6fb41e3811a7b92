package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TuiRunnerTest {
    @Test
    void refusesWithoutATerminalInsteadOfHanging() {
        assertThat(System.console()).as("tests run without a terminal").isNull();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        FixtureBackend backend = new FixtureBackend();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(TuiRunner.run(backend, new TuiOptions(false, null))).isEqualTo(TuiRunner.NOT_A_TERMINAL);
        } finally {
            System.setErr(err);
        }
        // Only our line counts: a fuzz test in the same JVM lets Jazzer's agent log to stderr too.
        String message = captured.toString(StandardCharsets.UTF_8);
        assertThat(message.lines().filter(l -> l.startsWith("tilik:")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("needs a terminal"));
        assertThat(backend.saves).isEmpty();
    }

    /** A hang-up stopped the reader with an exception that was logged as a crash; the started hook tells it apart. */
    @Test
    void aStartedHangUpHookMeansTheTerminalHungUp() throws Exception {
        Thread hook = new Thread(() -> { });
        assertThat(TuiRunner.hungUp(null)).isFalse();
        assertThat(TuiRunner.hungUp(hook)).isFalse();
        hook.start();
        hook.join();
        assertThat(TuiRunner.hungUp(hook)).isTrue();
    }

    /**
     * The JVM starts its shutdown hooks one after another: Lanterna's could fail the reader before the hang-up hook
     * had left NEW, and the hang-up was logged as a crash. While the JVM goes down it refuses a new hook, which
     * {@link TuiRunner#shuttingDown} reads; a running JVM it reads as running.
     */
    @Test
    void aJvmGoingDownIsReadAsShuttingDown() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShuttingDownChild.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child exits").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out.lines().toList()).containsExactly("running: false", "going down: true");
    }
}
