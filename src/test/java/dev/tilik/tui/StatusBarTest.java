package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import org.junit.jupiter.api.Test;

/** Status messages stay readable at 80 columns: the counts give way first, then the message's middle. */
class StatusBarTest {
    private static String statusRow(AppState s) {
        return View.render(s).row(s.height() - 1).stripTrailing();
    }

    @Test
    void aMessageThatFitsKeepsTheFullCounts() {
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus("saved");
        assertThat(statusRow(s)).isEqualTo(" 1/5 · reviewed 0/5 │ saved");
    }

    @Test
    void aLongerMessageDropsTheReviewedCountRatherThanItsOwnEnd() {
        String msg = "match 12/31 in 003_9885e51dfbb98028.txt \u00B7 4 articles (n/N, Esc)";
        String row = statusRow(Drive.loaded().state.withSize(80, 24).withStatus(msg));
        assertThat(row).isEqualTo(" 1/5 \u2502 " + msg);
    }

    @Test
    void aVeryLongMessageKeepsItsStartAndItsEnd() {
        String msg = "could not save: /home/someone/with/a/rather/deep/folder/structure/notes/tilik-notes.json: "
                + "Permission denied (Q quits without saving)";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(msg);
        String row = statusRow(s);
        assertThat(Columns.width(row)).isLessThanOrEqualTo(80);
        assertThat(row).startsWith(" could not save: /home").contains("\u2026")
                .endsWith("denied (Q quits without saving)");
    }

    /**
     * A full disk at 80 columns said "could not save: notes not saved: No spa…n device; the file
     * on disk is unchanged": the reason was cut out, and nothing said that s tries again.
     */
    @Test
    void aFailedSaveShowsItsWholeReasonAndWhatToDoAt80Columns() {
        Drive d = new Drive(80, 24).press("v", "2");
        d.send(new Msg.SaveFailed("No space left on device", false));
        assertThat(statusRow(d.state)).endsWith("\u2502 notes NOT saved: No space left on device \u00B7 s tries again");

        d.press("q").send(new Msg.SaveFailed("permission denied: /home/pemeriksa/cerita/pertamax", true));
        String row = statusRow(d.state);
        assertThat(Columns.width(row)).isLessThanOrEqualTo(80);
        assertThat(row).startsWith(" notes NOT saved: permission denied: /").endsWith("(Q quits without saving)");
    }

    @Test
    void squeezeNeverExceedsTheWidth() {
        for (int cols = 0; cols < 40; cols++) {
            assertThat(Columns.width(StatusBar.squeeze("北朝鮮 says the note file changed on disk: 北朝鮮 notes kept", cols)))
                    .isLessThanOrEqualTo(cols);
        }
    }
}
