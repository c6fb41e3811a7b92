package dev.tilik.cli;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.finding;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.statements.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    static FolderAnalyzer returning(FindingType... types) {
        return (folder, rules, progress) -> {
            Document a = document("a.txt", "Pyongyang membantah. Seoul mengklaim.", null);
            Statement deny = statement(a, "1", "Pyongyang membantah.", "Pyongyang", "DPRK", Stance.DENY, "troops");
            Statement claim = statement(a, "2", "Seoul mengklaim.", "Seoul", "ROK", Stance.ASSERT, "troops");
            List<Finding> findings = java.util.Arrays.stream(types)
                    .map(t -> finding(t.id(), t, evidence(a, deny), evidence(a, claim, 1))).toList();
            return new Analysis(folder.toString(), rules.origin(), List.of(article(a, deny, claim)), findings, List.of());
        };
    }

    @Test
    void exitsOneWhenAContradictionIsFoundAndPrintsTheJsonReport() throws Exception {
        CliRun run = CliRun.run(returning(FindingType.DENY_VS_ASSERT), "check", dir.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCode.CONTRADICTIONS);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("articles").get(0).get("statements").get(0).get("speaker").asText()).isEqualTo("Pyongyang");
        assertThat(root.get("findings").get(0).get("type").asText()).isEqualTo("deny_vs_assert");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsZeroWhenOnlyInformativeFindingsAreFound() {
        CliRun run = CliRun.run(returning(FindingType.CORROBORATION), "check", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("0 contradictions, 1 other finding");
    }

    @Test
    void formatNamesAreCaseInsensitiveAndMarkdownWorks() {
        CliRun run = CliRun.run(returning(), "check", dir.toString(), "--format", "MD");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Tilik report: ");
    }

    @Test
    void aMissingFolderIsBadInput() {
        CliRun run = CliRun.run(returning(), "check", dir.resolve("nope").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: articles folder not found: ").contains("nope");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEmptyAnalysisIsBadInput() {
        FolderAnalyzer none = (folder, rules, progress) -> new Analysis(folder.toString(), "r", List.of(), List.of(),
                List.of(new dev.tilik.ingest.Problem(dev.tilik.ingest.Problem.Level.WARNING, "x.txt", "empty file"),
                        new dev.tilik.ingest.Problem(dev.tilik.ingest.Problem.Level.WARNING, "y.txt", "binary, skipped")));

        CliRun run = CliRun.run(none, "check", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no readable articles in", "x.txt: empty file", "y.txt: binary, skipped");
    }

    @Test
    void aMalformedRuleFileStopsWithItsLocation() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("id.json"), "{\n  \"language\": \"id\",\n  \"statements\": {,\n}\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(returning(), "check", dir.toString(), "--rules", rules.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).matches("(?s)tilik: rules/id\\.json:3:\\d+: .*");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run(returning(), "check", dir.toString(), "--format", "xml");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--format", "xml", "TEXT, JSON, MD");
    }

    @Test
    void anAnalysisThatFailsIsAnInternalErrorNotAStackTraceOnScreen() {
        FolderAnalyzer broken = (folder, rules, progress) -> {
            throw new java.io.IOException("model missing");
        };

        CliRun run = CliRun.run(broken, "check", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).isEqualTo("tilik: java.io.IOException: model missing (details in the log file)\n");
    }
}
