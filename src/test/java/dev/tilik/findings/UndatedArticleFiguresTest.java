package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure of a moving count in an article whose header gives no date speaks for the latest day its text writes
 * out in full ({@link YearResolver#dateInBodyOf}), as a relative day there does: an outlet dates what it reports
 * and writes on or after every such day. Invented story: a boat capsized, two outlets on the Saturday.
 */
class UndatedArticleFiguresTest {
    private static final LocalDate SATURDAY = LocalDate.of(2024, 11, 2);

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    private static ArticleStatements dated() {
        String claim = "12 orang meninggal dunia dalam kecelakaan kapal itu";
        return ArticleFixture.article("001_a.txt", "Basarnas mencatat " + claim + ".").published(SATURDAY)
                .say(claim, "Basarnas", "Basarnas", Stance.ASSERT, "korban kapal")
                .number("12", 12.0, 12, 12, Qualifier.EXACT, "orang", "dead").done().build();
    }

    /** An article with no date in its header; {@code body} a sentence before the figure's, dating or not. */
    private static ArticleStatements undated(String body, boolean writesTheDate) {
        String claim = "9 orang meninggal dunia dalam kecelakaan kapal itu";
        ArticleFixture a = ArticleFixture.article("002_b.txt", body + " Polisi menyebut " + claim + ".");
        if (writesTheDate) {
            a.date("Sabtu (2/11/2024)", DayOfWeek.SATURDAY, 2, 11, 2024);
        }
        return a.say(claim, "Polisi", "Polres", Stance.ASSERT, "korban kapal")
                .number("9", 9.0, 9, 9, Qualifier.EXACT, "orang", "dead").done().build();
    }

    @Test
    void aFigureOfAnUndatedArticleSpeaksForTheDayItsTextWritesInFull() throws Exception {
        List<Finding> f = numeric(dated(), undated("Pencarian dilanjutkan Sabtu (2/11/2024) pagi.", true));
        assertThat(f).as("9 and 12 dead on one Saturday: two counts at one moment").hasSize(1);
        assertThat(f.get(0).title()).contains("9").contains("12");
    }

    @Test
    void anUndatedArticleWritingNoDateStillGivesAFigureOfNoMoment() throws Exception {
        assertThat(numeric(dated(), undated("Pencarian dilanjutkan pagi ini.", false)))
                .as("a moving count's figure of no known day meets none").isEmpty();
    }
}
