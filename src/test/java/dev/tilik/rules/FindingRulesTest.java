package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.json.JsonFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingRulesTest {
    @TempDir
    Path dir;

    private Path rulesWith(String findings) throws IOException {
        Files.copy(Path.of("rules/id.json"), dir.resolve("id.json"));
        Files.writeString(dir.resolve("findings.json"), findings, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void projectRulesLoad() throws Exception {
        FindingRules r = RulesLoader.load(Path.of("rules")).findings();
        assertThat(r.stanceRules()).extracting(StanceRule::id).contains("deny_vs_assert", "deny_vs_conditional");
        assertThat(r.numeric()).isNotNull();
        assertThat(r.weekday()).isNotNull();
    }

    @Test
    void unknownStanceIsLocatedWithTheExpectedValues() throws IOException {
        Path d = rulesWith("{\n  \"stanceRules\": [\n    {\"id\": \"x\", \"type\": \"deny_vs_assert\",\n"
                + "     \"sides\": [[\"deny\"], [\"asert\"]], \"severity\": {\"cross_party\": \"high\"}}\n  ]\n}\n");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageMatching("(?s).*findings\\.json:4:\\d+: .*expected one of assert, deny, .*asert.*");
    }

    @Test
    void unknownRelationNamesTheChoices() throws IOException {
        Path d = rulesWith("{\"stanceRules\": [{\"id\": \"x\", \"type\": \"deny_vs_assert\",\n"
                + " \"sides\": [[\"deny\"], [\"assert\"]], \"severity\": {\"cross\": \"high\"}}]}");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageMatching("(?s).*findings\\.json:2:\\d+: .*expected one of same_party, cross_party, headline.*");
    }

    @Test
    void wrongFindingTypeForAStanceRuleIsRefused() throws IOException {
        Path d = rulesWith("{\"stanceRules\": [{\"id\": \"x\", \"type\": \"numeric\",\n"
                + " \"sides\": [[\"deny\"], [\"assert\"]], \"severity\": {\"cross_party\": \"high\"}}]}");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageMatching("(?s).*findings\\.json:\\d+:\\d+: .*expected one of deny_vs_assert.*");
    }

    /** The refusal names every kind stance rules make (it once stopped at headline_vs_body), and not misreport. */
    @Test
    void aKindItsDetectorMakesIsRefusedAsAStanceRuleType() throws IOException {
        Path d = rulesWith("{\"stanceRules\": [{\"id\": \"x\", \"type\": \"misreport\",\n"
                + " \"sides\": [[\"deny\"], [\"hedge\"]], \"severity\": {\"cross_party\": \"high\"}}]}");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageContaining("expected one of deny_vs_assert, deny_vs_conditional, same_party_divergence,"
                        + " headline_vs_body, deny_vs_hedge, confirm_vs_declined, got \"misreport\"");
    }

    @Test
    void duplicateRuleIdsAreRefused() throws IOException {
        Path d = rulesWith("{\"weekday\": {\"id\": \"dup\", \"severity\": \"low\"},\n"
                + " \"noComment\": {\"id\": \"dup\", \"stances\": [\"no_comment\"]}}");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageContaining("findings.json:")
                .hasMessageContaining("noComment.id: rule id \"dup\" is already used by weekday.id");
    }

    @Test
    void badSeverityInNumericIsLocated() throws IOException {
        Path d = rulesWith("{\n\"numeric\": {\"id\": \"numeric\", \"evolvingId\": \"evolving\", \"approxTolerance\": 0.1,\n"
                + "\"boundsTolerance\": 0.02, \"evolvingMinDays\": 1,\n"
                + "\"severity\": {\"hard\": \"high\", \"soft\": \"tiny\", \"bounds\": \"low\"}}}");
        assertThatThrownBy(() -> RulesLoader.load(d))
                .isInstanceOf(JsonFileException.class)
                .hasMessageMatching("(?s).*findings\\.json:4:\\d+: .*expected one of high, medium, low, info.*tiny.*");
    }
}
