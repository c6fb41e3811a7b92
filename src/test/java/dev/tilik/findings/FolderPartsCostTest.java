package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.NumberWords;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.NumberMention;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What telling a part from its whole costs, counted (never timed): two groups of figures are set against the parts the
 * folder writes only through a figure whose value is some part's, never every figure of one against every figure of
 * the other — a folder of a thousand articles gives groups of hundreds of figures and writes few parts or none. And the
 * answer is the one the pair-by-pair reading gives. An invented story: a landslide on a quarry road.
 */
class FolderPartsCostTest {
    private static final int FIGURES = 300;

    private static NumberWords words() throws Exception {
        return NumberWords.of(RulesLoader.load(Path.of("rules")).languages().values());
    }

    private static FolderParts parts(String... sentences) throws Exception {
        List<ArticleStatements> articles = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            articles.add(ArticleFixture.article(String.format("%03d_a.txt", i), sentences[i]).build());
        }
        return new FolderParts(articles, words());
    }

    private static NumberMention figure(double value, String unit) {
        String text = (long) value + (unit == null ? "" : " " + unit);
        return new NumberMention(new CharSpan(0, text.length()), text, value, value, value, Qualifier.EXACT, unit);
    }

    private static FigureGroup group(double value, String unit, int count) {
        FigureGroup g = new FigureGroup();
        for (int i = 0; i < count; i++) {
            add(g, figure(value, unit));
        }
        return g;
    }

    private static void add(FigureGroup g, NumberMention m) {
        g.add(new NumericDetector.Figure(null, new FigureRange(m, m.low(), m.high()), null, null));
    }

    @Test
    void groupsWhoseValuesTheFolderWritesAsNoPartAreNeverComparedFigureByFigure() throws Exception {
        FolderParts parts = parts("Tujuh dari 12 korban meninggal dunia merupakan warga sipil.");
        FigureGroup dead = group(12, "orang", FIGURES);
        FigureGroup injured = group(9, "warga", FIGURES);

        assertThat(parts.apart(dead, injured)).as("9 is no part the folder writes of 12").isFalse();
        assertThat(parts.pairsRead()).as("pairs of figures read for 9 warga against 12 orang").isZero();

        add(injured, figure(7, "warga"));
        assertThat(parts.apart(dead, injured)).as("7 of the 12 were civilians").isTrue();
        assertThat(parts.pairsRead()).as("only the figure of 7 is set against the 12s").isBetween(1L, (long) FIGURES);
    }

    @Test
    void twoGroupsAreApartExactlyWhenSomePairOfTheirFiguresIs() throws Exception {
        FolderParts parts = parts("Tujuh dari 12 korban meninggal dunia merupakan warga sipil.",
                "Longsor menewaskan 20 orang, terdiri dari 5 pekerja tambang dan 15 warga.",
                "Ada 30 korban, 0 di antaranya anak-anak.");
        Random rnd = new Random(7);
        double[] values = {0, -0.0, 5, 7, 12, 15, 20, 30, Double.NaN};
        String[] units = {null, "orang", "warga", "pekerja", "anak", "korban", "WARGA"};
        for (int round = 0; round < 400; round++) {
            FigureGroup a = new FigureGroup();
            FigureGroup b = new FigureGroup();
            boolean pairwise = false;
            List<NumberMention> as = new java.util.ArrayList<>();
            List<NumberMention> bs = new java.util.ArrayList<>();
            for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                as.add(figure(values[rnd.nextInt(values.length)], units[rnd.nextInt(units.length)]));
                add(a, as.get(i));
            }
            for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                bs.add(figure(values[rnd.nextInt(values.length)], units[rnd.nextInt(units.length)]));
                add(b, bs.get(i));
            }
            for (NumberMention x : as) {
                for (NumberMention y : bs) {
                    pairwise |= parts.partOf(x, y) || parts.partOf(y, x);
                }
            }
            assertThat(parts.apart(a, b)).as("%s against %s", as, bs).isEqualTo(pairwise);
        }
        assertThat(parts.apart(group(20, "orang", 1), group(5, "pekerja", 1))).isTrue();
        assertThat(parts.apart(group(30, "korban", 1), group(-0.0, "anak", 1))).as("0 and -0 alike").isTrue();
    }
}
