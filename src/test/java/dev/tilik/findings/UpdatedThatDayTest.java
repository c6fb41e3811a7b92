package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One body's two figures of a toll on one day, the higher written as its updated count ("data yang ter-update"): the
 * count as it came in that day, no conflict; without the word, or from another body, they still conflict (team-written
 * sentences of an invented ferry fire).
 */
class UpdatedThatDayTest {

    private static final LocalDate DAY = LocalDate.of(2031, 8, 14);

    private static ArticleStatements injured(String file, String body, String claim, String figure, double value) {
        return ArticleFixture.article(file, "Kepala humas mengatakan " + claim + ".").published(DAY)
                .say(claim, "Kepala humas", body, Stance.ASSERT, null)
                .number(figure, value, value, value, Qualifier.EXACT, "orang", "injured").done().build();
    }

    private static List<ArticleStatements> folder(String secondBody, String later) {
        return List.of(
                injured("001_a.txt", "Polres", "penumpang yang luka sebanyak 12 orang", "12", 12),
                injured("002_b.txt", secondBody, later, "31", 31));
    }

    @Test
    void oneBodysUpdatedCountIsNoConflictWithItsLowerFigureOfThatDay() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(folder("Polres",
                "menurut catatan yang sudah ter-update, 31 orang luka"))).isEmpty();
    }

    @Test
    void withoutTheUpdateWrittenOneBodysTwoFiguresStillConflict() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(folder("Polres", "korban luka sebanyak 31 orang"))).hasSize(1);
    }

    @Test
    void anotherBodysUpdatedCountStillConflicts() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(folder("Dinkes",
                "menurut catatan yang sudah ter-update, 31 orang luka"))).hasSize(1);
    }
}
