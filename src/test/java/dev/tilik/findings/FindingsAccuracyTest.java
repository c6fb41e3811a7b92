package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine on gold statements (the gold file's own labels, so extraction errors play no part):
 * the sample story and the hand-written fixture stories. Figures asserted here are the ones
 * reported in docs/ACCURACY.md; a regression fails. Run with {@code -Dtilik.print=true} to see
 * every finding.
 */
class FindingsAccuracyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // folder, gold, contradictions, informative, flags per article (file=count …)
            "articles, src/test/resources/gold/seeds.json, 5, 5, '000_e66589b7fd0713d1.txt=4 003_9885e51dfbb98028.txt=5'",
            "src/test/resources/fixtures/findings-troops-id, src/test/resources/fixtures/findings-troops-id/gold.json, 8, 5,"
                    + " '101_antara.txt=4 102_kompas.txt=6 103_suara.txt=6 104_tempo.txt=5'",
            "src/test/resources/fixtures/findings-shells-en, src/test/resources/fixtures/findings-shells-en/gold.json, 4, 6,"
                    + " '301_wire.txt=2 302_herald.txt=3 303_post.txt=3 304_daily.txt=2'",
    })
    void meetsEveryMustAndNoTrap(String folder, String goldFile, int contradictions, int informative, String flags)
            throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        JsonNode gold = GoldStory.gold(Path.of(goldFile));
        List<ArticleStatements> articles = GoldStory.load(gold, Path.of(folder), rules);
        List<Finding> findings = new FindingEngine(rules).find(articles);
        GoldScore score = GoldScore.of(gold, articles, findings);
        if (Boolean.getBoolean("tilik.print")) {
            print(folder, findings, score);
        }
        assertThat(score.missed()).as("missed musts").isEmpty();
        assertThat(score.violated()).as("traps flagged").isEmpty();
        assertThat(score.contradictions()).as("contradictions").isEqualTo(contradictions);
        assertThat(score.precision()).as("precision").isEqualTo(1.0);
        assertThat(findings.size() - score.contradictions()).as("informative findings").isEqualTo(informative);
        assertThat(flags(score.flagsPerArticle())).isEqualTo(flags);
    }

    private static String flags(Map<String, Integer> perArticle) {
        StringBuilder sb = new StringBuilder();
        perArticle.forEach((f, n) -> sb.append(sb.length() == 0 ? "" : " ").append(f).append('=').append(n));
        return sb.toString();
    }

    private static void print(String folder, List<Finding> findings, GoldScore score) {
        System.out.println("== " + folder);
        findings.forEach(f -> System.out.println(f.id() + " " + f.type().id() + " " + f.severity().id() + " " + f.rule()
                + "\n  " + f.title() + "\n  " + f.explanation() + "\n  evidence " + f.evidence().stream()
                .map(e -> e.side() + ":" + e.statementId()).toList()));
        System.out.println(String.format(Locale.ROOT, "met %s missed %s violated %s contradictions %d precision %.2f"
                        + " recall %.2f flags %s", score.met(), score.missed(), score.violated(), score.contradictions(),
                score.precision(), score.recall(), score.flagsPerArticle()));
    }
}
