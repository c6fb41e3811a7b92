package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The finding panel is sized to its content, within bounds that keep the article panes readable. */
class GeometryTest {
    @Test
    void aShortFindingLeavesTheRestToTheArticlesOnATallTerminal() {
        Geometry g = Geometry.of(200, 60, false, 10);
        assertThat(g.panel().height()).isEqualTo(10);
        assertThat(g.left().height()).isEqualTo(60 - 2 - 2 - 10);
    }

    @Test
    void aLongFindingTakesAtMostHalfTheRoomUnlessFocused() {
        Geometry g = Geometry.of(200, 60, false, 100);
        assertThat(g.panel().height()).isEqualTo(28);
        Geometry focused = Geometry.of(200, 60, true, 100);
        assertThat(focused.panel().height()).isGreaterThan(28);
        assertThat(focused.left().height()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void at80x24TheLeadOfAFindingFitsAndBothPanesKeepSeveralLines() {
        Geometry g = Geometry.of(80, 24, false, 20);
        assertThat(g.panel().height()).isGreaterThanOrEqualTo(8);
        assertThat(g.left().height()).isGreaterThanOrEqualTo(4);
        assertThat(g.right().height()).isGreaterThanOrEqualTo(4);
        Geometry focused = Geometry.of(80, 24, true, 20);
        assertThat(focused.panel().height()).isGreaterThan(g.panel().height());
        assertThat(focused.right().height()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"40,12", "80,24", "120,40", "99,30", "100,12", "300,100"})
    void everyRowIsUsedOnceAndNothingOverlaps(int w, int h) {
        for (int wanted : new int[] {0, 3, 9, 1000}) {
            for (boolean focused : new boolean[] {false, true}) {
                Geometry g = Geometry.of(w, h, focused, wanted);
                assertThat(g.panel().bottom()).as("%dx%d wanted %d", w, h, wanted).isEqualTo(g.status().y());
                assertThat(g.panel().height()).isGreaterThanOrEqualTo(Math.min(3, wanted == 0 ? 3 : wanted));
                assertThat(g.left().height()).isPositive();
                assertThat(g.right().height()).isPositive();
            }
        }
    }

    @Test
    void degenerateSizesDoNotThrow() {
        for (int[] size : new int[][] {{0, 0}, {0, 30}, {30, 0}, {-1, -5}, {1, 1}}) {
            Geometry g = Geometry.of(size[0], size[1], true, 50);
            assertThat(g.panel().height()).isGreaterThanOrEqualTo(0);
        }
    }
}
