package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long note-file name in a status message was broken across the rows above the status bar at 80
 * columns ("…-dua-pul" on one row, "uh-media.json" on the next): a name loses its middle now and
 * stays on one row, the counts stay whole, and a long folder name no longer pushes the header's
 * counts off the screen.
 */
class LongNameStatusTest {
    private static final String NAME = "tilik-notes-korea-utara-pasukan-rusia-liputan-lengkap-oktober-2024-dari-dua-puluh-media.json";
    private static final String MESSAGE = "notes in " + NAME + " (tilik-notes.json is for articles)";

    private static List<String> rows(AppState s) {
        Canvas c = View.render(s);
        List<String> out = new ArrayList<>();
        for (int y = 0; y < s.height(); y++) {
            out.add(c.row(y));
        }
        return out;
    }

    @Test
    void aFileNameWiderThanTheScreenLosesItsMiddleOnOneRowAt80x24() {
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus(MESSAGE);
        List<String> rows = rows(s);
        String status = rows.get(23);
        assertThat(status).startsWith(" 1/5 \u00B7 reviewed 0/5 \u2502 n/p finding");
        assertThat(rows.get(22)).contains("(tilik-notes.json is for articles)");
        List<String> holding = rows.subList(20, 24).stream().filter(r -> r.contains("tilik-notes-korea")).toList();
        assertThat(holding).hasSize(1);
        assertThat(holding.get(0)).contains("\u2026").contains("dua-puluh-media.json");
        rows.forEach(r -> assertThat(Columns.width(r)).isLessThanOrEqualTo(80));
    }

    @Test
    void theSameMessageStandsWholeAt200x60() {
        AppState s = Drive.loaded().state.withSize(200, 60).withStatus(MESSAGE);
        assertThat(rows(s).get(59).stripTrailing()).isEqualTo(" 1/5 \u00B7 reviewed 0/5 \u2502 " + MESSAGE);
    }

    @Test
    void aNameFittingARowButNotTheRoomBesideTheCountsMovesAboveWhole() {
        String name = "/srv/factcheck/desk/2024/oktober/korea-utara/tilik-notes-liputan.json";
        AppState s = Drive.loaded().state.withSize(80, 24).withStatus("notes not saved: " + name);
        List<String> rows = rows(s);
        assertThat(rows.subList(20, 24)).anyMatch(r -> r.contains(name));
        assertThat(rows.get(23)).startsWith(" 1/5 \u00B7 reviewed 0/5 \u2502 ");
    }

    @Test
    void noWordIsEverCutAcrossRows() {
        for (int width : new int[] {80, 100, 200}) {
            List<String> lines = StatusBar.block(MESSAGE + " " + MESSAGE, width - 1, StatusBar.MAX_ROWS);
            String joined = String.join(" ", lines);
            for (String line : lines) {
                assertThat(Columns.width(line)).isLessThanOrEqualTo(width - 1);
            }
            assertThat(joined).doesNotContain("dua-pul uh");
        }
    }

    @Test
    void aLongFolderNameKeepsTheHeadersCounts() {
        AppState s = Drive.loaded().state.withSize(80, 24);
        String header = View.render(s).row(0);
        String folder = s.session().analysis().folder();
        assertThat(header).contains(folder);
        String longFolder = "korea-utara-pasukan-rusia-liputan-lengkap-oktober-2024-dari-dua-puluh-media";
        assertThat(View.headerText(s, longFolder, 80)).endsWith("5 findings").contains("\u2026")
                .startsWith(" Tilik \u00B7 korea-utara");
        assertThat(Columns.width(View.headerText(s, longFolder, 80))).isLessThanOrEqualTo(80);
        assertThat(View.headerText(s, longFolder, 200)).contains(longFolder);
    }

    /** A reviewer's walk (round forty-seven): "/work/main/do…017/articles" at 80 columns said neither story. */
    @Test
    void aLongPathKeepsItsLastNamesTheStoryAndItsFolder() {
        AppState s = Drive.loaded().state.withSize(80, 24);
        String path = "/work/main/docs/devsets/temanggung-heli-2017/articles";
        String header = View.headerText(s, path, 80);
        assertThat(header).contains("temanggung-heli-2017/articles").doesNotContain("/work").endsWith("5 findings");
        assertThat(Columns.width(header)).isLessThanOrEqualTo(80);
        assertThat(View.shortFolder(path, 40)).isEqualTo("\u2026/devsets/temanggung-heli-2017/articles");
        assertThat(View.shortFolder(path, 20)).as("the last two names squeezed").startsWith("temanggung")
                .endsWith("articles").contains("\u2026");
        assertThat(Columns.width(View.shortFolder(path, 20))).isLessThanOrEqualTo(20);
        assertThat(View.shortFolder("korea-utara-pasukan-rusia-liputan-lengkap-oktober-2024", 20)).contains("\u2026")
                .startsWith("korea");
    }
}
