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
 * A figure its own sentence names as where the count stood before it was put right is no side of a conflict at that
 * moment; the sentence's later figure is its claim (team-written sentences of an invented story: a warehouse roof that
 * fell in a market town).
 */
class EarlierFiguresTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** One article whose one sentence is {@code claim}, said by {@code speaker}, giving each figure of {@code figures}. */
    private static ArticleStatements report(String file, LocalDate day, String speaker, String claim, String counted,
                                            String... figures) {
        ArticleFixture.StatementSpec s = ArticleFixture.article(file, speaker + " menyebut " + claim + ".").published(day)
                .say(claim, speaker, "BPBD", Stance.ASSERT, "gudang");
        for (String f : figures) {
            double v = Double.parseDouble(f);
            s = s.number(f + " orang", v, v, v, Qualifier.EXACT, "orang", counted);
        }
        return s.done().build();
    }

    private static int sideOf(Finding f, String file) {
        return f.evidence().stream().filter(e -> e.fileName().equals(file)).map(Evidence::side).distinct()
                .reduce((a, b) -> -1).orElse(-2);
    }

    @Test
    void aFigureTheSentenceSaysWasCorrectedIsNoSideItsNewFigureIs() throws Exception {
        ArticleStatements corrected = report("001_a.txt", MONDAY, "Kepala Pelaksana",
                "sebelumnya sempat disebut 9 orang meninggal, namun setelah dihitung ulang 7 orang meninggal", "dead",
                "9", "7");
        ArticleStatements other = report("002_b.txt", MONDAY, "Relawan", "ada 9 orang meninggal", "dead", "9");

        List<Finding> found = numeric(corrected, other);

        assertThat(found).hasSize(1);
        assertThat(sideOf(found.get(0), "001_a.txt")).isIn(0, 1);
        assertThat(sideOf(found.get(0), "001_a.txt")).isNotEqualTo(sideOf(found.get(0), "002_b.txt"));
    }

    @Test
    void aTurnToTheSameThingsFigureMakesTheFirstEarlierWithoutACorrectionWord() throws Exception {
        ArticleStatements turned = report("001_a.txt", MONDAY, "Kepala Pelaksana",
                "awalnya disebutkan 50 orang luka, sebenarnya 49 orang luka", "injured", "50", "49");
        ArticleStatements other = report("002_b.txt", MONDAY, "Relawan", "ada 50 orang luka", "injured", "50");

        List<Finding> found = numeric(turned, other);

        assertThat(found).hasSize(1);
        assertThat(sideOf(found.get(0), "001_a.txt")).isNotEqualTo(sideOf(found.get(0), "002_b.txt"));
    }

    @Test
    void aRecapOfAnEarlierFigureWithNoTurnStaysTheSpeakersFigure() throws Exception {
        ArticleStatements recap = report("001_a.txt", MONDAY, "Kepala Pelaksana",
                "sebelumnya ada 9 orang meninggal di gudang itu", "dead", "9");
        ArticleStatements other = report("002_b.txt", MONDAY, "Relawan", "ada 7 orang meninggal", "dead", "7");

        List<Finding> found = numeric(recap, other);

        assertThat(found).hasSize(1);
        assertThat(sideOf(found.get(0), "001_a.txt")).isNotEqualTo(sideOf(found.get(0), "002_b.txt"));
    }

    @Test
    void aFigureTheFolderNamesAsCorrectedOutdatesNoLaterReport() throws Exception {
        ArticleStatements first = report("001_a.txt", MONDAY, "Camat", "ada 7 orang meninggal", "dead", "7");
        ArticleStatements higher = report("002_b.txt", MONDAY.plusDays(1), "Relawan", "ada 9 orang meninggal", "dead",
                "9");
        ArticleStatements corrected = report("003_c.txt", MONDAY.plusDays(2), "Kepala Seksi Data",
                "sebelumnya dilaporkan 9 orang meninggal, namun jumlah itu dikoreksi menjadi 7 orang meninggal", "dead",
                "9", "7");
        ArticleStatements lower = report("004_d.txt", MONDAY.plusDays(2), "Kepala Pelaksana", "ada 6 orang meninggal",
                "dead", "6");

        List<Finding> found = numeric(first, higher, corrected, lower);

        assertThat(found).anySatisfy(f -> {
            assertThat(f.explanation()).contains("Kepala Seksi Data (BPBD) gives “7 orang”")
                    .doesNotContain("Kepala Seksi Data (BPBD) gives “9");
            assertThat(sideOf(f, "003_c.txt")).isNotEqualTo(sideOf(f, "004_d.txt"));
        });
    }
}
