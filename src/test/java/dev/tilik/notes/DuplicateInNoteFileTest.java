package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.ingest.Problem;
import dev.tilik.json.JsonFileException;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reviews with one id, or one key twice inside a review, cost only the duplicate: the other reviews read, the
 * one kept is said (the later chosen review; the first of two keys), located at the one left out, and the file as
 * it was is copied beside it before any save.
 */
class DuplicateInNoteFileTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    @TempDir
    Path dir;

    private static String review(String id, String verdict, String updated) {
        return "  {\"id\": \"" + id + "\", \"type\": \"numeric\", \"verdict\": \"" + verdict + "\",\n"
                + "   \"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"" + updated + "\"}";
    }

    private static NoteFileReader.Salvaged salvage(String json) throws JsonFileException {
        return NoteFileReader.salvage(json.getBytes(StandardCharsets.UTF_8), "tilik-notes.json");
    }

    @Test
    void twoReviewsWithOneIdKeepTheLaterChosenAndLocateTheOneLeftOut() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"findings\": [\n"
                + review("f1", "confirmed", "2024-10-25T08:31:00Z") + ",\n"
                + review("f2", "needs_sources", "2024-10-25T08:30:00Z") + ",\n"
                + review("f1", "divergence", "2024-10-25T08:40:00Z") + "\n]}");

        assertThat(read.file().findings()).extracting(FindingNote::id).containsExactly("f1", "f2");
        assertThat(read.file().findings().get(0).verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(read.file().findings().get(1).verdict()).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(read.dropped()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2); // the review left out: the first, chosen earlier
            assertThat(e.column()).isEqualTo(10);
            assertThat(e.getMessage()).startsWith("tilik-notes.json:2:10: findings[0].id: \"f1\"")
                    .contains("twice", "findings[2]", "the later chosen");
        });
    }

    @Test
    void twoReviewsWithOneIdChosenAtOneTimeKeepTheFirst() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"findings\": [\n"
                + review("f1", "confirmed", "2024-10-25T08:31:00Z") + ",\n"
                + review("f1", "divergence", "2024-10-25T08:31:00Z") + "\n]}");

        assertThat(read.file().findings()).singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONFIRMED));
        assertThat(read.dropped()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .startsWith("tilik-notes.json:4:10: findings[1].id: \"f1\"").contains("findings[0]", "the first"));
    }

    @Test
    void aKeyTwiceInsideAReviewKeepsTheFirstAndLocatesTheSecond() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"findings\": [\n"
                + review("f1", "confirmed", "2024-10-25T08:31:00Z").replace("}", ",\n   \"verdict\": \"divergence\"}") + ",\n"
                + review("f2", "needs_sources", "2024-10-25T08:30:00Z") + "\n]}");

        assertThat(read.file().findings()).extracting(FindingNote::id).containsExactly("f1", "f2");
        assertThat(read.file().findings().get(0).verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(read.dropped()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .startsWith("tilik-notes.json:4:4: findings[0].verdict:").contains("twice", "the first"));
    }

    /** A key repeated inside a field this Tilik does not know (kept to be written back) costs that field, said. */
    @Test
    void aKeyTwiceInsideAnUnknownFieldCostsOnlyTheRepeatedKey() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"findings\": [\n"
                + review("f1", "confirmed", "2024-10-25T08:31:00Z").replace("}",
                        ", \"later\": {\"a\": 1, \"b\": [{\"c\": 2, \"c\": 3}], \"a\": 4}, \"kept\": 3}")
                + "\n]}");

        assertThat(read.file().findings()).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(f.extra()).containsOnlyKeys("later", "kept");
            assertThat(f.extra().get("later").toString()).isEqualTo("{\"a\":1,\"b\":[{\"c\":2}]}");
        });
        assertThat(read.dropped()).hasSize(2).allSatisfy(e -> assertThat(e.getMessage()).contains("appears twice"));
        assertThat(read.dropped().get(0).getMessage()).contains("findings[0].later.b[0].c:");
        assertThat(read.dropped().get(1).getMessage()).contains("findings[0].later.a:");
    }

    /** Opening through the store: the reviews shown, the warning located, the copy byte for byte the file. */
    @Test
    void aDuplicateCostsOnlyItselfAndTheFileAsItWasIsKept() throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        s = s.withVerdict(s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow(), Verdict.DIVERGENCE, T0);
        s = s.withVerdict(s.analysis().finding(NUMBERS).orElseThrow(), Verdict.NEEDS_SOURCES, T0.plusSeconds(5));
        NoteStore.open(file, SaveSteps.REAL, clock).save(s);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        String damaged = saved.replaceFirst("(\"verdict\" : \"divergence\",)", "$1\n    \"verdict\" : \"confirmed\",");
        assertThat(damaged).isNotEqualTo(saved);
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NoteFileReader.read(file, "strict")).hasMessageContaining("verdict");

        NoteStore store = NoteStore.open(file, SaveSteps.REAL, clock);
        assertThat(store.file()).as("%s", store.problems()).isEqualTo(file);
        ReviewSession shown = store.restore(ReviewFixtures.analysis());
        assertThat(shown.verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(shown.verdict(NUMBERS)).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(store.asRead()).isNotNull();
        assertThat(Files.readString(store.asRead(), StandardCharsets.UTF_8)).isEqualTo(damaged);
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.where()).matches(".*tilik-notes\\.json:\\d+:\\d+");
            assertThat(p.message()).contains("verdict", "twice", store.asRead().toString());
        });
    }
}
