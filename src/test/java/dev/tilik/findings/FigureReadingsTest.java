package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures whose sentence says they count no toll ({@link FigureReadings}): the share of the place with the most, the
 * number a toll grew by, a total of the dead and the sick; each set against a toll of the same day made a finding of
 * its own. Controls: the same figures written as a toll still conflict (team-written sentences of an invented flood).
 */
class FigureReadingsTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 9);

    private static ArticleStatements dead(String file, String body, String claim, String figure, double value) {
        return ArticleFixture.article(file, "Kepala posko mengatakan " + claim + ".").published(DAY)
                .say(claim, "Kepala posko", body, Stance.ASSERT, null)
                .number(figure, value, value, value, Qualifier.EXACT, "orang", "dead").done().build();
    }

    private static List<Finding> against40(String claim, String figure, double value) throws Exception {
        return CountsReadFromTheTextTest.numeric(List.of(
                dead("001_a.txt", "BPBD", "korban meninggal sebanyak 40 orang", "40", 40),
                dead("002_b.txt", "Basarnas", claim, figure, value)));
    }

    @Test
    void theShareOfThePlaceWithTheMostIsNoToll() throws Exception {
        assertThat(against40("korban meninggal terbanyak berada di desa hulu yang mencapai 12 orang", "12", 12))
                .isEmpty();
    }

    @Test
    void theNumberATollGrewByIsNoToll() throws Exception {
        assertThat(against40("jumlah korban meninggal bertambah sebanyak 12 orang", "12", 12)).isEmpty();
    }

    @Test
    void aTollWrittenPlainStillConflicts() throws Exception {
        assertThat(against40("korban meninggal mencapai 12 orang", "12", 12)).hasSize(1);
    }

    @Test
    void aTollRisenToStillConflictsWithAnotherBodysFigure() throws Exception {
        assertThat(against40("jumlah korban meninggal bertambah menjadi 12 orang", "12", 12)).hasSize(1);
    }

    private static List<Finding> sumAgainstTheDead(boolean sickGiven) throws Exception {
        String text = "Kepala posko mengatakan yang meninggal 40 orang. "
                + (sickGiven ? "Kepala posko mengatakan yang sakit 60 orang. " : "")
                + "Kepala posko mengatakan total 100 orang meninggal dan sakit.";
        ArticleFixture a = ArticleFixture.article("001_a.txt", text).published(DAY);
        a.say("yang meninggal 40 orang", "Kepala posko", "BPBD", Stance.ASSERT, null)
                .number("40", 40.0, 40, 40, Qualifier.EXACT, "orang", "dead").done();
        if (sickGiven) {
            a.say("yang sakit 60 orang", "Kepala posko", "BPBD", Stance.ASSERT, null)
                    .number("60", 60.0, 60, 60, Qualifier.EXACT, "orang", "sick").done();
        }
        a.say("total 100 orang meninggal dan sakit", "Kepala posko", "BPBD", Stance.ASSERT, null)
                .number("100", 100.0, 100, 100, Qualifier.EXACT, "orang", "dead").done();
        return CountsReadFromTheTextTest.numeric(List.of(a.build(),
                dead("002_b.txt", "Basarnas", "korban meninggal sebanyak 40 orang", "40", 40)));
    }

    @Test
    void aTotalOfTheDeadAndTheSickIsNoCountOfTheDead() throws Exception {
        assertThat(sumAgainstTheDead(true)).isEmpty();
    }

    @Test
    void aTotalNoFiguresOfItsArticleAddUpToStillConflicts() throws Exception {
        assertThat(sumAgainstTheDead(false)).hasSize(1);
    }
}
