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
 * A figure of a moving count in an article whose header gives no date, whose sentence says the hour ("hingga pukul
 * 15.00 WIB"), speaks for that hour of the latest day its text writes in full, and meets there the figures of that
 * day that say their hour too ({@link NumericDetector#atOneMoment}); without the hour on both sides it meets none.
 * Invented story: a boat capsized, two outlets on the Saturday.
 */
class UndatedArticleHourTest {
    private static final LocalDate SATURDAY = LocalDate.of(2024, 11, 2);

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** A dated article's count of the dead; {@code when}: the as-of words before the figure, or "". */
    private static ArticleStatements dated(String when) {
        String claim = when + "12 orang meninggal dunia dalam kecelakaan kapal itu";
        return ArticleFixture.article("001_a.txt", "Basarnas mencatat " + claim + ".").published(SATURDAY)
                .say(claim, "Basarnas", "Basarnas", Stance.ASSERT, "korban kapal")
                .number("12", 12.0, 12, 12, Qualifier.EXACT, "orang", "dead").done().build();
    }

    /** An article with no date in its header writing "Sabtu (2/11/2024)" before a count of the dead. */
    private static ArticleStatements undated(String when, int dead) {
        String claim = when + dead + " orang meninggal dunia dalam kecelakaan kapal itu";
        return ArticleFixture.article("002_b.txt", "Pencarian dilanjutkan Sabtu (2/11/2024). Polisi menyebut " + claim + ".")
                .date("Sabtu (2/11/2024)", DayOfWeek.SATURDAY, 2, 11, 2024)
                .say(claim, "Polisi", "Polres", Stance.ASSERT, "korban kapal")
                .number(String.valueOf(dead), (double) dead, dead, dead, Qualifier.EXACT, "orang", "dead").done().build();
    }

    @Test
    void anUndatedArticlesFigureAtAnHourMeetsThatDaysFigureAtAnHour() throws Exception {
        List<Finding> f = numeric(dated("hingga pukul 10.00 WIB, "), undated("hingga pukul 15.00 WIB, ", 9));
        assertThat(f).as("12 dead at ten, 9 at three on one Saturday: a toll cannot fall").hasSize(1);
        assertThat(f.get(0).title()).contains("9").contains("12");
    }

    @Test
    void theCountRisingBetweenTheHoursIsNoConflict() throws Exception {
        assertThat(numeric(dated("hingga pukul 10.00 WIB, "), undated("hingga pukul 15.00 WIB, ", 14)))
                .as("12 at ten, 14 at three: the toll moving within the day").isEmpty();
    }

    @Test
    void withoutTheHourOnEitherSideTheUndatedFigureMeetsNone() throws Exception {
        assertThat(numeric(dated("hingga pukul 10.00 WIB, "), undated("", 9)))
                .as("the undated article's figure says no hour: its moment is unknown").isEmpty();
        assertThat(numeric(dated(""), undated("hingga pukul 15.00 WIB, ", 9)))
                .as("the dated figure says no hour: the day alone is too coarse").isEmpty();
    }
}
