package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Quit refused" window in a real terminal (round forty-three, h43ux's leftover): on a read-only copy a refused
 * {@code q} once left the reader reading keys, and a shell command typed next ran as reader keys ({@code e} opened
 * the editor). The window holds the keyboard: a typed command does nothing, {@code Q} quits, and the note file is
 * as it was. Every wait has a deadline ({@link Tmux#waitFor}); nothing sleeps.
 */
class QuitRefusedIT {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @BeforeAll
    static void tmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    /** A copy of the samples, read-only. */
    private Path readOnlyCopy() throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        try (Stream<Path> files = Files.list(Reader.articles())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(copy)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        return copy;
    }

    private Tmux open(Path notes, Path folder, int width, int height) {
        Tmux t = Tmux.start(width, height, Reader.command(tmp, notes, "", folder));
        t.waitFor("a finding", s -> s.matches("(?s).*Finding \\d+/.*"), START);
        return t;
    }

    @Test
    void aCommandTypedIntoTheRefusalDoesNothingAndQQuits() throws IOException {
        assertRefusalHolds(80, 24);
    }

    @Test
    void theSameAt200x60() throws IOException {
        assertRefusalHolds(200, 60);
    }

    private void assertRefusalHolds(int width, int height) throws IOException {
        Path folder = readOnlyCopy();
        Path notes = tmp.resolve("tilik-notes.json");
        try (Tmux t = open(notes, folder, width, height)) { // a first session writes the note file
            TuiEndToEndIT.chooseVerdict(t, "2", "confirmed");
            TuiEndToEndIT.quit(t);
        }
        String before = Files.readString(notes);
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("r--r--r--"));

        try (Tmux t = open(notes, folder, width, height)) {
            t.press("v");
            t.waitForText("needs sources");
            t.press("3"); // the save fails: the file is read-only, the notes go to a copy
            t.waitFor("the failed save said", s -> s.contains("read-only"), Tmux.DEFAULT_WAIT);
            t.press("q");
            t.waitForText("Quit refused");
            t.type("ls -l");
            t.press("Enter");
            t.waitForText("Enter did nothing");
            t.type("echo done");
            t.press("Enter");
            String screen = t.waitFor("the window still up after the typed command",
                    s -> s.contains("Quit refused") && s.contains("Enter did nothing"), Tmux.DEFAULT_WAIT);
            assertThat(screen).as("no key reached the reader: no note editor, no list")
                    .doesNotContain("Findings by topic").doesNotContain("echo done").doesNotContain("ls -l");
            t.press("Q");
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }
        assertThat(Files.readString(notes)).as("the read-only note file as it was").isEqualTo(before);
        assertThat(Reader.verdicts(notes)).containsExactly("confirmed");
        List<Path> copies;
        try (Stream<Path> files = Files.walk(tmp.resolve("state"))) {
            copies = files.filter(p -> p.getFileName().toString().contains(".unsaved-")).toList();
        }
        assertThat(copies).as("the refused save's notes kept in a copy").isNotEmpty();
        assertThat(Files.readString(copies.get(0))).contains("divergence").doesNotContain("echo").doesNotContain("ls -l");
    }
}
