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
 * One sentence writing two figures of one quantity lists two things (a part beside its whole, or two groups, one
 * of them misnamed by a rewrite): a figure only ever given beside another is not set against it
 * ({@link NumericDetector#besideIt}). Invented story: troops at a border, one outlet listing two contingents.
 */
class FiguresBesideEachOtherTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 28);

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    private static ArticleStatements one(String file, String speaker, String figure, double value) {
        String claim = figure + " tentara Korut sudah berada di Kursk";
        return ArticleFixture.article(file, speaker + " menyatakan " + claim + ".").published(DAY)
                .say(claim, speaker, "ROK", Stance.ASSERT, "troops")
                .number(figure, value, value, value, Qualifier.EXACT, "tentara").done().build();
    }

    /** "12.000 tentara Korut dan 3.000 tentara cadangan": both figures in one sentence. */
    private static ArticleStatements both(String file) {
        String claim = "12.000 tentara Korut dan 3.000 tentara cadangan sudah berada di Kursk";
        return ArticleFixture.article(file, "Kepala NIS menyatakan " + claim + ".").published(DAY)
                .say(claim, "Kepala NIS", "ROK", Stance.ASSERT, "troops")
                .number("12.000", 12000.0, 12000, 12000, Qualifier.EXACT, "tentara")
                .number("3.000", 3000.0, 3000, 3000, Qualifier.EXACT, "tentara").done().build();
    }

    @Test
    void aFigureOnlyEverGivenBesideAnotherInItsSentenceIsNotSetAgainstIt() throws Exception {
        assertThat(numeric(both("001_a.txt"), one("002_b.txt", "Kepala Staf Gabungan", "12.000", 12000)))
                .as("3.000 is only written beside 12.000: two contingents listed").isEmpty();
    }

    @Test
    void aFigureSomeReportGivesAloneIsStillSetAgainstTheOther() throws Exception {
        List<Finding> f = numeric(both("001_a.txt"), one("002_b.txt", "Kepala Staf Gabungan", "12.000", 12000),
                one("003_c.txt", "Menteri Pertahanan", "3.000", 3000));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("3.000").contains("12.000");
    }
}
