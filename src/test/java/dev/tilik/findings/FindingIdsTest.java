package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Finding ids are stable: article order and unrelated articles do not change them, and a clustered
 * finding keeps its id when its cluster gains or loses a statement (what its notes hang on).
 */
class FindingIdsTest {

    private static List<ArticleStatements> sample() throws Exception {
        JsonNode gold = GoldStory.gold(Path.of("src/test/resources/gold/seeds.json"));
        return GoldStory.load(gold, Path.of("articles"), RulesLoader.load(Path.of("rules")));
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).sorted().toList();
    }

    @Test
    void idsAreTwelveHexDigitsAndUnique() throws Exception {
        List<Finding> f = new FindingEngine(RulesLoader.load(Path.of("rules"))).find(sample());
        assertThat(f).isNotEmpty();
        assertThat(f).allSatisfy(x -> assertThat(x.id()).matches("[0-9a-f]{12}"));
        assertThat(ids(f)).doesNotHaveDuplicates();
    }

    @Test
    void shufflingArticlesKeepsIdsAndOrder() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = sample();
        List<Finding> before = new FindingEngine(rules).find(articles);
        List<ArticleStatements> shuffled = new ArrayList<>(articles);
        Collections.reverse(shuffled);
        Collections.shuffle(shuffled, new Random(7));
        List<Finding> after = new FindingEngine(rules).find(shuffled);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anUnrelatedArticleKeepsEveryId() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = new ArrayList<>(sample());
        List<String> before = ids(new FindingEngine(rules).find(articles));
        articles.add(0, ArticleFixture.article("001_weather.txt",
                        "BMKG memperkirakan hujan lebat di Jakarta. Kepala BMKG membantah isu banjir besar pekan ini.")
                .say("membantah isu banjir besar", "Kepala BMKG", "BMKG", Stance.DENY, "flood").done()
                .build());
        assertThat(ids(new FindingEngine(rules).find(articles))).containsAll(before);
    }

    private static Finding ofType(List<Finding> findings, FindingType type, String topic) {
        return findings.stream().filter(f -> f.type() == type && topic.equals(f.topic())).findFirst().orElseThrow();
    }

    @Test
    void aClusterGainingOneMoreDenialKeepsItsId() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = new ArrayList<>(sample());
        List<Finding> before = new FindingEngine(rules).find(articles);
        articles.add(ArticleFixture.article("005_extra.txt",
                        "Pyongyang kembali membantah telah mengirimkan tentara ke Rusia, Sabtu.")
                .say("membantah telah mengirimkan tentara", "Pyongyang", "DPRK", Stance.DENY, "troops").done()
                .build());
        List<Finding> after = new FindingEngine(rules).find(articles);

        for (FindingType t : List.of(FindingType.DENY_VS_CONDITIONAL, FindingType.DENY_VS_ASSERT)) {
            Finding was = ofType(before, t, "troops");
            Finding now = ofType(after, t, "troops");
            assertThat(now.id()).as(t.id()).isEqualTo(was.id());
            assertThat(now.evidence()).as(t.id()).hasSize(was.evidence().size() + 1)
                    .anyMatch(e -> e.fileName().equals("005_extra.txt"));
        }
    }

    @Test
    void aClusterLosingOneStatementKeepsItsId() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = sample();
        Finding was = ofType(new FindingEngine(rules).find(articles), FindingType.DENY_VS_CONDITIONAL, "troops");
        String dropped = was.evidence().stream().filter(e -> e.side() == 0).reduce((a, b) -> b).orElseThrow().statementId();
        List<ArticleStatements> fewer = articles.stream().map(a -> new ArticleStatements(a.document(),
                a.statements().stream().filter(s -> !s.id().equals(dropped)).toList(), a.dates())).toList();

        Finding now = ofType(new FindingEngine(rules).find(fewer), FindingType.DENY_VS_CONDITIONAL, "troops");
        assertThat(now.id()).isEqualTo(was.id());
        assertThat(now.evidence()).hasSize(was.evidence().size() - 1);
    }

    @Test
    void renamingEveryRuleKeepsEveryId(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String f : List.of("id.json", "en.json", "parties.json")) {
            java.nio.file.Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        String findings = java.nio.file.Files.readString(Path.of("rules/findings.json"), java.nio.charset.StandardCharsets.UTF_8);
        String renamed = findings.replaceAll("(\"(?:id|evolvingId)\": \")([a-z_]+)\"", "$1$2_v2\"");
        assertThat(renamed).isNotEqualTo(findings).contains("\"deny_vs_conditional_v2\"");
        java.nio.file.Files.writeString(dir.resolve("findings.json"), renamed, java.nio.charset.StandardCharsets.UTF_8);

        List<Finding> before = new FindingEngine(RulesLoader.load(Path.of("rules"))).find(sample());
        List<Finding> after = new FindingEngine(RulesLoader.load(dir)).find(sample());

        assertThat(ids(after)).isEqualTo(ids(before));
        assertThat(after).extracting(Finding::rule).allMatch(r -> r.endsWith("_v2"));
    }

    /**
     * A new Tilik computes other labels for the same claims (labels are phrases of the claims, and
     * accuracy work rewords them): every finding keeps its id, so every note stays on its finding.
     * With ids built on the topic label, every stance, numeric and report finding changed its id.
     */
    @Test
    void relabellingEveryTopicKeepsEveryId() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = sample();
        List<ArticleStatements> relabelled = articles.stream().map(a -> new ArticleStatements(a.document(),
                a.statements().stream().map(s -> s.topic() == null ? s : s.withTopic("reworded " + s.topic())).toList(),
                a.dates())).toList();
        List<Finding> before = new FindingEngine(rules).find(articles);
        List<Finding> after = new FindingEngine(rules).find(relabelled);

        assertThat(after).extracting(Finding::topic).as("the labels differ")
                .anyMatch(t -> t != null && t.startsWith("reworded "));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).evidence()).isEqualTo(before.get(i).evidence());
            assertThat(after.get(i).id()).as(before.get(i).title()).isEqualTo(before.get(i).id());
        }
    }

    /** Two findings of one kind starting at the same sentences are told apart, never merged. */
    @Test
    void findingsOfOnePlaceAreToldApart() {
        Evidence a = new Evidence("a.txt", "s1", new dev.tilik.text.CharSpan(0, 5), new dev.tilik.text.CharSpan(0, 9), "x", 0);
        Evidence b = new Evidence("b.txt", "s2", new dev.tilik.text.CharSpan(3, 5), new dev.tilik.text.CharSpan(0, 9), "y", 1);
        Finding deaths = new Finding("c1", FindingType.NUMERIC, dev.tilik.model.Severity.HIGH, "r", "deaths", "t", "e", List.of(a, b));
        Finding injured = new Finding("c2", FindingType.NUMERIC, dev.tilik.model.Severity.HIGH, "r", "injured", "t", "e", List.of(a, b));
        assertThat(FindingIds.ofPlace(deaths)).isEqualTo(FindingIds.ofPlace(injured));
        assertThat(FindingIds.ofPlace(FindingIds.ofPlace(deaths), deaths.id()))
                .isNotEqualTo(FindingIds.ofPlace(FindingIds.ofPlace(injured), injured.id()));
        Evidence later = new Evidence("a.txt", "s3", new dev.tilik.text.CharSpan(40, 45), new dev.tilik.text.CharSpan(30, 50), "z", 0);
        Finding more = new Finding("c1", FindingType.NUMERIC, dev.tilik.model.Severity.HIGH, "r", "deaths", "t", "e", List.of(later, a, b));
        assertThat(FindingIds.ofPlace(more)).as("a statement later in the folder changes nothing").isEqualTo(FindingIds.ofPlace(deaths));
    }
}
