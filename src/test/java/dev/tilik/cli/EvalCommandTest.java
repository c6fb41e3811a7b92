package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheEvaluatorsFigures() throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"articles": {"a.txt": {"statements": [
                   {"id": "A1", "match": "Pyongyang membantah", "speaker": "Pyongyang", "stance": "deny"},
                   {"id": "A2", "match": "Seoul mengklaim", "speaker": "Korsel", "stance": "assert"}]}},
                 "must": [{"id": "F1", "kind": "deny_vs_assert", "between": [["A1"], ["A2"]]}],
                 "should_not": [{"id": "N1", "between": [["A1"], ["*"]], "except_types": ["deny_vs_assert"]}]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), "eval", "--gold",
                gold.toString(), dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("statements found     2/2 (1.00)", "speaker accuracy     1/2 (0.50)",
                "stance accuracy      2/2 (1.00)", "must found           1/1 (1.00)", "should_not violated  0/1",
                "precision            1/1 (1.00)", "recall               1/1 (1.00)");
    }

    @Test
    void aMalformedGoldFileIsBadInputWithItsLocation() throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{\"articles\": {}, \"must\": 3}", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CheckCommandTest.returning(), "eval", "--gold", gold.toString(), dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: " + gold + ":1:").contains("must");
    }

    @Test
    void theGoldOptionIsRequired() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "eval", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Missing required option: '--gold=FILE'");
    }
}
