package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet's paraphrase printing, with one digit changed, the figure the same person's quotation gives in the very next
 * sentence: a misreport. Sentences of a water tariff, written for this test.
 */
class ParaphraseMisprintTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    private static List<Finding> misreports(ArticleStatements a) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(a)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    private static ArticleStatements article(String paraphrased, double value, String quoted, double quotedValue) {
        String paraphrase = "Wali kota Surya Atmaja juga menjelaskan soal kenaikan tarif air " + paraphrased + ".";
        String quote = "\u201CKenaikan tarif air sebesar " + quoted + " itu hanya untuk pelanggan industri,\u201D kata Surya.";
        return ArticleFixture.article("a.txt", paraphrase + " " + quote).published(DAY)
                .say("kenaikan tarif air " + paraphrased, "Wali kota Surya Atmaja", "Pemkot Lembah", Stance.ASSERT, "tarif air")
                .number(paraphrased, value, value, value, Qualifier.EXACT, "persen").done()
                .say("Kenaikan tarif air sebesar " + quoted + " itu hanya untuk pelanggan industri", "Surya", "Pemkot Lembah",
                        Stance.ASSERT, "tarif air")
                .number(quoted, quotedValue, quotedValue, quotedValue, Qualifier.EXACT, "persen").quote().done().build();
    }

    @Test
    void aParaphraseGivingTheQuotedFigureWithOneDigitChangedIsAMisprint() throws Exception {
        List<Finding> f = misreports(article("148 persen", 148, "140 persen", 140));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("misprints").contains("148 persen").contains("140 persen");
    }

    @Test
    void anotherCountOrASmallFigureIsNoMisprint() throws Exception {
        assertThat(misreports(article("148 persen", 148, "140 persen", 140))).hasSize(1);
        assertThat(misreports(article("185 persen", 185, "140 persen", 140))).as("two digits changed: another figure").isEmpty();
        assertThat(misreports(article("45 persen", 45, "40 persen", 40))).as("two digits: too few to tell a misprint").isEmpty();
        assertThat(misreports(article("140 persen", 140, "140 persen", 140))).as("the same figure").isEmpty();
    }
}
