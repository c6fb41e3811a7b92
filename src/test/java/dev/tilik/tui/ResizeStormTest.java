package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResizeStormTest {
    private static final int[][] TINY = {{0, 0}, {0, 24}, {80, 0}, {1, 1}, {3, 0}, {20, 5}, {39, 11}, {40, 12}, {99, 30},
        {100, 30}, {2, 200}, {300, 2}};

    @Test
    void everyViewRendersAtAnySize() {
        Random random = new Random(42);
        List<AppState> states = List.of(
                AppState.initial(80, 24, KeyTable.defaults()),
                Drive.loaded().state,
                Drive.loaded().press("?").state,
                Drive.loaded().press("l").state,
                Drive.loaded().press("e", "a note").state,
                Drive.loaded().press("v").state,
                Drive.loaded().press("f").state,
                Drive.loaded().press("Esc", "a").state,
                Drive.loaded().press("t").state,
                Drive.loaded().press("/", "Korut", "Enter").state);
        for (int i = 0; i < 300; i++) {
            int[] size = i < TINY.length ? TINY[i] : new int[] {random.nextInt(260), random.nextInt(90)};
            List<AppState> some = i < TINY.length ? states : List.of(states.get(i % states.size()));
            for (AppState s : some) {
                Canvas c = View.render(s.withSize(size[0], size[1]));
                assertThat(c.width()).isEqualTo(size[0]);
                assertThat(c.height()).isEqualTo(size[1]);
            }
        }
    }

    /** Issue 11 row 2: G then j at 1×1 (or 20×5, then 200×60) threw ArrayIndexOutOfBoundsException. */
    @Test
    void scrollingAtAnySizeStaysInsideTheText() {
        for (int[] size : TINY) {
            for (String focus : new String[] {"", "Tab", "BackTab"}) {
                Drive d = Drive.loaded().press(focus.isEmpty() ? new String[0] : new String[] {focus});
                d.send(new Msg.Resized(size[0], size[1])).press("G", "j", "PgDn", "k", "g", "PgUp", "j");
                d.send(new Msg.Resized(200, 60)).press("j", "G", "j");
                d.send(new Msg.Resized(size[0], size[1])).press("G", "j");
                assertThat(View.render(d.state).height()).isEqualTo(size[1]);
            }
        }
    }

    @Test
    void theRunningReaderSurvivesAResizeStormWhileTyping() throws Exception {
        Random random = new Random(7);
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded);
            String[] keys = {"n", "j", "k", "Tab", "p", "G", "g", "?", "Esc", "l", "Esc", "PgDn"};
            int w = 0;
            int h = 0;
            for (int i = 0; i < 1000; i++) {
                int[] size = i < TINY.length ? TINY[i] : new int[] {random.nextInt(220), random.nextInt(70)};
                w = size[0];
                h = size[1];
                run.terminal.setTerminalSize(new TerminalSize(w, h));
                if (i % 10 == 0) {
                    run.press(keys[(i / 10) % keys.length]);
                }
            }
            run.terminal.setTerminalSize(new TerminalSize(120, 40));
            run.await("the last size drawn", s -> s.width() == 120 && s.height() == 40 && s.mode() == Mode.READER);
            assertThat(run.failure()).isNull();
            assertThat(run.screen()).contains("Finding ");
            assertThat(run.finished()).isFalse();
        }
    }

    @Test
    void positionSurvivesResize() throws Exception {
        try (VirtualRun run = new VirtualRun(120, 40, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("n", "n");
            run.await("third finding", s -> "f-numeric".equals(s.nav().findingId()));
            run.terminal.setTerminalSize(new TerminalSize(80, 24));
            run.await("small", s -> s.width() == 80);
            assertThat(run.screen()).contains("Finding 3/5").contains("sekitar 1.500 tentara");
            run.terminal.setTerminalSize(new TerminalSize(200, 60));
            run.await("large", s -> s.width() == 200);
            assertThat(run.screen()).contains("Finding 3/5").contains("sekitar 1.500 tentara");
        }
    }
}
