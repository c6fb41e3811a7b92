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

    /**
     * The salvaging loader (what opening reads with) on any bytes: a note file whose refusals are each located, or one
     * located refusal of the whole; what it keeps is written and read back strictly, whole and unchanged.
     */
    @FuzzTest(maxDuration = "60s")
    void salvageKeepsWhatItCanAndLocatesWhatItLeavesOut(byte[] data) throws JsonFileException {
        NoteFileReader.Salvaged read;
        try {
            read = NoteFileReader.salvage(data, "fuzz.json");
        } catch (JsonFileException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
            return;
        }
        assertThat(read.dropped()).allSatisfy(e -> assertThat(e.getMessage()).startsWith("fuzz.json"));
        byte[] written = NoteFileWriter.bytes(read.file());
        assertThat(NoteFileReader.read(written, "rewritten.json")).isEqualTo(read.file());
    }
}
