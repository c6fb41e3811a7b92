package dev.tilik.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's shell, scripted through a pipe and driven through a pseudo-terminal. */
class ShellIT {
    private static final long DEADLINE_SECONDS = 60;
    @TempDir
    Path dir;

    /**
     * A copy of the samples in {@code dir}: a note file of the project's own {@code articles/} in
     * the project folder (its parent) would be found and written to by a run from {@code dir}.
     */
    private Path articles;

    @BeforeEach
    void copySamples() throws IOException {
        articles = copyOf(Path.of("articles").toAbsolutePath(), dir.resolve("articles"));
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        String jar = System.getProperty("tilik.jar");
        assertThat(jar).as("failsafe passes -Dtilik.jar").isNotBlank();
        return jar;
    }

    /** Runs {@code command} in {@code dir} with {@code input} on stdin; returns stdout (stderr must stay empty). */
    private String run(List<String> command, String input) throws IOException, InterruptedException {
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).isEmpty();
        return new String(out, StandardCharsets.UTF_8);
    }

    private JsonNode notes() throws Exception {
        return StrictJson.mapper().readTree(Files.readString(dir.resolve("tilik-notes.json"), StandardCharsets.UTF_8));
    }

    /**
     * The default note file belongs to one folder: reviewing a second story from the same directory
     * used to fill the first story's file (its reviews shown as "finding gone", its "folder"
     * rewritten). The second story's notes now go to a file of its own, and the shell says so.
     */
    @Test
    void aSecondFolderFromTheSameDirectoryGetsANoteFileOfItsOwn() throws Exception {
        run(List.of(java(), "-jar", jar(), "shell", articles.toString()), "verdict confirmed\nnote cerita pertama\nquit\n");
        byte[] first = Files.readAllBytes(dir.resolve("tilik-notes.json"));
        Path other = copyOf(articles, dir.resolve("banjir"));

        String out = run(List.of(java(), "-jar", jar(), "shell", other.toString()), "note cerita kedua\nquit\n");

        assertThat(out).contains(" \u2192 tilik-notes-banjir.json; ", " \u2192 tilik-notes.json",
                "notes in tilik-notes-banjir.json. Type help");
        assertThat(out).doesNotContain("orphan", "another folder");
        assertThat(Files.readAllBytes(dir.resolve("tilik-notes.json"))).isEqualTo(first);
        assertThat(notesIn("tilik-notes-banjir.json").get("folder").asText()).isEqualTo(other.toString());
        assertThat(notesIn("tilik-notes-banjir.json").get("findings").get(0).get("note").asText()).isEqualTo("cerita kedua");

        String again = run(List.of(java(), "-jar", jar(), "shell", articles.toString()), "note\nquit\n");
        assertThat(again).contains("cerita pertama").doesNotContain("tilik-notes-");
    }

    /** A folder whose name holds an escape sequence: the shell's first line shows it, never runs it on the terminal. */
    @Test
    void anEscapeInTheFolderNameIsShownNotRun() throws Exception {
        Path hostile = copyOf(articles, dir.resolve("x\u001B[2J\u009B31m"));

        String out = run(List.of(java(), "-jar", jar(), "shell", hostile.toString()), "quit\n");

        assertThat(out).contains("Reading ", "x^[[2J<U+009B>31m").doesNotContain("\u001b", "\u009b");
    }

    private JsonNode notesIn(String name) throws Exception {
        return StrictJson.mapper().readTree(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void pipedCommandsScriptTheShellAndTheVerdictLandsInTheNoteFile() throws Exception {
        String out = run(List.of(java(), "-jar", jar(), "shell", articles.toString()),
                "list\nnext\nverdict confirmed\nnote Checked against KCNA.\nquit\n");

        assertThat(out).contains("findings; notes in tilik-notes.json. Type help, or list.", "> 1. [", "  2. [",
                "Finding 2 of", "Note saved on finding 2 (", "Notes are in /", "/tilik-notes.json.").doesNotContain("tilik> ", "\u001b");
        JsonNode findings = notes().get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("verdict").asText()).isEqualTo("confirmed");
        assertThat(findings.get(0).get("note").asText()).isEqualTo("Checked against KCNA.");
        assertThat(dir.resolve("tilik-notes.md")).exists();
    }

    /** Issue 11 row 6: two 9 MB lines ended the shell with OutOfMemoryError; now each is skipped with a word. */
    @Test
    void twoNineMegabyteLinesAreSkippedAndTheScriptGoesOn() throws Exception {
        String huge = "x".repeat(9_000_000);
        String out = run(List.of(java(), "-Xmx96m", "-jar", jar(), "shell", articles.toString()),
                "note " + huge + "\n" + huge + "\nverdict confirmed\nquit\n");

        assertThat(out).contains("line skipped: 9,000,005 bytes; a line holds at most 65,536 bytes",
                "line skipped: 9,000,000 bytes", "/tilik-notes.json.");
        assertThat(notes().get("findings").get(0).get("verdict").asText()).isEqualTo("confirmed");
        assertThat(notes().get("findings").get(0).path("note").asText()).isEmpty();
    }

    @Test
    void aPseudoTerminalGetsPromptsAndTabCompletion() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script provides the pseudo-terminal");
        String command = "stty cols 100 rows 30; exec " + java() + " -jar " + jar() + " shell " + articles;
        String out = run(List.of("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"), "verd\tne\t\nquit\n");

        assertThat(out).contains("tilik> verdict needs_sources ");
        assertThat(notes().get("findings").get(0).get("verdict").asText()).isEqualTo("needs_sources");
        assertThat(Files.readString(dir.resolve("state/tilik/shell-history"), StandardCharsets.UTF_8))
                .contains("verdict needs_sources");
    }
}
