package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence breaking down the count of the sentence before it ("Rinciannya, …") speaks for that sentence's moment,
 * not its article's publication day (team-written sentences of an invented landslide).
 */
class BreakdownMomentTest {

    private static final LocalDate MONDAY = LocalDate.of(2031, 5, 5);

    /** An article of Tuesday telling Monday midday's count, then its dead in a second sentence opened by {@code opening}. */
    private static ArticleStatements breakdown(String opening) {
        String first = "per Senin (5/5/2031) siang, tercatat 20 korban";
        String second = opening + "8 orang meninggal dunia dan 12 orang luka-luka";
        ArticleFixture a = ArticleFixture.article("001_a.txt", "Kepala BPBD Rina Wati mengatakan " + first + ". "
                        + second + ".").published(MONDAY.plusDays(1))
                .date("Senin (5/5/2031)", DayOfWeek.MONDAY, 5, 5, 2031);
        a.say(first, "Rina Wati", "BPBD", Stance.ASSERT, null).done();
        return a.say(second, "Rina Wati", "BPBD", Stance.ASSERT, null)
                .number("8", 8.0, 8, 8, Qualifier.EXACT, "orang", "dead").done().build();
    }

    /** Another office's count of the dead, published on Monday. */
    private static ArticleStatements monday() {
        String claim = "korban meninggal dunia sebanyak 17 orang";
        return ArticleFixture.article("002_b.txt", "Budi Santoso mengatakan " + claim + ".").published(MONDAY)
                .say(claim, "Budi Santoso", "Polres", Stance.ASSERT, null)
                .number("17", 17.0, 17, 17, Qualifier.EXACT, "orang", "dead").done().build();
    }

    @Test
    void aBreakdownSentenceSpeaksForTheMomentOfTheSentenceBeforeIt() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(breakdown("Rinciannya, "), monday()))).singleElement()
                .satisfies(f -> assertThat(f.title()).contains("on 5 May 2031"));
    }

    @Test
    void aSentenceOpenedOtherwiseSpeaksForItsArticlesDay() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(breakdown("Sebanyak "), monday()))).singleElement()
                .satisfies(f -> assertThat(f.title()).doesNotContain("5 May 2031"));
    }
}
