package dev.tilik.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    final JsonNode root = parse(JsonReport.render(ReportFixture.analysis()));

    @Test
    void articlesCarryTheContractedFields() {
        JsonNode article = root.get("articles").get(0);
        assertThat(names(article)).contains("file", "language", "source", "statements");
        assertThat(article.get("file").asText()).isEqualTo("a.txt");
        assertThat(article.get("language").asText()).isEqualTo("id");
        JsonNode s = article.get("statements").get(1);
        assertThat(names(s)).contains("id", "start", "end", "text", "speaker", "party", "cue", "stance", "topic", "quote");
        assertThat(s.get("text").asText()).isEqualTo("Seoul mengklaim *1.500* tentara dikirim.");
        assertThat(ReportFixture.A.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        assertThat(s.get("stance").asText()).isEqualTo("assert");
        assertThat(s.get("quote").isBoolean()).isTrue();
    }

    @Test
    void articlesCarryTheirTitleUrlAndDateFromTheHeaderBlock() {
        String text = "title: Korut Bantah\nurl: https://k.example/1\ndate: 2024-10-22\n\nPyongyang membantah laporan itu.";
        dev.tilik.ingest.Article article = new dev.tilik.ingest.Article("k.json[1]", text, "0".repeat(64), "UTF-8",
                List.of(), dev.tilik.text.CharSpan.of(7, 19), null, null, java.time.LocalDate.of(2024, 10, 22), List.of());
        dev.tilik.nlp.Document doc = new dev.tilik.nlp.Document(article, new dev.tilik.nlp.LanguageGuess("id", 0.99, 0.9), List.of());
        dev.tilik.analysis.Analysis one = new dev.tilik.analysis.Analysis("articles", "bundled",
                List.of(dev.tilik.analysis.AnalysisFixtures.article(doc)), List.of(), List.of());
        JsonNode with = parse(JsonReport.render(one)).get("articles").get(0);
        assertThat(with.get("url").asText()).isEqualTo("https://k.example/1");
        assertThat(with.get("date").asText()).isEqualTo("2024-10-22");
        assertThat(with.get("title").asText()).isEqualTo("Korut Bantah");
        JsonNode without = root.get("articles").get(0);
        assertThat(names(without)).contains("title", "url", "date");
        assertThat(without.get("url").isNull()).isTrue();
        assertThat(without.get("date").isNull()).isTrue();
    }

    @Test
    void findingsCarryTheContractedFieldsAndTheirWholeSentences() {
        JsonNode f = root.get("findings").get(0);
        assertThat(names(f)).contains("id", "type", "severity", "rule", "explanation", "statements");
        assertThat(f.get("type").asText()).isEqualTo("deny_vs_conditional");
        assertThat(f.get("severity").asText()).isEqualTo("high");
        assertThat(f.get("contradiction").asBoolean()).isTrue();
        JsonNode ev = f.get("statements").get(1);
        assertThat(names(ev)).contains("file", "statement", "text");
        assertThat(ev.get("file").asText()).isEqualTo("b.txt");
        assertThat(ev.get("statement").asText()).isEqualTo("b.txt#1");
        assertThat(ev.get("text").asText()).isEqualTo(ReportFixture.B);
        assertThat(f.get("statements").get(0).get("side").asInt()).isZero();
        assertThat(ev.get("side").asInt()).as("the conditional is set against the denial").isEqualTo(1);
        assertThat(root.get("findings").get(1).get("contradiction").asBoolean()).isFalse();
    }

    @Test
    void problemsAreListed() {
        assertThat(root.get("problems").get(0).get("message").asText()).isEqualTo("empty file, skipped");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
