package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the overlays show while the user works in them. */
class OverlayViewTest {
    private static String screen(Drive d) {
        Canvas c = View.render(d.state);
        return String.join("\n", IntStream.range(0, d.state.height()).mapToObj(c::row).toList());
    }

    @Test
    void aLongNoteWrapsAndTheCursorLineStaysInView() {
        Drive d = new Drive(80, 24);
        String words = "word%02d ";
        StringBuilder note = new StringBuilder("start ");
        for (int i = 0; i < 200; i++) {
            note.append(String.format(words, i));
        }
        d.press("e", note.toString().strip());
        assertThat(screen(d)).contains("word199\u2588").doesNotContain("start");
        d.press("Home");
        assertThat(screen(d)).contains("\u2588start word00").doesNotContain("word199");
        d.press("Enter");
        assertThat(d.state.session().note("f-denycond")).startsWith("start word00").endsWith("word199");
    }

    @Test
    void theFilterMenuCountsWhatTheDraftLetsThrough() {
        Drive d = new Drive(80, 24);
        d.press("f");
        assertThat(screen(d)).contains("5 of 5 findings match");
        d.press("l");
        assertThat(screen(d)).contains("type: deny vs assert").contains("1 of 5 findings match");
        d.press("j", "l");
        assertThat(screen(d)).contains("severity: high").contains("1 of 5 findings match");
        d.press("l");
        assertThat(screen(d)).contains("severity: medium").contains("0 of 5 findings match");
    }

    @Test
    void verdictDescriptionsWrapInsteadOfBeingCutAt80Columns() {
        Drive d = new Drive(80, 24);
        d.press("v");
        assertThat(screen(d)).contains("different but compatible: modal, evolving,").contains("different scope");
    }

    @Test
    void theFindingListUsesAWideScreen() {
        Drive d = new Drive(200, 60);
        d.press("l");
        assertThat(screen(d)).contains("DPRK envoy denies troops; Kim Jong Gyu: if true, lawful")
                .contains("North Korea denies; South Korean intelligence asserts troops sent");
    }
}
