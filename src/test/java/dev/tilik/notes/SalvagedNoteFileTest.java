package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Problem;
import dev.tilik.json.JsonFileException;
import dev.tilik.review.Rating;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One value of the note file that cannot be read costs that value, never the user's other reviews: the reader
 * shows them all, says where the value was, and the file as it was is copied beside it before any save writes
 * it without that value.
 */
class SalvagedNoteFileTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final String F1 = "{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": \"confirmed\", \"note\": \"kept\", "
            + "\"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:31:00Z\"";
    private static final String F2 = "{\"id\": \"f2\", \"type\": \"numeric\", \"verdict\": \"divergence\", "
            + "\"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\"}";

    @TempDir
    Path dir;

    private static ReviewSession reviewed() {
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        s = s.withVerdict(s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow(), Verdict.DIVERGENCE, T0);
        s = s.withNote(s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow(), "ask the ministry", T0);
        s = s.withVerdict(s.analysis().finding(NUMBERS).orElseThrow(), Verdict.NEEDS_SOURCES, T0.plusSeconds(5));
        return s.withRating(s.analysis().finding(NUMBERS).orElseThrow(), Rating.BELUM_TERBUKTI, T0.plusSeconds(6));
    }

    private NoteStore open(Path file) {
        return NoteStore.open(file, SaveSteps.REAL, CLOCK);
    }

    @Test
    void aSeenStampThatIsNoInstantCostsThatStampAloneAndTheFileAsItWasIsKept() throws IOException {
        Path file = dir.resolve("tilik-notes.json");
        open(file).save(reviewed());
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("\"seen\" : \"2024-10-25T08:30:00Z\""); // the note was written on top of the verdict
        String damaged = saved.replaceFirst("\"seen\" : \"[^\"]*\"", "\"seen\" : \"the day before\"");
        Files.writeString(file, damaged, StandardCharsets.UTF_8);

        NoteStore store = open(file);
        assertThat(store.file()).as("the notes stay in the file asked for: %s", store.problems()).isEqualTo(file);
        ReviewSession shown = store.restore(ReviewFixtures.analysis());
        assertThat(shown.verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(shown.note(DENY_VS_CONDITIONAL)).isEqualTo("ask the ministry");
        assertThat(shown.verdict(NUMBERS)).isEqualTo(Verdict.NEEDS_SOURCES);
        Path copy = store.asRead();
        assertThat(copy).isNotNull().hasParent(dir);
        assertThat(copy.getFileName().toString()).matches("tilik-notes\\.as-read-[0-9a-f]{12}\\.json");
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(damaged);
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.where()).matches(".*tilik-notes\\.json:\\d+:\\d+");
            assertThat(p.message()).contains(".seen: expected an ISO-8601 instant", "\"the day before\"",
                    "left out", copy.toString());
        });

        // The first save writes the notes without the stamp; the copy keeps what the file held.
        store.save(shown.withNote(shown.analysis().finding(NUMBERS).orElseThrow(), "two figures", T0.plusSeconds(9)));
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(damaged);
        NoteStore again = open(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.asRead()).isNull();
        ReviewSession reopened = again.restore(ReviewFixtures.analysis());
        assertThat(reopened.verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(reopened.note(NUMBERS)).isEqualTo("two figures");
    }

    /** Each field of a review, and the file's own fields, checked the same way: the bad one left out, located. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "seen          | \"seen\": \"yesterday\"                  | findings[0].seen          | confirmed  | kept",
            "updated       | \"updated\": \"soon\"                    | findings[0].updated       | confirmed  | kept",
            "created       | \"created\": [1, 2]                      | findings[0].created       | confirmed  | kept",
            "verdict       | \"verdict\": \"maybe\"                   | findings[0].verdict       | unreviewed | kept",
            "rating        | \"rating\": 5                            | findings[0].rating        | confirmed  | kept",
            "note          | \"note\": {\"a\": [1]}                   | findings[0].note          | confirmed  | ''",
            "title         | \"title\": [\"x\", {}]                   | findings[0].title         | confirmed  | kept",
            "draft         | \"draft\": {}                            | findings[0].draft         | confirmed  | kept",
            "formerIds     | \"formerIds\": [\"a\", null, \"b\"]      | findings[0].formerIds[1]  | confirmed  | kept",
            "setAside      | \"setAside\": [{\"field\": \"colour\"}]  | findings[0].setAside[0]   | confirmed  | kept",
            "statements    | \"statements\": [{\"file\": [[]]}]   | findings[0].statements[0] | confirmed  | kept",
    })
    void aBadFieldOfAReviewCostsThatFieldAlone(String what, String bad, String path, String verdict, String note)
            throws JsonFileException {
        String field = bad.substring(0, bad.indexOf(':') + 1);
        String f1 = F1.contains(field) ? F1.replaceFirst(java.util.regex.Pattern.quote(field) + " \"[^\"]*\"", bad.replace("$", "\\$"))
                : F1 + ", " + bad;
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"findings\": [" + f1 + "}, " + F2 + "]}");

        assertThat(read.file().findings()).extracting(FindingNote::id).containsExactly("f1", "f2");
        FindingNote one = read.file().findings().get(0);
        assertThat(one.verdict().id()).isEqualTo(verdict);
        assertThat(one.note()).isEqualTo(note);
        assertThat(one.toReview()).isNotNull();
        assertThat(read.dropped()).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage())
                .startsWith("tilik-notes.json:1:").contains(path));
        assertThat(read.file().findings().get(1).verdict()).isEqualTo(Verdict.DIVERGENCE);
    }

    @Test
    void aReviewWithoutAReadableIdOrTypeIsLeftOutAndTheOthersRead() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"folder\": [1], \"articles\": [{\"path\": \"a\", "
                + "\"sha256\": \"xyz\"}, {\"path\": \"b\", \"sha256\": \"" + "0".repeat(64) + "\"}], \"findings\": ["
                + F1.replace("\"numeric\"", "\"kind of new\"") + "}, " + F1.replace("\"f1\"", "[\"f3\"]") + "}, " + F2 + "]}");

        assertThat(read.file().findings()).extracting(FindingNote::id).containsExactly("f2");
        assertThat(read.file().folder()).isNull();
        assertThat(read.file().articles()).extracting(ArticleEntry::path).containsExactly("b");
        assertThat(read.dropped()).extracting(JsonFileException::getMessage).anySatisfy(m -> assertThat(m).contains("folder"))
                .anySatisfy(m -> assertThat(m).contains("articles[0]", "sha256"))
                .anySatisfy(m -> assertThat(m).contains("findings[0].type"))
                .anySatisfy(m -> assertThat(m).contains("findings[1]", "id"));
    }

    /** An old file (no seen, no setAside, a draft and a conflict mark in the note) reads whole: nothing left out. */
    @Test
    void anOldNoteFileReadsWholeWithNothingLeftOut() throws JsonFileException {
        NoteFileReader.Salvaged read = salvage("{\"version\": 1, \"folder\": \"articles\", \"findings\": ["
                + F1.replace("\"kept\"", "\"[draft] half a thought\"") + "}, " + F2.replace("}",
                ", \"note\": \"ok [conflict: verdict \\\"confirmed\\\" (08:29) set aside for \\\"divergence\\\", chosen later]\"}")
                + "]}");
        assertThat(read.dropped()).isEmpty();
        assertThat(read.file().findings().get(0).draft()).isEqualTo("half a thought");
        assertThat(read.file().findings().get(1).setAside()).hasSize(1);
    }

    /** The strict reader (a merge, another reader's save) still refuses what the salvage leaves out. */
    @Test
    void theStrictReaderStillRefusesTheFileWhole() {
        String json = "{\"version\": 1, \"findings\": [" + F1 + ", \"seen\": \"yesterday\"}, " + F2 + "]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NoteFileReader.read(json.getBytes(StandardCharsets.UTF_8),
                "tilik-notes.json")).hasMessageContaining("seen: expected an ISO-8601 instant");
    }

    private static NoteFileReader.Salvaged salvage(String json) throws JsonFileException {
        return NoteFileReader.salvage(json.getBytes(StandardCharsets.UTF_8), "tilik-notes.json");
    }
}
