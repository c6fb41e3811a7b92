package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status messages stay readable at 80 columns: the counts stay, a long message stands whole above the bar, then loses its middle. */
class StatusBarTest {
    private static String statusRow(AppState s) {
        return View.render(s).row(s.height() - 1).stripTrailing();
    }

    @Test
    void aMessageThatFitsKeepsTheFullCounts() {
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus("saved");
        assertThat(statusRow(s)).isEqualTo(" 1/5 · reviewed 0/5 │ saved");
    }

    /** The rows the status takes at the bottom of the screen, the status bar's own last. */
    private static java.util.List<String> statusRows(AppState s, int rows) {
        Canvas c = View.render(s);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int y = s.height() - rows; y < s.height(); y++) {
            out.add(c.row(y).stripTrailing());
        }
        return out;
    }

    /** The message in {@code rows}: the block above the status bar, or what stands right of its counts. */
    private static String message(AppState s, int rows) {
        return StatusRows.message(View.render(s), s.height(), rows);
    }

    /**
     * A second reader on the same folder saw "1/10 │ note file changed elsewhere: notes go to
     * …conflict-….json": the reviewed count went while the message was up. It stays now, and the
     * message takes the rows above.
     */
    @Test
    void aLongerMessageKeepsTheReviewedCountAndWrapsAboveTheStatusBar() {
        String msg = "note file changed elsewhere: notes go to …conflict-20261202T210038Z.json";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(msg);
        java.util.List<String> rows = statusRows(s, 2);
        assertThat(rows.get(1)).startsWith(" 1/5 · reviewed 0/5 │ n/p finding");
        assertThat(message(s, 2)).isEqualTo(msg);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
    }

    /**
     * Reopening garut at 80 columns (round 32's review) showed "resumed at finding 3, after the" above the bar and
     * "3/48 · reviewed 2/48 │ last you reviewed (p steps back)" on it; with more to say, "17/46 · reviewed 2/46 │ 12
     * more" (of "still unreviewed: 1, 2, 3 and 12 more"), read as a count of its own. A message too long for the
     * room beside the counts now stands whole on the rows above, and the bar reads as it always does.
     */
    @Test
    void aMessageTooLongForTheBarStandsWholeAboveItAndTheBarKeepsItsCountsAndHints() {
        String resumed = "resumed at finding 3, after the last you reviewed (p steps back)";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(resumed);
        assertThat(statusRows(s, 2)).containsExactly(" " + resumed,
                " 1/5 · reviewed 0/5 │ n/p finding  v verdict  e note  r rate  ? help  q quit");

        String more = resumed + " · still unreviewed: 1, 2, 3 and 12 more";
        s = s.withStatus(more);
        assertThat(statusRows(s, 3)).containsExactly(
                " resumed at finding 3, after the last you reviewed (p steps back) · still",
                " unreviewed: 1, 2, 3 and 12 more",
                " 1/5 · reviewed 0/5 │ n/p finding  v verdict  e note  r rate  ? help  q quit");
        Canvas c = View.render(s);
        assertThat(StatusRows.aboveTheBar(c, 21)).as("the block is drawn in the bar's colours").isTrue();
        assertThat(StatusRows.aboveTheBar(c, 20)).as("the panel above it is not").isFalse();
    }

    /** At 200 columns the same message fits beside the counts and stands there, in the hints' place. */
    @Test
    void aMessageThatFitsBesideTheCountsStaysOnTheBarAt200Columns() {
        String more = "resumed at finding 3, after the last you reviewed (p steps back) · still unreviewed: 1, 2, 3 "
                + "and 12 more";
        AppState s = Drive.loaded().state.withSize(200, 60).withStatus(more);
        assertThat(statusRows(s, 2).get(1)).isEqualTo(" 1/5 · reviewed 0/5 │ " + more);
        assertThat(StatusRows.aboveTheBar(View.render(s), 58)).isFalse();
    }

    @Test
    void aVeryLongMessageKeepsItsStartAndItsEnd() {
        String msg = "could not save: /home/someone/with/a/rather/deep/folder/structure/notes/tilik-notes.json: "
                + "Permission denied, and then a good deal more said about it than four rows can hold at eighty "
                + "columns, so that the middle has to go, word after word after word after word, to keep the end "
                + "where the advice is (Q quits without saving)";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(msg);
        java.util.List<String> rows = statusRows(s, StatusBar.MAX_ROWS + 1);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
        assertThat(rows.get(0)).contains("could not save:");
        assertThat(rows.get(1)).contains("/home/someone");
        assertThat(rows.get(rows.size() - 3)).contains("\u2026");
        assertThat(rows.get(rows.size() - 2)).endsWith("(Q quits without saving)");
        assertThat(rows.get(rows.size() - 1)).startsWith(" 1/5 \u00B7 reviewed 0/5 \u2502 n/p finding");
    }

    /**
     * A full disk at 80 columns said "notes NOT saved: tilik-notes.json: No s…2T205944Z.json (Q
     * quits without saving)": where, why and the copy were cut out. Every part is read now.
     */
    @Test
    void aFailedSaveShowsWhereWhyTheCopyAndWhatToDoAt80Columns() {
        Drive d = new Drive(80, 24).press("v", "2");
        d.send(new Msg.SaveFailed("No space left on device", false));
        assertThat(statusRow(d.state)).endsWith("\u2502 notes NOT saved: No space left on device \u00B7 s tries again");

        String why = "tilik-notes.json: No space left on device; a copy is in "
                + "~/.local/state/tilik/unsaved/tilik-notes-3a53bf32.unsaved-20261202T205944Z.json";
        d.press("q").send(new Msg.SaveFailed(why, true));
        java.util.List<String> rows = statusRows(d.state, 4);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
        assertThat(message(d.state, 4)).contains("tilik-notes.json: No space left on device", "unsaved-20261202T205944Z.json",
                "(Q quits without saving)");
        assertThat(rows.get(3)).contains("reviewed 1/5");
    }

    /**
     * A fact-checker's session (round 39, h39ux item 6): the read-only folder's message at 80 columns left "in" alone on
     * a row, the copy's path on the next, and with the advice the message took five rows, so it lost its middle. The
     * path is cut just enough for "in" to stand beside it: four rows, every part read.
     */
    @Test
    void aShortWordIsNeverLeftAloneOnARowBeforeALongPath() {
        String why = "tilik-notes.json: permission denied: /home/pemeriksa/liputan/kebakaran-pasar-23-salinan/tilik-notes.json;"
                + " a copy is in ~/.local/state/tilik/unsaved/tilik-notes-3a53bf32.unsaved-20261207T044512Z.json";
        Drive d = new Drive(80, 24).press("v", "2");
        d.press("q").send(new Msg.SaveFailed(why, true, true));
        assertThat(statusRows(d.state, 5).subList(0, 4)).containsExactly(
                " notes NOT saved: tilik-notes.json: permission denied:",
                " /home/pemeriksa/liputan/kebakaran-pasar-23-salinan/tilik-notes.json; a copy is",
                " in ~/.local/state/tilik/unsaved/tilik-not\u2026a53bf32.unsaved-20261207T044512Z.json",
                " (Q quits, every note kept in that copy)");
    }

    @Test
    void squeezeNeverExceedsTheWidth() {
        for (int cols = 0; cols < 40; cols++) {
            assertThat(Columns.width(StatusBar.squeeze("北朝鮮 says the note file changed on disk: 北朝鮮 notes kept", cols)))
                    .isLessThanOrEqualTo(cols);
        }
    }

    @Test
    void aBlockNeverExceedsItsColumnsOrRowsAndKeepsTheMessagesEnd() {
        String words = "notes NOT saved: tilik-notes.json: No space left on device; a copy is in "
                + "~/.local/state/tilik/unsaved/tilik-notes-3a53bf32.unsaved-20261202T205944Z.json and more words "
                + "after it so that the message runs long (Q quits without saving)";
        for (int len = 1; len <= words.length(); len += 7) {
            String msg = words.substring(words.length() - len);
            for (int cols = 20; cols <= 100; cols += 9) {
                for (int rows = 1; rows <= StatusBar.MAX_ROWS; rows++) {
                    List<String> lines = StatusBar.block(msg, cols, rows);
                    assertThat(lines).hasSizeBetween(1, rows);
                    for (String l : lines) {
                        assertThat(Columns.width(l)).isLessThanOrEqualTo(cols);
                    }
                    if (rows > 1) {
                        assertThat(msg.strip()).endsWith(lines.get(lines.size() - 1).strip());
                    }
                }
            }
        }
    }

    /**
     * Round forty's session: at 80 columns a two-row status message stood over the panel's last rows, and the panel's
     * title had no {@code more ↓} though its last line was hidden until the next key. The rows the message covers
     * count as rows the panel cannot show.
     */
    @Test
    void aMessageStandingOverThePanelsLastRowsGivesThePanelItsMoreMark() {
        AppState s = new Drive(80, 40).press("Escape").state.withStatus(""); // browsing: a panel that fits
        Geometry g = Geometry.of(s);
        assertThat(PanelContent.lines(s, s.width()).size()).as("the panel's lines fit").isEqualTo(g.panel().height());
        String title = View.render(s).row(g.panelTitle().y());
        String long2 = "one load problem said in full: 003_a_very_long_file_name_for_the_test.txt could not be read "
                + "(its bytes are no text); the other articles are read";
        AppState covered = s.withStatus(long2);
        String coveredTitle = View.render(covered).row(g.panelTitle().y());
        assertThat(title).doesNotContain("more \u2193");
        assertThat(coveredTitle).as("the panel's last rows are under the message").contains("more \u2193");
        assertThat(View.render(s.withStatus("saved")).row(g.panelTitle().y())).as("a message in the bar covers nothing")
                .doesNotContain("more \u2193");
    }
}
