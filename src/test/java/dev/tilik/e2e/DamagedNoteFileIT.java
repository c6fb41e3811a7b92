package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A damaged note file, end to end: the real jar in tmux opens a note file holding a {@code seen} stamp that is no
 * instant and two reviews with one id; the status line says so, every other review shows, a verdict recorded and
 * the reader quit leave a note file holding it and every review the damaged one held, and the file as it was
 * byte for byte beside it.
 */
class DamagedNoteFileIT {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        Reader.jar();
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @Test
    void aBadStampAndADuplicateReviewCostOnlyThemselvesAndTheFileAsItWasIsKept() throws IOException {
        Path notes = tmp.resolve("notes.json");
        try (Tmux t = Tmux.start(100, 30, Reader.command(tmp, notes, ""))) { // two verdicts: a real note file
            t.waitFor("the first finding", s -> s.contains("Finding 1/"), START);
            TuiEndToEndIT.chooseVerdict(t, "2", "confirmed");
            t.press("n");
            t.waitForText("Finding 2/");
            TuiEndToEndIT.chooseVerdict(t, "3", "divergence");
            TuiEndToEndIT.quit(t);
        }
        byte[] damaged = damage(notes);
        Files.write(notes, damaged);

        try (Tmux t = Tmux.start(100, 30, Reader.command(tmp, notes, ""))) {
            // read across rows, should the warning wrap above the status bar; the note file's left-out values are said
            // once, by its notice, not counted again as load problems before it (round 32)
            t.waitFor("the status line's warning and both reviews", s -> s.replaceAll("\\s+", " ")
                            .contains("note file: values not readable or appearing twice left out")
                    && !s.contains("while loading")
                    && s.contains("reviewed 2/10") && s.contains("Finding 3/"), START);
            t.press("p");
            t.waitFor("the second review, the later chosen of the two with its id", s -> s.contains("Finding 2/")
                    && s.contains("Verdict divergence"), Tmux.DEFAULT_WAIT);
            t.press("n");
            t.waitForText("Finding 3/");
            t.press("v");
            t.waitForText("needs sources");
            t.press("5");
            t.waitFor("the new verdict", s -> s.contains("Verdict needs sources") && s.contains("reviewed 3/10"),
                    Tmux.DEFAULT_WAIT);
            TuiEndToEndIT.quit(t);
        }

        assertThat(Reader.verdicts(notes)).containsExactly("confirmed", "divergence", "needs_sources");
        JsonNode saved = new ObjectMapper().readTree(notes.toFile());
        JsonNode before = new ObjectMapper().readTree(damaged);
        for (JsonNode review : before.get("findings")) {
            assertThat(ids(saved)).contains(review.get("id").asText());
        }
        List<Path> copies;
        try (Stream<Path> files = Files.list(tmp)) {
            copies = files.filter(f -> f.getFileName().toString().matches("notes\\.as-read-[0-9a-f]{12}\\.json")).toList();
        }
        assertThat(copies).singleElement().satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(damaged));
    }

    /**
     * The file the reader saved with the first review's {@code seen} stamp made {@code "noon"} and a copy of the
     * second review, chosen earlier ("needs sources" in 2020), added after it under the same id.
     */
    private static byte[] damage(Path notes) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(notes.toFile());
        ArrayNode findings = (ArrayNode) root.get("findings");
        assertThat(findings).hasSize(2);
        ((ObjectNode) findings.get(0)).put("seen", "noon");
        ObjectNode older = findings.get(1).deepCopy();
        older.put("verdict", "needs_sources").put("created", "2020-01-01T00:00:00Z").put("updated", "2020-01-01T00:00:00Z");
        findings.add(older);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode file) {
        List<String> out = new ArrayList<>();
        file.get("findings").forEach(f -> out.add(f.get("id").asText()));
        return out;
    }
}
