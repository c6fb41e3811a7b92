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

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        byte[] big = new byte[(int) dev.tilik.json.StrictJson.MAX_BYTES + 1];
        assertThatThrownBy(() -> NoteFileReader.read(big, "big.json"))
                .hasMessage("big.json: document larger than " + dev.tilik.json.StrictJson.MAX_BYTES + " bytes");
    }
}
