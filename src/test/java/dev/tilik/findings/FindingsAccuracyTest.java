package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.eval.Evaluation;
import dev.tilik.eval.Gold;
import dev.tilik.eval.GoldArticle;
import dev.tilik.eval.GoldEvaluator;
import dev.tilik.eval.MustCheck;
import dev.tilik.eval.ShouldNotCheck;
import dev.tilik.model.FindingType;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine on gold statements (the gold file's own labels, so extraction errors play no part):
 * the sample story and the hand-written fixture stories, scored by {@link GoldEvaluator}. Figures
 * asserted here are the ones reported in docs/ACCURACY.md; a regression fails. Run with
 * {@code -Dtilik.print=true} to see every finding.
 */
class FindingsAccuracyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // folder, gold, contradictions, informative, flags per article (file=count …)
            "articles, src/test/resources/gold/seeds.json, 5, 5, '000_e66589b7fd0713d1.txt=4 003_9885e51dfbb98028.txt=5'",
            "src/test/resources/fixtures/findings-troops-id, src/test/resources/fixtures/findings-troops-id/gold.json, 9, 5,"
                    + " '101_antara.txt=4 102_kompas.txt=7 103_suara.txt=7 104_tempo.txt=5'",
            "src/test/resources/fixtures/findings-shells-en, src/test/resources/fixtures/findings-shells-en/gold.json, 5, 6,"
                    + " '301_wire.txt=3 302_herald.txt=3 303_post.txt=3 304_daily.txt=2'",
    })
    void meetsEveryMustAndNoTrap(String folder, String goldFile, int contradictions, int informative, String flags)
            throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        JsonNode goldJson = GoldStory.gold(Path.of(goldFile));
        List<ArticleStatements> articles = GoldStory.load(goldJson, Path.of(folder), rules);
        List<Finding> findings = new FindingEngine(rules).find(articles);
        Gold gold = Gold.load(Path.of(goldFile));
        Analysis analysis = new Analysis(folder, "rules", articles, findings, List.of());
        Evaluation score = GoldEvaluator.evaluate(analysis, gold);
        List<String> missed = score.musts().stream().filter(m -> !m.met()).map(m -> m.must().id()).toList();
        List<String> violated = new ArrayList<>(score.shouldNots().stream().filter(ShouldNotCheck::violated)
                .map(n -> n.trap().id()).toList());
        violated.addAll(flaggedGoodDates(gold, analysis));
        if (Boolean.getBoolean("tilik.print")) {
            print(folder, findings, score, missed, violated);
        }
        assertThat(missed).as("missed musts").isEmpty();
        assertThat(violated).as("traps flagged").isEmpty();
        assertThat(score.contradictions().size()).as("contradictions").isEqualTo(contradictions);
        assertThat(score.precision().ratio()).as("precision").isEqualTo(1.0);
        assertThat(findings.size() - score.contradictions().size()).as("informative findings").isEqualTo(informative);
        assertThat(flags(score.flagsPerArticle())).isEqualTo(flags);
    }

    /** Dates the gold calls right (weekday_ok) that a weekday-date finding flags anyway. */
    private static List<String> flaggedGoodDates(Gold gold, Analysis analysis) {
        List<String> out = new ArrayList<>();
        gold.articles().forEach((file, g) -> {
            String text = analysis.article(file).map(a -> a.document().text()).orElse(null);
            for (GoldArticle.GoldDate d : g.dates()) {
                boolean flagged = text != null && analysis.findings().stream()
                        .filter(f -> f.type() == FindingType.WEEKDAY_DATE)
                        .flatMap(f -> f.evidence().stream())
                        .anyMatch(ev -> ev.fileName().equals(file)
                                && collapse(ev.span().coveredText(text)).equals(collapse(d.text())));
                if (d.weekdayOk() && flagged) {
                    out.add("date " + file + ":" + d.text());
                }
            }
        });
        return out;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String flags(Map<String, Integer> perArticle) {
        StringBuilder sb = new StringBuilder();
        perArticle.forEach((f, n) -> sb.append(sb.length() == 0 ? "" : " ").append(f).append('=').append(n));
        return sb.toString();
    }

    private static void print(String folder, List<Finding> findings, Evaluation score, List<String> missed,
                              List<String> violated) {
        System.out.println("== " + folder);
        findings.forEach(f -> System.out.println(f.id() + " " + f.type().id() + " " + f.severity().id() + " " + f.rule()
                + "\n  " + f.title() + "\n  " + f.explanation() + "\n  evidence " + f.evidence().stream()
                .map(e -> e.side() + ":" + e.statementId()).toList()));
        System.out.println(String.format(Locale.ROOT, "met %s missed %s violated %s contradictions %d precision %s"
                        + " recall %s flags %s", score.musts().stream().filter(MustCheck::met).map(m -> m.must().id()).toList(),
                missed, violated, score.contradictions().size(), score.precision().describe(),
                score.recall().describe(), score.flagsPerArticle()));
    }
}
