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
 * A syndicated rewrite is no second source (h41ux's item 8: "Corroborated: …, 2 articles" for one report carried
 * twice): an article crediting another article's outlet ("seperti dilansir dari …") carries that report.
 */
class CarriedReportsTest {
    private static final String CLAIM = "Kami tidak pernah menaikkan tarif air bersih tahun ini";

    private static List<Finding> corroborations(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(x -> x.type() == FindingType.CORROBORATION).toList();
    }

    private static ArticleStatements report(String file, String outlet, String after) {
        String text = "\u201C" + CLAIM + ",\u201D kata Rahmat Hidayat" + after + ".";
        return ArticleFixture.article(file, text).source(outlet)
                .say(CLAIM, "Rahmat Hidayat", "PDAM", Stance.DENY, "tarif air").quote().done().build();
    }

    @Test
    void aReportCarriedFromAnotherArticlesOutletCorroboratesNothing() throws Exception {
        ArticleStatements original = report("a.txt", "Warta Kini", "");
        ArticleStatements carried = report("b.txt", "Kabar Pagi", ", seperti dilansir dari Warta Kini");
        assertThat(corroborations(original, carried)).as("one report, twice").isEmpty();
    }

    @Test
    void aCarriedCopyIsCountedAsTheReportItCarries() throws Exception {
        List<Finding> found = corroborations(report("a.txt", "Warta Kini", ""),
                report("b.txt", "Kabar Pagi", ", seperti dilansir dari Warta Kini"), report("c.txt", "Suara Desa", ""));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).endsWith(", 3 articles, 2 reports");
        assertThat(found.get(0).explanation())
                .contains("b.txt credits the outlet of a.txt (it carries that report), so the 3 articles hold 2 reports");
    }

    @Test
    void aFunctionWordBeginningAnOutletsNameCreditsNothing() throws Exception {
        // "dari" begins "Darikota": the word after the via phrase must be a name, not the preposition before it
        List<Finding> found = corroborations(report("a.txt", "Darikota.id", ""),
                report("b.txt", "Kabar Pagi", ", seperti dilansir dari Suara Lintang"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).endsWith(", 2 articles");
    }

    @Test
    void anOutletNamedByACommonWordIsStillCredited() throws Exception {
        // "sekitar" is a function word; written "Sekitar Kita" after the via phrase it names the outlet
        assertThat(corroborations(report("a.txt", "Sekitar Kita", ""),
                report("b.txt", "Kabar Pagi", ", seperti dilansir dari Sekitar Kita"))).isEmpty();
    }

    @Test
    void aCopyOfAReportTheFindingDoesNotCiteIsNotSaid() throws Exception {
        // b.txt credits a.txt's outlet, but a.txt reports something else: b and c are two reports
        ArticleStatements other = ArticleFixture.article("a.txt", "Hujan turun sejak pagi.").source("Warta Kini").build();
        List<Finding> found = corroborations(other, report("b.txt", "Kabar Pagi", ", seperti dilansir dari Warta Kini"),
                report("c.txt", "Suara Desa", ""));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).endsWith(", 2 articles");
        assertThat(found.get(0).explanation()).doesNotContain("credits the outlet");
    }

    @Test
    void twoOwnReportsStillCorroborate() throws Exception {
        List<Finding> found = corroborations(report("a.txt", "Warta Kini", ""), report("b.txt", "Kabar Pagi", " kepada wartawan"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).endsWith(", 2 articles");
        assertThat(found.get(0).explanation()).doesNotContain("credits the outlet");
    }
}
