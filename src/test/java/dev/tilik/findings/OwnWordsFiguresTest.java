package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim held back for its own words (it names no topic, under one an earlier sentence named) asserts its figures all
 * the same: a count of a thing its own sentence names meets the folder's other counts of that thing (team-written
 * sentences of an invented flood).
 */
class OwnWordsFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    /** A rescue volunteer's count of the dead, held back for its own words when {@code basis} says so. */
    private static ArticleStatements volunteer(Stance stance, StanceBasis basis) {
        String claim = "sampai sore ini totalnya ada 31 korban meninggal";
        return ArticleFixture.article("001_a.txt", "Relawan Dodi Saputra mengatakan " + claim + ".").published(DAY)
                .say(claim, "Dodi Saputra", "Relawan", stance, null).basis(basis)
                .number("31", 31.0, 31, 31, Qualifier.EXACT, "korban", "dead").done().build();
    }

    /** The regency's count of the dead the same day. */
    private static ArticleStatements regency() {
        String claim = "korban meninggal dunia sebanyak 18 orang";
        return ArticleFixture.article("002_b.txt", "Sekda Wulan Sari mengatakan " + claim + ".").published(DAY)
                .say(claim, "Wulan Sari", "Pemkab", Stance.ASSERT, null)
                .number("18", 18.0, 18, 18, Qualifier.EXACT, "orang", "dead").done().build();
    }

    @Test
    void aCountHeldBackForItsOwnWordsMeetsTheSameDaysOtherCount() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(volunteer(Stance.OTHER, StanceBasis.OWN_WORDS), regency())))
                .singleElement().satisfies(f -> assertThat(f.title()).contains("31").contains("18"));
    }

    @Test
    void aClaimThatTakesNoPositionGivesNoFigure() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(volunteer(Stance.OTHER, StanceBasis.UNKNOWN), regency())))
                .isEmpty();
    }

    @Test
    void aCountHeldBackForOwnWordsThatDenyGivesNoFigure() throws Exception {
        assertThat(CountsReadFromTheTextTest.numeric(List.of(volunteer(Stance.OTHER, StanceBasis.OWN_WORDS_DENIED),
                regency()))).isEmpty();
    }
}
