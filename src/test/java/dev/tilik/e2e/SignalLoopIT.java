package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reader in tmux, killed again and again while it saves (the hostile-input suite, issue
 * 11): HUP (a dropped SSH connection), TERM, INT and KILL in a loop over one note file. After HUP,
 * TERM and INT every verdict made before is on disk; after KILL the note file is the old one or
 * the new one, never a mix, and no temp file outlives the next start.
 */
class SignalLoopIT {
    private static final Duration START = Duration.ofSeconds(60);
    private static final String[][] VERDICTS = {{"2", "confirmed"}, {"3", "divergence"}, {"4", "not_a_contradiction"},
        {"5", "needs_sources"}};
    private static final String[] LABELS = {"confirmed", "divergence", "false alarm", "needs sources"};

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @Test
    void hupTermIntAndKillInALoopLoseNoVerdict() throws Exception {
        Path notes = tmp.resolve("notes.json");
        String[] signals = {"HUP", "TERM", "INT", "KILL", "HUP", "TERM", "KILL"};
        List<String> onDisk = new ArrayList<>();
        int tried = 0;
        for (String signal : signals) {
            try (Tmux t = Tmux.start(100, 30, command(notes))) {
                // every verdict so far is on the findings before this one: the reader goes on here
                int first = onDisk.size() + 1;
                t.waitFor("the reader on the first unreviewed finding", s -> s.contains("Finding " + first + "/"), START);
                long pid = Reader.pid(notes);
                verdictHere(t, onDisk.size() % VERDICTS.length);
                onDisk.add(VERDICTS[onDisk.size() % VERDICTS.length][1]);
                if (signal.equals("KILL")) {
                    // Wait for the autosave, then kill while the next verdict is being saved.
                    await("the autosave").atMost(Tmux.DEFAULT_WAIT).until(() -> sorted(verdicts(notes)).equals(sorted(onDisk)));
                    String next = VERDICTS[onDisk.size() % VERDICTS.length][1];
                    t.press("n");
                    t.waitForText("Finding " + (first + 1) + "/");
                    t.press("v");
                    t.waitForText("needs sources");
                    t.press(VERDICTS[onDisk.size() % VERDICTS.length][0]);
                    signal(signal, pid);
                    assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isEqualTo(128 + 9);
                    List<String> after = verdicts(notes); // parses: old or new, never a mix
                    List<String> withNext = new ArrayList<>(onDisk);
                    withNext.add(next);
                    assertThat(sorted(after)).as("after SIGKILL").isIn(sorted(onDisk), sorted(withNext));
                    if (after.size() > onDisk.size()) {
                        onDisk.add(next);
                    }
                } else {
                    signal(signal, pid);
                    int code = t.waitForExit(Tmux.DEFAULT_WAIT);
                    assertThat(code).as("exit after SIG" + signal)
                            .isEqualTo(128 + (signal.equals("HUP") ? 1 : signal.equals("INT") ? 2 : 15));
                    assertThat(sorted(verdicts(notes))).as("after SIG" + signal).isEqualTo(sorted(onDisk));
                }
                tried++;
            }
        }
        assertThat(tried).isEqualTo(signals.length);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")))
                    .as("temp files of the last kill, before the next start").hasSizeLessThanOrEqualTo(1);
        }
        try (Tmux t = Tmux.start(100, 30, command(notes))) {
            int first = onDisk.size() + 1;
            t.waitFor("the reader", s -> s.contains("Finding " + first + "/"), START);
            try (Stream<Path> files = Files.list(tmp)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")))
                        .as("no temp file outlives the next start").isEmpty();
            }
            t.press("q");
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }
        assertThat(sorted(verdicts(notes))).isEqualTo(sorted(onDisk));
        System.out.println("SignalLoopIT: " + signals.length + " signals, " + onDisk.size() + " verdicts, all on disk");
    }

    /**
     * TERM and INT sent from outside (a session manager, {@code kill}, a supervisor) while a note is
     * typed and not yet saved: only the shutdown hook can save it, the note is on disk, the exit is
     * 128 + the signal's number, and the terminal's settings are the user's again ({@code stty -g}
     * identical). A hang-up is {@code TuiEndToEndIT#hangUpWhileWritingANoteKeepsTheNote}.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "SIG{0}")
    @org.junit.jupiter.params.provider.CsvSource({"TERM, 143", "INT, 130"})
    void aSignalWhileANoteIsTypedSavesItAndRestoresTheTerminal(String signal, int exit) throws Exception {
        Path notes = tmp.resolve("notes.json");
        Path before = tmp.resolve("stty.before");
        Path after = tmp.resolve("stty.after");
        String cmd = "stty -g > '" + before + "'; " + command(notes) + "; code=$?; stty -g > '" + after
                + "'; echo $code > '" + tmp.resolve("exit") + "'";
        try (Tmux t = Tmux.start(100, 30, cmd)) {
            t.waitFor("the reader", s -> s.contains("Finding 1/"), START);
            long pid = Reader.pid(notes);
            t.press("e");
            t.type("Belum disimpan: tanya Kemlu");
            t.waitForText("Belum disimpan: tanya Kemlu");
            signal(signal, pid);
            await("the shell after the reader").atMost(Tmux.DEFAULT_WAIT).until(() -> Files.exists(tmp.resolve("exit"))
                    && !Files.readString(tmp.resolve("exit")).isBlank());
        }
        assertThat(Files.readString(tmp.resolve("exit")).strip()).as("exit after SIG" + signal).isEqualTo(String.valueOf(exit));
        assertThat(Files.readString(notes)).as("the note typed, on disk").contains("Belum disimpan: tanya Kemlu");
        assertThat(Files.readString(after)).as("the terminal's settings").isEqualTo(Files.readString(before));
    }

    /** Gives the finding shown verdict {@code v}. */
    private static void verdictHere(Tmux t, int v) {
        t.press("v");
        t.waitForText("needs sources");
        t.press(VERDICTS[v][0]);
        t.waitFor("the verdict in the header", s -> s.contains("\u00B7 " + LABELS[v]), Tmux.DEFAULT_WAIT);
    }

    private String command(Path notes) {
        return Reader.command(tmp, notes, "");
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Reader.run("kill", "-" + signal, Long.toString(pid));
    }

    private static List<String> verdicts(Path notes) throws IOException {
        return Reader.verdicts(notes);
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
