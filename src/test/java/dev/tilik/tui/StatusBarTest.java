package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status messages stay readable at 80 columns: the counts stay, a long message wraps above, then loses its middle. */
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

    /** The message in {@code rows}: the rows above the status bar, then what stands right of its counts. */
    private static String message(java.util.List<String> rows) {
        String last = rows.get(rows.size() - 1);
        java.util.List<String> parts = new java.util.ArrayList<>(rows.subList(0, rows.size() - 1).stream()
                .map(String::strip).filter(r -> !r.isEmpty()).toList());
        parts.add(last.substring(last.indexOf("\u2502 ") + 2));
        return String.join(" ", parts);
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
        assertThat(rows.get(1)).startsWith(" 1/5 · reviewed 0/5 │ ");
        assertThat(message(rows)).isEqualTo(msg);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
    }

    /**
     * "the panel already shows every statement this finding cites" at 80 columns left "cites" alone
     * beside the counts, where key hints stand: read as a hint, not as the message's end. The two
     * rows now split near the middle.
     */
    @Test
    void aMessageJustTooLongForTheStatusRowSplitsNearItsMiddle() {
        for (String msg : java.util.List.of("the panel already shows every statement this finding cites in the list",
                "notes waiting in …conflict-20261203T104944Z.json, not loaded: tilik notes merge")) {
            AppState s = Drive.loaded().state.withSize(80, 24).withStatus(msg);
            java.util.List<String> rows = statusRows(s, 2);
            assertThat(message(rows)).isEqualTo(msg);
            String above = rows.get(0).strip();
            String beside = rows.get(1).substring(rows.get(1).indexOf("\u2502 ") + 2);
            assertThat(beside.split(" ")).as(beside).hasSizeGreaterThan(2);
            assertThat(Math.abs(Columns.width(above) - Columns.width(beside))).as(rows.toString()).isLessThan(25);
        }
    }

    @Test
    void aVeryLongMessageKeepsItsStartAndItsEnd() {
        String msg = "could not save: /home/someone/with/a/rather/deep/folder/structure/notes/tilik-notes.json: "
                + "Permission denied, and then a good deal more said about it than four rows can hold at eighty "
                + "columns, so that the middle has to go, word after word after word after word, to keep the end "
                + "where the advice is (Q quits without saving)";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(msg);
        java.util.List<String> rows = statusRows(s, StatusBar.MAX_ROWS);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
        assertThat(rows.get(0)).contains("could not save:");
        assertThat(rows.get(1)).contains("/home/someone");
        assertThat(rows.get(rows.size() - 2)).contains("\u2026");
        assertThat(rows.get(rows.size() - 1)).startsWith(" 1/5 \u00B7 reviewed 0/5 \u2502 ")
                .endsWith("(Q quits without saving)");
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
        java.util.List<String> rows = statusRows(d.state, 3);
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
        assertThat(message(rows)).contains("tilik-notes.json: No space left on device", "unsaved-20261202T205944Z.json",
                "(Q quits without saving)");
        assertThat(rows.get(2)).contains("reviewed 1/5");
    }

    @Test
    void squeezeNeverExceedsTheWidth() {
        for (int cols = 0; cols < 40; cols++) {
            assertThat(Columns.width(StatusBar.squeeze("北朝鮮 says the note file changed on disk: 北朝鮮 notes kept", cols)))
                    .isLessThanOrEqualTo(cols);
        }
    }

    @Test
    void wrappedLinesNeverExceedTheirRoomOrTheRowsAndKeepTheMessagesEnd() {
        String words = "notes NOT saved: tilik-notes.json: No space left on device; a copy is in "
                + "~/.local/state/tilik/unsaved/tilik-notes-3a53bf32.unsaved-20261202T205944Z.json and more words "
                + "after it so that the message runs long (Q quits without saving)";
        for (int len = 1; len <= words.length(); len += 7) {
            String msg = words.substring(words.length() - len);
            for (int room = 20; room <= 80; room += 9) {
                List<String> lines = StatusBar.lines(msg, room, room + 20, StatusBar.MAX_ROWS);
                assertThat(lines).hasSizeBetween(1, StatusBar.MAX_ROWS);
                assertThat(Columns.width(lines.get(lines.size() - 1))).isLessThanOrEqualTo(room);
                for (String l : lines) {
                    assertThat(Columns.width(l)).isLessThanOrEqualTo(room + 20);
                }
                assertThat(msg.strip()).endsWith(lines.get(lines.size() - 1).replace("\u2026", "").strip());
            }
        }
    }
}
