package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.analysis.Analyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules are data (issue 4): a user copies {@code rules/}, edits a file, and the next
 * {@code tilik check --rules <copy>} shows the effect, with no rebuild. A malformed edit stops
 * Tilik with file:line:col and what was expected, exit 2.
 */
class RulesEditEndToEndTest {
    static final Analyzer ANALYZER = new Analyzer();

    @TempDir
    Path tmp;
    Path rules;
    Path articles;

    @BeforeEach
    void copyRulesAndWriteAnArticle() throws IOException {
        rules = Files.createDirectory(tmp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            files.filter(Files::isRegularFile).forEach(f -> copy(f, rules.resolve(f.getFileName())));
        }
        articles = Files.createDirectory(tmp.resolve("articles"));
        Files.writeString(articles.resolve("vanuatu.txt"), String.join("\n",
                "Port Vila - Rusia membantah laporan bahwa pihaknya merekrut tentara dari Pasifik.",
                "Maria Zakharova mengatakan laporan itu tidak berdasar.",
                "Perdana Menteri Vanuatu mengingkari bahwa negaranya mengirimkan pasukan ke Rusia.", ""),
                StandardCharsets.UTF_8);
    }

    @Test
    void aNewCueWordMakesANewStatementOnTheNextRun() throws Exception {
        assertThat(cues(check())).doesNotContain("mengingkari");

        edit("id.json", "{\"word\": \"membantah\", \"stance\": \"deny\"},",
                "{\"word\": \"membantah\", \"stance\": \"deny\"},\n      {\"word\": \"mengingkari\", \"stance\": \"deny\"},");

        JsonNode after = check();
        JsonNode added = statementWithCue(after, "mengingkari");
        assertThat(added).as(after.toPrettyString()).isNotNull();
        assertThat(added.get("stance").asText()).isEqualTo("deny");
        assertThat(added.get("speaker").asText()).contains("Vanuatu");
    }

    @Test
    void aNewAliasGivesTheSpeakerItsPartyOnTheNextRun() throws Exception {
        assertThat(partyOf(check(), "Maria Zakharova")).isNotEqualTo("RU");

        edit("parties.json", "\"Sergei Lavrov\",", "\"Sergei Lavrov\", \"Maria Zakharova\",");

        assertThat(partyOf(check(), "Maria Zakharova")).isEqualTo("RU");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLocation() throws Exception {
        edit("id.json", "\"language\": \"id\",", "\"language\": \"id\",\n  \"language\": \"id\",");

        assertRefused("rules/id.json:4:\\d+: Duplicate field 'language': expected each key once in an object.*");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"parties.json|, \"extra\": 1", "findings.json|oops"})
    void textAfterTheLastBraceIsRefusedWithItsLocation(String file, String garbage) throws Exception {
        Files.writeString(rules.resolve(file), "\n" + garbage + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        int lines = Files.readAllLines(rules.resolve(file), StandardCharsets.UTF_8).size();

        assertRefused("rules/" + file + ":" + lines + ":\\d+: expected the end of the file after .*");
    }

    @Test
    void anUnknownStanceIsRefusedNamingTheStancesExpected() throws Exception {
        String entry = "{\"word\": \"menepis\", \"stance\": \"deny\"}";
        int line = lineOf(Path.of("rules/id.json"), entry);
        edit("id.json", entry, "{\"word\": \"menepis\", \"stance\": \"denies\"}");

        assertRefused("rules/id.json:" + line + ":\\d+: statements\\.cues\\[2\\]\\.stance: expected one of assert, deny, .*got \"denies\".*");
    }

    @Test
    void aCatastrophicRegexIsAcceptedAndRunsInLinearTime() throws Exception {
        edit("id.json", "\"ADVERTISEMENT\",", "\"ADVERTISEMENT\", \"(a+)+$\",");
        // On the JDK's backtracking engine this line would take longer than the universe has left.
        Files.writeString(articles.resolve("long.txt"), "Rusia membantah laporan itu.\n" + "a".repeat(20_000) + "!\n",
                StandardCharsets.UTF_8);

        long start = System.nanoTime();
        JsonNode report = check();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.get("articles")).hasSize(2);
        assertThat(millis).as("check with (a+)+$ over 20,000 a's").isLessThan(30_000);
    }

    @Test
    void aPatternOverTheLengthLimitIsRefusedWithItsLocation() throws Exception {
        edit("id.json", "\"ADVERTISEMENT\",", "\"ADVERTISEMENT\", \"" + "x".repeat(1001) + "\",");

        assertRefused("rules/id.json:7:\\d+: boilerplate\\.lines\\[3\\]: .*1001 characters; the limit is 1000.*");
    }

    @Test
    void theUngreedyFlagIsRefusedWithItsLocationAndTheAlternative() throws Exception {
        edit("id.json", "\"ADVERTISEMENT\",", "\"ADVERTISEMENT\", \"(?U)Simak.*\",");

        assertRefused("rules/id.json:7:\\d+: boilerplate\\.lines\\[3\\]: .*ungreedy.*\\*\\?.*");
    }

    private JsonNode check() throws IOException {
        CliRun run = CliRun.run(ANALYZER, "check", articles.toString(), "--rules", rules.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(ExitCode.OK, ExitCode.CONTRADICTIONS);
        return new ObjectMapper().readTree(run.out());
    }

    private void assertRefused(String errorPattern) {
        CliRun run = CliRun.run(ANALYZER, "check", articles.toString(), "--rules", rules.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: ").matches("(?s)tilik: " + errorPattern + "\n");
        assertThat(run.out()).isEmpty();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = rules.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> statements(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.get("articles").forEach(a -> a.get("statements").forEach(out::add));
        return out;
    }

    private static List<String> cues(JsonNode report) {
        return statements(report).stream().map(s -> s.get("cue").asText()).toList();
    }

    private static JsonNode statementWithCue(JsonNode report, String cue) {
        return statements(report).stream().filter(s -> s.get("cue").asText().equals(cue)).findFirst().orElse(null);
    }

    private static String partyOf(JsonNode report, String speaker) {
        JsonNode s = statements(report).stream().filter(n -> n.get("speaker").asText().contains(speaker))
                .findFirst().orElseThrow(() -> new AssertionError("no statement by " + speaker + ": " + report));
        return s.get("party").asText();
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the bundled rules file holding {@code text} (the file's comments move it). */
    private static int lineOf(Path file, String text) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
