package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures that cannot be split into two camps: the figure most articles give goes on side 0, and the same
 * figure given on another day goes with it, never against it. Invented story: a depot fire's dead, "17" in two
 * outlets on Friday night and in one of them again on Saturday, beside 16 and 19 on Saturday.
 */
class FigureClusterConsensusTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);

    private static NumericDetector.Figure figure(String file, double dead, LocalDate day) {
        String figure = String.valueOf((int) dead);
        String claim = figure + " orang tewas dalam kebakaran depo";
        ArticleStatements a = ArticleFixture.article(file, "Petugas mencatat " + claim + ".")
                .say(claim, "Petugas", "Damkar", Stance.ASSERT, "korban")
                .number(figure, dead, dead, dead, Qualifier.EXACT, "orang").done().build();
        Voice v = Voice.of(a.statements().get(0), a, "korban", "Damkar", false, new HashMap<>());
        return new NumericDetector.Figure(v, FigureRange.of(a.statements().get(0).numbers().get(0), 0), day, null);
    }

    private static FigureGroup group(NumericDetector.Figure... figures) {
        FigureGroup g = new FigureGroup();
        for (NumericDetector.Figure f : figures) {
            g.add(f);
        }
        return g;
    }

    @Test
    void theSameFigureOnAnotherDayGoesOnTheSideOfTheFigureMostArticlesGive() {
        FigureGroup seventeen = group(figure("a.txt", 17, FRIDAY), figure("b.txt", 17, FRIDAY),
                figure("a.txt", 17, SATURDAY));
        List<FigureGroup> days = seventeen.byDay();
        FigureGroup friday17 = days.get(0);
        FigureGroup saturday17 = days.get(1);
        FigureGroup sixteen = group(figure("c.txt", 16, SATURDAY)).byDay().get(0);
        FigureGroup nineteen = group(figure("d.txt", 19, SATURDAY)).byDay().get(0);
        var hard = dev.tilik.rules.NumericRule.Kind.HARD;
        List<FigureCluster.Conflict> conflicts = List.of(
                new FigureCluster.Conflict(saturday17, sixteen, hard),
                new FigureCluster.Conflict(sixteen, nineteen, hard),
                new FigureCluster.Conflict(saturday17, nineteen, hard),
                new FigureCluster.Conflict(friday17, sixteen, hard));

        List<FigureCluster> clusters = FigureCluster.of(List.of(friday17, saturday17, sixteen, nineteen), conflicts);

        assertThat(clusters).hasSize(1);
        FigureCluster c = clusters.get(0);
        assertThat(c.sidesOppose()).isFalse();
        assertThat(c.side().get(friday17)).as("two outlets give 17 on Friday: the consensus").isZero();
        assertThat(c.side().get(saturday17)).as("17 again on Saturday is no figure against 17").isZero();
        assertThat(c.side().get(sixteen)).isEqualTo(1);
        assertThat(c.side().get(nineteen)).isEqualTo(1);
    }
}
