package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.json.StrictJson;
import dev.tilik.model.FindingType;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Rating;
import dev.tilik.review.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The note file written token by token: byte for byte what the data-binding mapper wrote (the format
 * does not change), and read back it is the file that was written.
 */
class NoteFileWriterTest {
    private static final String SHA = "0123456789abcdef".repeat(4);
    /** Text a terminal must not run and JSON must escape: DEL, CSI, a bidi override, quotes, CJK, an emoji. */
    private static final String HOSTILE = "a\u007fb\u009b2J \u202eevil \"q\" \\ tab\t nl\n \u4e2d\u6587 \ud83d\ude00 \u0001";

    @Test
    void writesWhatTheMapperWrote() throws Exception {
        for (NoteFile file : files()) {
            String mapper = StrictJson.mapper().writeValueAsString(file) + "\n";

            assertThat(new String(NoteFileWriter.bytes(file), StandardCharsets.UTF_8)).isEqualTo(mapper);
        }
    }

    @Test
    void readsBackAsTheFileWritten() throws Exception {
        for (NoteFile file : files()) {
            byte[] written = NoteFileWriter.bytes(file);

            NoteFile read = NoteFileReader.read(written, "n.json");

            assertThat(read).isEqualTo(file);
            assertThat(NoteFileWriter.bytes(read)).isEqualTo(written);
        }
    }

    static List<NoteFile> files() {
        List<NoteFile> out = new ArrayList<>();
        out.add(NoteFile.empty());
        out.add(new NoteFile(1, "articles", List.of(new ArticleEntry("a.txt", SHA), new ArticleEntry(HOSTILE, SHA)),
                List.of(), Map.of()));
        List<FindingNote> findings = new ArrayList<>();
        findings.add(note("f1", FindingType.DENY_VS_ASSERT, Verdict.UNREVIEWED, null, "", List.of(), Map.of(),
                new ComparedStatement("a.txt", null, null, "Kata.")));
        findings.add(note("f2", FindingType.SAME_PARTY_DIVERGENCE, Verdict.values()[1], Rating.BELUM_TERBUKTI, HOSTILE,
                List.of("old1", HOSTILE), Map.of(),
                new ComparedStatement("a.txt", "Kim", "DPRK", HOSTILE, "https://example.com/a?b=1&c=\u00e9"),
                new ComparedStatement(HOSTILE, HOSTILE, null, "x", null)));
        findings.add(note("f3", FindingType.DENY_VS_CONDITIONAL, Verdict.values()[Verdict.values().length - 1],
                Rating.SALAH, "catatan", List.of(), extra(), new ComparedStatement("b.txt", "S", "P", "T", "u")));
        out.add(new NoteFile(1, null, List.of(new ArticleEntry("a.txt", SHA)), findings, Map.of()));
        out.add(new NoteFile(1, "f\u00f6lder", List.of(), findings.subList(2, 3), extra()));
        return out;
    }

    private static FindingNote note(String id, FindingType type, Verdict verdict, Rating rating, String note,
                                    List<String> formerIds, Map<String, JsonNode> extra, ComparedStatement... compared) {
        return new FindingNote(id, type, "title of " + id, List.of(compared), verdict, rating, note,
                "2024-10-25T08:30:00Z", "2024-10-25T08:31:12.345Z", formerIds, extra);
    }

    /** Keys a later version wrote: an object, a list, numbers, null, text with escapes. */
    private static Map<String, JsonNode> extra() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode nested = f.objectNode();
        nested.put("n", 3);
        nested.put("x", 2.5);
        nested.putNull("none");
        nested.putArray("list").add("a").add(HOSTILE).add(f.objectNode()).add(f.arrayNode());
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        extra.put("later", nested);
        extra.put("flag", f.booleanNode(true));
        extra.put("empty", f.arrayNode());
        extra.put("nothing", f.nullNode());
        extra.put("said", f.textNode(HOSTILE));
        return extra;
    }
}
