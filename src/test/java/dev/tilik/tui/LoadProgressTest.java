package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The loading bar at 80×24: it fills with the load and never runs backwards when a new stage starts. */
class LoadProgressTest {
    private static String screen(AppState s) {
        Canvas c = View.render(s);
        return String.join("\n", IntStream.range(0, s.height()).mapToObj(c::row).toList());
    }

    private static long filled(AppState s) {
        return screen(s).chars().filter(ch -> ch == '\u2588').count();
    }

    private static AppState step(AppState s, String what, int done, int total) {
        return Update.update(s, new Msg.Progressed(new LoadProgress(what, done, total))).state();
    }

    @Test
    void theBarNeverRunsBackwardsWhenTheComparingStageStartsAtNought() {
        AppState s = AppState.initial(80, 24, KeyTable.defaults());
        s = step(s, "analysing", 19, 38);
        assertThat(filled(s)).isEqualTo(20);
        s = step(s, "analysing", 38, 38);
        assertThat(filled(s)).isEqualTo(40);
        assertThat(screen(s)).contains("analysing 38/38");

        s = step(s, "comparing statements", 0, 1);
        assertThat(filled(s)).as("still full: the articles are read").isEqualTo(40);
        assertThat(screen(s)).contains("comparing statements").doesNotContain("0/1");
    }
}
