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
 * Exact figures a few units apart in two articles, filed under no common quantity by the words around them
 * (team-written sentences of a cannery's payroll): one figure written two ways, unless something tells them apart.
 */
class NearFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2031, 6, 9);

    private static List<Finding> numeric(List<ArticleStatements> articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** One article in which {@code speaker} says {@code claim}, holding the exact figure {@code figure}. */
    private static ArticleStatements report(String file, LocalDate day, String speaker, String claim, String figure,
                                            double value, Qualifier q, String unit) {
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, null, Stance.ASSERT, null).number(figure, value, value, value, q, unit).done()
                .build();
    }

    private static ArticleStatements exact(String file, LocalDate day, String speaker, String claim, String figure,
                                           double value) {
        return report(file, day, speaker, claim, figure, value, Qualifier.EXACT, null);
    }

    @Test
    void twoExactFiguresAFewUnitsApartAreOneFigureWrittenTwoWays() throws Exception {
        List<Finding> found = numeric(List.of(
                exact("001_a.txt", DAY, "Rina Wati", "jumlah total pegawai pabrik pengalengan 7.412", "7.412", 7412),
                exact("002_b.txt", null, "Budi Santoso", "seluruh pegawai yang tercatat 7.418", "7.418", 7418)));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation()).contains("7.412", "7.418"));
    }

    @Test
    void figuresFurtherApartThanTheToleranceAreNotOneFigure() throws Exception {
        assertThat(numeric(List.of(
                exact("001_a.txt", DAY, "Rina Wati", "jumlah total pegawai pabrik pengalengan 7.412", "7.412", 7412),
                exact("002_b.txt", DAY, "Budi Santoso", "seluruh pegawai yang tercatat 7.618", "7.618", 7618))))
                .isEmpty();
    }

    @Test
    void figuresOfTwoDaysAreACountMovingOn() throws Exception {
        assertThat(numeric(List.of(
                exact("001_a.txt", DAY, "Rina Wati", "jumlah total pegawai pabrik pengalengan 7.412", "7.412", 7412),
                exact("002_b.txt", DAY.plusDays(2), "Budi Santoso", "seluruh pegawai yang tercatat 7.418", "7.418",
                        7418)))).isEmpty();
    }

    @Test
    void oneArticleGivingBothIsNoDisagreementBetweenOutlets() throws Exception {
        ArticleStatements one = ArticleFixture.article("001_a.txt",
                        "Rina Wati mengatakan pegawai tetap 7.412. Budi Santoso mengatakan pegawai kontrak 7.418.")
                .published(DAY)
                .say("pegawai tetap 7.412", "Rina Wati", null, Stance.ASSERT, null)
                .number("7.412", 7412.0, 7412, 7412, Qualifier.EXACT, null).done()
                .say("pegawai kontrak 7.418", "Budi Santoso", null, Stance.ASSERT, null)
                .number("7.418", 7418.0, 7418, 7418, Qualifier.EXACT, null).done()
                .build();
        assertThat(numeric(List.of(one))).isEmpty();
    }

    @Test
    void twoUnitsOfTwoThingsOrAnApproximateFigureAreLeftAlone() throws Exception {
        assertThat(numeric(List.of(
                report("001_a.txt", DAY, "Rina Wati", "gudang menyimpan 7.412 kaleng", "7.412 kaleng", 7412,
                        Qualifier.EXACT, "kaleng"),
                exact("002_b.txt", DAY, "Budi Santoso", "seluruh pegawai yang tercatat 7.418", "7.418", 7418))))
                .isEmpty();
        assertThat(numeric(List.of(
                report("001_a.txt", DAY, "Rina Wati", "jumlah total pegawai sekitar 7.412", "7.412", 7412,
                        Qualifier.APPROX, null),
                exact("002_b.txt", DAY, "Budi Santoso", "seluruh pegawai yang tercatat 7.418", "7.418", 7418))))
                .isEmpty();
    }

    @Test
    void smallFiguresAreLeftAlone() throws Exception {
        assertThat(numeric(List.of(
                exact("001_a.txt", DAY, "Rina Wati", "jumlah total pegawai gudang 41", "41", 41),
                exact("002_b.txt", DAY, "Budi Santoso", "seluruh pegawai gudang yang tercatat 42", "42", 42))))
                .isEmpty();
    }
}
