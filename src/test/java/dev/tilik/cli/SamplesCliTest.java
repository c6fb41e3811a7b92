package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.analysis.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands over the real pipeline on the sample articles. */
class SamplesCliTest {
    @Test
    void checkReportsBothHeadlineFindingsAsJsonAndExitsOne() throws Exception {
        CliRun run = CliRun.run(new Analyzer(), "check", "articles", "--rules", "rules", "--format", "json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.CONTRADICTIONS);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("articles")).hasSize(2);
        assertThat(root.get("articles").get(0).get("language").asText()).isEqualTo("id");
        List<String> types = new ArrayList<>();
        root.get("findings").forEach(f -> types.add(f.get("type").asText()));
        assertThat(types).contains("deny_vs_conditional", "deny_vs_assert");
        JsonNode evidence = root.get("findings").get(0).get("statements").get(0);
        assertThat(evidence.get("file").asText()).endsWith(".txt");
        assertThat(evidence.get("text").asText()).isNotBlank();
    }

    @Test
    void evalPrintsTheFiguresOnTheSeeds() {
        CliRun run = CliRun.run(new Analyzer(), "eval", "--gold", "src/test/resources/gold/seeds.json", "articles",
                "--rules", "rules");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("statements found     22/22", "must found           5/5",
                "should_not violated  0/4");
    }
}
