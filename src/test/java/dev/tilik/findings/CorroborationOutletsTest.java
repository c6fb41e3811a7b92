package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a corroboration says of its articles' outlets (the new-user review: "though all named outlets
 * are Suara.com" when only one of the two articles named an outlet). It says what is known: one
 * article names the outlet and the other none, or every article is from the one outlet.
 */
class CorroborationOutletsTest {

    private static String explanation(String outletA, String outletB) throws Exception {
        List<Finding> f = new FindingEngine(RulesLoader.load(Path.of("rules")))
                .find(List.of(report("a.txt", outletA), report("b.txt", outletB))).stream()
                .filter(x -> x.type() == FindingType.CORROBORATION).toList();
        assertThat(f).as("two articles reporting one denial corroborate").hasSize(1);
        return f.get(0).explanation();
    }

    private static ArticleStatements report(String file, String outlet) {
        String claim = "Kami tidak pernah menaikkan tarif air bersih tahun ini";
        String text = "\u201C" + claim + ",\u201D kata Rahmat Hidayat.";
        ArticleFixture a = ArticleFixture.article(file, text);
        if (outlet != null) {
            a.source(outlet);
        }
        return a.say(claim, "Rahmat Hidayat", "PDAM", Stance.DENY, "tarif air").quote().done().build();
    }

    @Test
    void oneArticleNamingAnOutletIsNotAllOfThem() throws Exception {
        String why = explanation("Suara.com", null);
        assertThat(why).doesNotContain("all named outlets", "all 2 articles")
                .contains("one article names Suara.com as its outlet and the other names none");
    }

    @Test
    void everyArticleFromOneOutletIsSaidSo() throws Exception {
        assertThat(explanation("Suara.com", "Suara.com"))
                .contains("all 2 articles are from Suara.com, so the reports may not be independent");
        assertThat(explanation("Suara.com", "Detik")).doesNotContain("independent");
    }
}
