package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample story, with the statements the gold file describes: every must, no trap. */
class SeedsFindingsTest {

    @Test
    void meetsEveryMustAndNoTrapOnGoldStatements() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        JsonNode gold = GoldStory.gold(Path.of("src/test/resources/gold/seeds.json"));
        List<ArticleStatements> articles = GoldStory.load(gold, Path.of("articles"));
        List<Finding> findings = new FindingEngine(rules).find(articles);
        GoldScore score = GoldScore.of(gold, articles, findings);
        assertThat(score.violated()).isEmpty();
        assertThat(score.met()).contains("F1", "F2", "F3");
    }
}
