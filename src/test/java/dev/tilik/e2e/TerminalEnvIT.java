package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Odd terminals and environments (the hostile-input suite, issue 11): TERM unset, TERM=dumb, an
 * empty environment ({@code env -i}) and {@code LANG=C}. The reader (or, for a terminal without
 * cursor addressing, the shell) starts, shows non-ASCII text whole whatever the locale, takes a
 * verdict with a non-ASCII note to disk and exits 0.
 */
class TerminalEnvIT {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TERM unset | -u TERM | reader",
        "TERM=dumb  | TERM=dumb | shell",
        "env -i     | -i PATH=\"$PATH\" | reader",
        "LANG=C     | LANG=C LC_ALL=C | reader"})
    void startsShowsUnicodeAndSavesAVerdict(String name, String env, String expected) throws Exception {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = Tmux.start(100, 30, Reader.command(tmp, notes, env))) {
            if (expected.equals("reader")) {
                t.waitFor("the reader", s -> s.contains("Finding 1/"), START);
                t.press("v");
                t.waitForText("needs sources");
                t.press("2");
                t.waitFor("the verdict, with its middle dot", s -> s.contains("\u00B7 confirmed"), Tmux.DEFAULT_WAIT);
                t.press("e");
                t.type("cek ulang: café ✓");
                t.press("Enter");
                t.waitFor("the note saved", s -> s.contains("note saved"), Tmux.DEFAULT_WAIT);
                t.press("q");
            } else {
                t.waitFor("the shell's prompt", s -> s.contains("tilik>"), START); // a first analysis, as the reader's
                t.type("verdict confirmed 1").press("Enter");
                t.type("note 1 cek ulang: café ✓").press("Enter");
                t.waitForText("Note saved");
                t.type("quit").press("Enter");
            }
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).as(name).isZero();
        }
        assertThat(Reader.verdicts(notes)).as(name).containsExactly("confirmed");
        assertThat(java.nio.file.Files.readString(notes)).as(name).contains("cek ulang: café ✓");
    }
}
