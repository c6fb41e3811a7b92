package dev.tilik.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StrictJsonFileTest {
    @TempDir
    Path dir;

    @Test
    void readsARegularFile() throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"a\": 1}", StandardCharsets.UTF_8);
        assertThat(StrictJson.read(f, "x.json", Map.class)).containsEntry("a", 1);
    }

    @Test
    // opening a FIFO with no writer blocks for ever: the timeout catches that, and is long enough
    // for starting mkfifo and loading Jackson on a loaded machine (10 s was not, once)
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("id.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        assertThatThrownBy(() -> StrictJson.read(fifo, "rules/id.json", Map.class))
                .isInstanceOf(JsonFileException.class)
                .hasMessage("rules/id.json: not a regular file");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("findings.json"));
        assertThatThrownBy(() -> StrictJson.read(sub, "rules/findings.json", Map.class))
                .isInstanceOf(JsonFileException.class)
                .hasMessage("rules/findings.json: not a regular file");
    }

    /** A rule file's number past the length cap is refused at its place, not in Jackson's words (1,000 digits pass). */
    @Test
    void aNumberPastTheLengthCapIsRefusedAtItsPlace() throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"a\": 1,\n  \"b\": -" + "9".repeat(1001) + "}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StrictJson.read(f, "rules/x.json", Map.class)).isInstanceOf(JsonFileException.class)
                .hasMessage("rules/x.json:2:8: a number of 1001 digits: expected at most 1000 digits in a number");
        Files.writeString(f, "{\"a\": \"" + "9".repeat(2000) + "\", \"b\": " + "9".repeat(1000) + "}", StandardCharsets.UTF_8);
        assertThat(StrictJson.read(f, "x.json", Map.class)).containsKey("b");
    }
}
