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
        if (Boolean.getBoolean("tilik.print")) {
            findings.forEach(f -> System.out.println(f.id() + " " + f.type().id() + " " + f.severity().id() + " " + f.rule()
                    + "\n  " + f.title() + "\n  " + f.explanation() + "\n  sides " + f.evidence().stream()
                    .map(e -> e.side() + ":" + e.statementId()).toList()));
        }
        GoldScore score = GoldScore.of(gold, articles, findings);
        assertThat(score.violated()).isEmpty();
        assertThat(score.met()).containsExactly("F1", "F2", "F3", "F4", "F5");
    }
}
