package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade in place under a running reader: the reader is started from the launcher, a verdict is given and a
 * note half typed, and then {@code tilik.jar} beside the launcher is rewritten in place, as {@code mvn package}'s jar
 * step does (the same file, other bytes: the unshaded jar). The reader goes on: the note is finished and saved, the
 * help and the search open, and it quits with every word on disk.
 */
class UpgradeUnderReaderIT {
    private static final Path JAR = Reader.jar();
    private static final Path LAUNCHER = JAR.resolveSibling("tilik");

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        Reader.articles();
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @Test
    void aReaderStartedByTheLauncherOutlivesTheJarRewrittenUnderIt() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("install"));
        Files.copy(LAUNCHER, install.resolve("tilik"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, install.resolve("tilik.jar"));
        Path run = Reader.launcherRun();
        assertThat(run.resolve("tilik.jar")).as("the build's private copy of the jar").exists();
        Path runCopy = Files.createDirectories(install.resolve("run").resolve(run.getFileName()));
        for (String name : new String[] {"tilik.jar", "tilik.jsa"}) {
            if (Files.exists(run.resolve(name))) {
                Files.copy(run.resolve(name), runCopy.resolve(name));
            }
        }
        Path notes = tmp.resolve("notes.json");
        String command = Reader.command(tmp, notes, "JAVA_HOME='" + System.getProperty("java.home") + "'")
                .replace("java -jar '" + JAR + "'", "'" + install.resolve("tilik") + "'");
        assertThat(command).contains(install.resolve("tilik").toString());

        try (Tmux t = Tmux.start(100, 30, command)) {
            t.waitFor("the first finding", s -> s.contains("Finding 1/"), Duration.ofSeconds(90));
            t.confirm("Verdict confirmed");
            t.press("e");
            t.waitForText("Enter save");
            t.type("typed before");

            // What the jar step of a rebuild does: the same file, truncated and written again with other bytes.
            byte[] other = Files.readAllBytes(JAR.resolveSibling("original-tilik.jar"));
            Files.write(install.resolve("tilik.jar"), other, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

            t.type(" and after the upgrade");
            t.press("Enter");
            t.waitFor("the note saved", s -> s.contains("typed before and after the upgrade") && !s.contains("Enter save"),
                    Tmux.DEFAULT_WAIT);
            t.press("?");
            t.waitFor("the help", s -> s.contains("verdict menu") || s.contains("Keys"), Tmux.DEFAULT_WAIT);
            t.press("Escape");
            t.press("/");
            t.type("the");
            t.press("Enter");
            t.waitFor("the search's answer", s -> s.contains("match"), Tmux.DEFAULT_WAIT);
            t.press("Escape");
            t.press("q");
            assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }
        String note = null;
        for (JsonNode f : new ObjectMapper().readTree(notes.toFile()).path("findings")) {
            if (f.path("verdict").asText().equals("confirmed")) {
                note = f.path("note").asText();
            }
        }
        assertThat(note).isEqualTo("typed before and after the upgrade");
    }
}
