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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The finding number in the panel's title, "Finding 3/10". */
    private static final Pattern SHOWN = Pattern.compile("Finding (\\d+)/");
    private static final String[] LABELS = {"confirmed", "divergence", "not a contradiction", "needs sources"};

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
        int finding = 0;
        int tried = 0;
        for (String signal : signals) {
            try (Tmux t = Tmux.start(100, 30, command(notes))) {
                t.waitFor("the reader", s -> SHOWN.matcher(s).find(), START);
                long pid = Reader.pid(notes);
                finding = verdictOn(t, finding, onDisk.size() % VERDICTS.length);
                onDisk.add(VERDICTS[onDisk.size() % VERDICTS.length][1]);
                if (signal.equals("KILL")) {
                    // Wait for the autosave, then kill while the next verdict is being saved.
                    await("the autosave").atMost(Tmux.DEFAULT_WAIT).until(() -> sorted(verdicts(notes)).equals(sorted(onDisk)));
                    String next = VERDICTS[onDisk.size() % VERDICTS.length][1];
                    t.press("n");
                    t.waitForText("Finding " + (finding + 1) + "/");
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
                    finding++;
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
            t.waitFor("the reader", s -> SHOWN.matcher(s).find(), START);
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
     * From the finding shown (a reopen goes on at the first unreviewed one), moves to finding
     * {@code index} (0-based), gives it verdict {@code v}; returns the next index.
     */
    private static int verdictOn(Tmux t, int index, int v) {
        Matcher shown = SHOWN.matcher(t.screen());
        assertThat(shown.find()).as("a finding number on the screen").isTrue();
        for (int at = Integer.parseInt(shown.group(1)); at != index + 1; ) {
            t.press(at < index + 1 ? "n" : "p");
            at += at < index + 1 ? 1 : -1;
            t.waitForText("Finding " + at + "/");
        }
        t.press("v");
        t.waitForText("needs sources");
        t.press(VERDICTS[v][0]);
        t.waitFor("the verdict in the header", s -> s.contains("\u00B7 " + LABELS[v]), Tmux.DEFAULT_WAIT);
        return index + 1;
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
