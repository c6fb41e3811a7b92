package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every hint bar at 80×24, with two-digit counts beside it: the reader's shows the keys of the
 * review (n/p, v, e, r, ?, q: the rating's used to fall off), every menu and prompt shows all its
 * keys but the Ctrl-C that quits from anywhere, and no hint names a key that does something else there.
 */
class HintBarTest {
    /** The counts at their widest for up to 99 findings. */
    private static final String COUNTS = " 99/99 · reviewed 99/99 │ ";

    private static String bar(Mode mode) {
        int room = 80 - Columns.width(COUNTS);
        StringBuilder sb = new StringBuilder();
        for (String h : KeyTable.defaults().hints(mode)) {
            if (Columns.width(sb.toString()) + Columns.width(h) > room) {
                break;
            }
            sb.append(h).append("  ");
        }
        return sb.toString().stripTrailing();
    }

    @Test
    void theReaderShowsEveryReviewKey() {
        assertThat(bar(Mode.READER)).startsWith("n/p finding  v verdict  e note  r rate  ? help  q quit");
    }

    @Test
    void afterASearchNNamesTheNextMatchOnly() {
        assertThat(bar(Mode.SEARCH_RESULTS)).startsWith("n/N match  v verdict  e note  r rate  ? help  q quit")
                .doesNotContain("n/p finding");
    }

    @Test
    void everyMenuAndPromptShowsAllItsKeysButCtrlC() {
        for (Mode mode : Mode.values()) {
            if (mode == Mode.READER || mode == Mode.SEARCH_RESULTS) {
                continue;
            }
            List<String> all = KeyTable.defaults().hints(mode).stream().filter(h -> !h.equals("Ctrl-C quit")).toList();
            assertThat(bar(mode)).as(mode.label()).startsWith(String.join("  ", all));
        }
    }

    @Test
    void theStatusBarDrawsTheSameBarAt80x24() {
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus("");
        String row = View.render(s).row(23).stripTrailing();
        assertThat(row).isEqualTo(" 1/5 · reviewed 0/5 │ n/p finding  v verdict  e note  r rate  ? help  q quit");
    }
}
