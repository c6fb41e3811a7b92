package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll whose later report of one day says it rose to its figure ("bertambah menjadi 19"): the same body's lower
 * figure of that day is where the count stood, no conflict; another body's still conflicts (team-written sentences
 * of an invented landslide).
 */
class RisenToTest {

    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    private static ArticleStatements dead(String file, LocalDate day, String speaker, String claim, String figure,
                                          double value) {
        return dead(file, day, speaker, "BPBD", claim, figure, value);
    }

    private static ArticleStatements dead(String file, LocalDate day, String speaker, String body, String claim,
                                          String figure, double value) {
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, body, Stance.ASSERT, null)
                .number(figure, value, value, value, Qualifier.EXACT, "orang", "dead").done().build();
    }

    /** A toll of 11 and one of 19 the same day, the later written as risen or not, and one of 23 by another office. */
    private static List<ArticleStatements> folder(String later) {
        return List.of(
                dead("001_a.txt", DAY, "Rina Wati", "korban meninggal dunia sebanyak 11 orang", "11", 11),
                dead("002_b.txt", DAY, "Budi Santoso", later, "19", 19));
    }

    @Test
    void aFigureTheCountRoseToTheSameDayIsNoConflictWithALowerOne() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(folder("korban meninggal dunia bertambah menjadi 19 orang"))).isEmpty();
    }

    @Test
    void anotherBodysLowerFigureStillConflictsWithTheOneTheCountRoseTo() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(
                dead("001_a.txt", DAY, "Rina Wati", "Polres", "korban meninggal dunia sebanyak 11 orang", "11", 11),
                dead("002_b.txt", DAY, "Budi Santoso", "korban meninggal dunia bertambah menjadi 19 orang", "19", 19))))
                .hasSize(1);
    }

    @Test
    void withoutTheRiseWrittenTheTwoFiguresOfOneDayStillConflict() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(folder("korban meninggal dunia sebanyak 19 orang"))).hasSize(1);
    }

    @Test
    void aHigherFigureStillConflictsWithTheOneTheCountRoseTo() throws Exception {
        List<ArticleStatements> articles = new java.util.ArrayList<>(folder("korban meninggal dunia bertambah menjadi 19 orang"));
        articles.add(dead("003_c.txt", DAY, "Sari Dewi", "korban meninggal dunia sebanyak 27 orang", "27", 27));
        assertThat(CountsReadFromTheTextTest.numeric(articles)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("19", "27"));
    }
}
