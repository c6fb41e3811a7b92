package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.json.JsonFileException;
import dev.tilik.review.Verdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NoteFileReaderTest {
    private static final String REVIEW = "{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": \"confirmed\", "
            + "\"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\"";

    private static NoteFile read(String json) throws JsonFileException {
        return NoteFileReader.read(json.getBytes(StandardCharsets.UTF_8), "tilik-notes.json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key         | {\"version\": 1,\\n \"version\": 1}                        | tilik-notes.json:2:11: Duplicate field 'version'",
            "trailing tokens       | {\"version\": 1}\\n{}                                      | tilik-notes.json:2:1: Trailing token",
            "missing version       | {\"findings\": []}                                       | tilik-notes.json:1:16: version: missing",
            "version as text       | {\"version\": \"1\"}                                     | tilik-notes.json:1:13: version: expected the number 1",
            "older version         | {\"version\": 0}                                         | tilik-notes.json:1:13: version: expected 1, got 0",
            "newer version         | {\"version\": 2}                                         | tilik-notes.json:1:13: version 2 was written by a newer Tilik",
            "not an object         | [1]                                                      | tilik-notes.json:1:1: expected a JSON object",
            "empty                 | ''                                                       | tilik-notes.json:1:1: expected a JSON object",
    })
    void refusesWithALocatedMessage(String what, String json, String expected) {
        assertThatThrownBy(() -> read(json.replace("\\n", "\n"))).isInstanceOf(JsonFileException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void aBadValueNamesItsPathAndWhatWasExpected() {
        assertThatThrownBy(() -> read("{\"version\": 1, \"findings\": [" + REVIEW.replace("confirmed", "maybe") + "}]}"))
                .hasMessageStartingWith("tilik-notes.json:1:")
                .hasMessageContaining("findings[0].verdict")
                .hasMessageContaining("expected one of unreviewed, confirmed");
        assertThatThrownBy(() -> read("{\"version\": 1, \"findings\": [" + REVIEW.replace("2024-10-25T08:30:00Z\"}", "")
                .replace("\"updated\": \"2024-10-25T08:30:00Z\"", "\"updated\": \"yesterday\"") + "}]}"))
                .hasMessageContaining("updated: expected an ISO-8601 instant");
        assertThatThrownBy(() -> read("{\"version\": 1, \"findings\": [" + REVIEW + "}, " + REVIEW + "}]}"))
                .hasMessageContaining("id \"f1\" appears twice");
        assertThatThrownBy(() -> read("{\"version\": 1, \"articles\": [{\"path\": \"a\", \"sha256\": \"xyz\"}]}"))
                .hasMessageContaining("sha256: expected 64 lowercase hex digits");
    }

    @Test
    void unknownFieldsOfALaterMinorVersionAreTolerated() throws JsonFileException {
        NoteFile f = read("{\"version\": 1, \"reviewer\": \"ana\", \"findings\": [" + REVIEW + ", \"colour\": \"red\"}]}");
        assertThat(f.findings()).singleElement().extracting(FindingNote::verdict).isEqualTo(Verdict.CONFIRMED);
    }

    /**
     * One name for one verdict where a user reads it ("false alarm"), but the note file keeps the design's id
     * ({@code not_a_contradiction}), in a review and in a set-aside entry: read and written back the same, never
     * renamed under a tool that reads the file.
     */
    @Test
    void aFalseAlarmKeepsTheDesignsIdInTheNoteFile() throws JsonFileException {
        NoteFile old = read("{\"version\": 1, \"findings\": [" + REVIEW.replace("confirmed", "not_a_contradiction")
                + ", \"setAside\": [{\"field\": \"verdict\", \"value\": \"not_a_contradiction\", \"instead\": "
                + "\"confirmed\", \"chosen\": \"2024-10-25T08:29:40Z\"}]}]}");
        assertThat(old.findings()).singleElement().extracting(FindingNote::verdict)
                .isEqualTo(Verdict.NOT_A_CONTRADICTION);
        assertThat(Verdict.NOT_A_CONTRADICTION.label()).isEqualTo("false alarm");
        String written = new String(NoteFileWriter.bytes(old), StandardCharsets.UTF_8);
        assertThat(written).contains("\"verdict\" : \"not_a_contradiction\"", "\"value\" : \"not_a_contradiction\"")
                .doesNotContain("false_alarm");
        assertThat(read(written).findings().get(0).verdict()).isEqualTo(Verdict.NOT_A_CONTRADICTION);
        assertThat(Verdict.of("false_alarm")).isEqualTo(Verdict.NOT_A_CONTRADICTION);
    }

    /**
     * A draft (a note typed, never confirmed) is a field of its own beside the note, written and read
     * back; a file written before it had one — the draft as a note starting "[draft] " — still reads,
     * its draft a draft and no "[draft] " left in any note; a file with no draft at all reads as before.
     */
    @Test
    void aDraftIsAFieldOfItsOwnAndAnOldMarkedNoteReadsAsOne() throws JsonFileException {
        NoteFile both = read("{\"version\": 1, \"findings\": [" + REVIEW
                + ", \"note\": \"Modal divergence: sama\", \"draft\": \"hal\"}]}");
        assertThat(both.findings()).singleElement().satisfies(n -> {
            assertThat(n.note()).isEqualTo("Modal divergence: sama");
            assertThat(n.draft()).isEqualTo("hal");
            assertThat(n.toReview().draft()).isEqualTo("hal");
        });
        String written = new String(NoteFileWriter.bytes(both), StandardCharsets.UTF_8);
        assertThat(written).contains("\"note\" : \"Modal divergence: sama\"", "\"draft\" : \"hal\"");
        assertThat(read(written).findings().get(0).draft()).isEqualTo("hal");

        NoteFile old = read("{\"version\": 1, \"findings\": [" + REVIEW + ", \"note\": \"[draft] hal\"}]}");
        assertThat(old.findings()).singleElement().satisfies(n -> {
            assertThat(n.note()).isEmpty();
            assertThat(n.draft()).isEqualTo("hal");
        });
        NoteFile none = read("{\"version\": 1, \"findings\": [" + REVIEW + ", \"note\": \"ok\"}]}");
        assertThat(none.findings().get(0).draft()).isEmpty();
        assertThat(new String(NoteFileWriter.bytes(none), StandardCharsets.UTF_8)).doesNotContain("draft");
    }

    /** Past Jackson's nesting cap (1000), an unknown field is refused located; never a StackOverflowError. */
    @ParameterizedTest(name = "{0} deep, salvaging: {1}")
    @CsvSource({"1001, false", "1001, true", "100000, false", "100000, true"})
    void aFieldNestedPastTheDepthCapIsALocatedRefusalNeverAStackOverflow(int depth, boolean salvaging) {
        String json = "{\"version\": 1, \"findings\": [" + REVIEW + ", \"later\": " + "[".repeat(depth)
                + "]".repeat(depth) + "}]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            if (salvaging) {
                NoteFileReader.salvage(bytes, "tilik-notes.json");
            } else {
                NoteFileReader.read(bytes, "tilik-notes.json");
            }
        }).isExactlyInstanceOf(JsonFileException.class).hasMessageStartingWith("tilik-notes.json:1:")
                .hasMessageContaining("1000");
    }

    /**
     * A number past Jackson's length cap (1,000 digits) was refused in Jackson's words and placed nowhere:
     * {@code tilik-notes.json: Number value length (1001) exceeds the maximum allowed (1000, from
     * `StreamReadConstraints.getMaxNumberLength()`)}. It is located at the number, in the file's words.
     */
    @ParameterizedTest(name = "{0}, salvaging {1}")
    @CsvSource({"'1', false", "'1', true", "'1.', false", "'1e', true"})
    void aNumberPastTheLengthCapIsALocatedRefusal(String head, boolean salvaging) {
        String json = "{\"version\": 1,\n \"findings\": [" + REVIEW + ", \"later\": " + head + "1".repeat(1000) + "}]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int col = json.lines().toList().get(1).indexOf(head + "1".repeat(1000)) + 1;
        assertThatThrownBy(() -> {
            if (salvaging) {
                NoteFileReader.salvage(bytes, "tilik-notes.json");
            } else {
                NoteFileReader.read(bytes, "tilik-notes.json");
            }
        }).isExactlyInstanceOf(JsonFileException.class).hasMessage("tilik-notes.json:2:" + col + ": a number of 1001 digits: expected at most 1000 digits in a number");
    }

    @Test
    void aVersionPastTheNumberLengthCapIsRefusedAtIt() throws JsonFileException {
        byte[] bytes = ("{\"version\": " + "1".repeat(1001) + "}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NoteFileReader.read(bytes, "tilik-notes.json"))
                .hasMessage("tilik-notes.json:1:13: a number of 1001 digits: expected at most 1000 digits in a number");
        assertThat(NoteFileReader.read(("{\"version\": 1, \"x\": " + "1".repeat(1000) + "}")
                .getBytes(StandardCharsets.UTF_8), "tilik-notes.json").version()).isEqualTo(1);
    }

    @Test
    void aFieldNestedJustInsideTheDepthCapIsKept() throws JsonFileException {
        String json = "{\"version\": 1, \"findings\": [" + REVIEW + ", \"later\": " + "[".repeat(990)
                + "]".repeat(990) + "}]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(NoteFileReader.read(bytes, "tilik-notes.json").findings()).hasSize(1);
        assertThat(NoteFileReader.salvage(bytes, "tilik-notes.json").dropped()).isEmpty();
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        byte[] big = new byte[(int) dev.tilik.json.StrictJson.MAX_BYTES + 1];
        assertThatThrownBy(() -> NoteFileReader.read(big, "big.json"))
                .hasMessage("big.json: document larger than " + dev.tilik.json.StrictJson.MAX_BYTES + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a list as a number     | {\"version\": 1, \"findings\": 5}                        | tilik-notes.json:1:28: findings: expected a list, found the number 5",
            "an object as text      | {\"version\": 1, \"folder\": {}}                          | tilik-notes.json:1:26: folder: expected text in double quotes, found an object",
            "a list element as text | {\"version\": 1, \"articles\": [\"a\"]}                     | tilik-notes.json:1:29: articles[0]: expected an object, found the text \"a\"",
            "a null id in a list    | {\"version\": 1, \"findings\": [{\"formerIds\": [null]}]}     | tilik-notes.json:1:44: findings[0].formerIds[0]: expected text in double quotes, found null",
            "a missing id           | {\"version\": 1, \"findings\": [{\"type\": \"numeric\"}]}     | tilik-notes.json:1:29: findings[0]: id: missing",
            "an unknown type        | {\"version\": 1, \"findings\": [{\"type\": \"odd\"}]}         | tilik-notes.json:1:38: findings[0].type: expected one of deny_vs_assert",
    })
    void aValueOfTheWrongKindIsRefusedAtItsPlace(String what, String json, String expected) {
        assertThatThrownBy(() -> read(json.replace("\\n", "\n"))).isInstanceOf(JsonFileException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void readsWhatTheMapperReadCommentsTrailingCommasNullsNumbersAsTextAndUnknownKeysIncluded() throws JsonFileException {
        String json = "// notes\n{\"version\": 1, \"folder\": null, \"later\": {\"a\": [1, null]}, \"nothing\": null,\n"
                + " \"articles\": [{\"path\": \"a.txt\", \"sha256\": \"" + "0".repeat(64) + "\", \"size\": 3},],\n"
                + " \"findings\": [" + REVIEW + ", \"title\": 7, \"note\": true, \"rating\": \"salah\", \"formerIds\": [\"f0\"],"
                + " \"statements\": [{\"file\": \"a.txt\", \"text\": \"Kata.\", \"speaker\": null, \"x\": 1}], \"colour\": [\"red\"]},"
                + " {\"id\": \"f2\", \"type\": \"deny_vs_assert\", \"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\","
                + " \"statements\": null, \"verdict\": null}] # end\n}";
        NoteFile streamed = read(json);
        NoteFile mapped = dev.tilik.json.StrictJson.read(dev.tilik.json.StrictJson.lenientMapper(),
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tilik-notes.json", NoteFile.class);
        assertThat(streamed).isEqualTo(mapped);
        assertThat(streamed.extra()).containsOnlyKeys("later", "nothing");
        assertThat(streamed.findings().get(0).title()).isEqualTo("7");
        assertThat(streamed.findings().get(0).extra()).containsOnlyKeys("colour");
    }
}
