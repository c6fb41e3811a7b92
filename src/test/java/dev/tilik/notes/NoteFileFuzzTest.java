package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tilik.json.JsonFileException;

/**
 * The note loader on any bytes: it accepts them or throws a located {@link JsonFileException};
 * never a RuntimeException, StackOverflowError or OutOfMemoryError. What it accepts survives a
 * write and a re-read unchanged. {@code mvn test} replays the seeds; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NoteFileFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void loaderAcceptsOrLocatesEveryInput(byte[] data) throws JsonFileException {
        NoteFile file;
        try {
            file = NoteFileReader.read(data, "fuzz.json");
        } catch (JsonFileException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
            assertThat(e.problem()).isNotBlank();
            return;
        }
        byte[] written = NoteFileWriter.bytes(file);
        assertThat(NoteFileReader.read(written, "rewritten.json")).isEqualTo(file);
    }
}
