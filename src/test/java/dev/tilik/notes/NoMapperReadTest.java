package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a note file (what the reader does before its first finding) makes no data-binding mapper:
 * a fresh JVM reading one logs every class it loads, and Jackson's {@code ObjectMapper} is not among
 * them; a file holding a key a later version wrote does make it (its tree is kept), so the check can fail.
 * Nor does writing one, as a save does.
 */
class NoMapperReadTest {
    static final String REVIEW = "{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": \"confirmed\", \"note\": \"cek\","
            + " \"statements\": [{\"file\": \"a.txt\", \"text\": \"Kata.\"}],"
            + " \"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\"";

    @TempDir
    Path tmp;

    @Test
    void aNoteFileIsReadWithoutADataBindingMapper() throws Exception {
        assertThat(classesLoadedReading("{\"version\": 1, \"findings\": [" + REVIEW + "}]}"))
                .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ", "dev.tilik.json.StrictJson ");
        assertThat(classesLoadedReading("{\"version\": 1, \"later\": true, \"findings\": [" + REVIEW + "}]}"))
                .contains("com.fasterxml.jackson.databind.ObjectMapper ");
    }

    @Test
    void aNoteFileIsWrittenWithoutADataBindingMapper() throws Exception {
        Path written = tmp.resolve("written.json");

        assertThat(classesLoadedReading("{\"version\": 1, \"findings\": [" + REVIEW + "}]}", written.toString()))
                .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ", "dev.tilik.json.StrictJson ");
        assertThat(NoteFileReader.read(written, "written.json").findings()).hasSize(1);
        assertThat(classesLoadedReading("{\"version\": 1, \"later\": true, \"findings\": [" + REVIEW + "}]}",
                written.toString())).contains("com.fasterxml.jackson.databind.ObjectMapper ");
    }

    String classesLoadedReading(String json, String... writeTo) throws Exception {
        Path notes = Files.writeString(tmp.resolve("n" + json.length() + ".json"), json);
        Path classes = tmp.resolve("classes" + json.length() + writeTo.length + ".log");
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                NotesReadChild.class.getName(), notes.toString()));
        cmd.addAll(List.of(writeTo));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out.strip()).isEqualTo("1");
        return Files.readString(classes, StandardCharsets.UTF_8);
    }
}
