package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
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
        assertThat(screen(d)).contains("different but compatible: modal, evolving,").contains("different").contains("  scope  ");
    }

    @Test
    void theFindingListUsesAWideScreen() {
        Drive d = new Drive(200, 60);
        d.press("l");
        assertThat(screen(d)).contains("DPRK envoy denies troops; Kim Jong Gyu: if true, lawful")
                .contains("North Korea denies; South Korean intelligence asserts troops sent");
    }

    /** A verdict's long name took the claim's room too: short where the screen is narrow, whole where it is wide. */
    @Test
    void theFindingListNamesKindsAndVerdictsShortOnlyWhereTheClaimNeedsTheRoom() {
        Drive narrow = new Drive(80, 24);
        narrow.press("v", "4", "l");
        String rows = screen(narrow);
        assertThat(rows).contains("deny vs if").contains("false alarm").doesNotContain("not a contradiction");
        String first = rows.lines().filter(l -> l.contains("deny vs if")).findFirst().orElseThrow();
        String claim = first.substring(first.indexOf("false alarm") + "false alarm".length()).replace("\u2502", "").strip();
        assertThat(claim.length()).as(first).isGreaterThanOrEqualTo(ListLines.CLAIM_ROOM - 10);
        narrow.press("j");
        assertThat(screen(narrow)).as("the chosen finding's claim whole under the list")
                .contains("North Korea denies; South Korean intelligence asserts troops sent");
        Drive wide = new Drive(200, 60);
        wide.press("v", "4", "l");
        assertThat(screen(wide)).contains("deny vs conditional").contains("false alarm").doesNotContain("not a contradiction");
    }

    /** The panel title keeps the kind whole at 80 columns: the topic gives way first. */
    @Test
    void thePanelTitleKeepsTheKindWholeAt80Columns() {
        assertThat(View.findingTitle("Finding 3/35", "a topic long enough to be cut \u00B7 deny vs assert",
                "HIGH \u00B7 unreviewed", 60)).isEqualTo("Finding 3/35 \u00B7 a topic\u2026 \u00B7 deny vs assert \u00B7 HIGH \u00B7 unreviewed");
    }

    /** The topic gave way inside a word ("banjir ban…", a root no claim writes); it gives way a word at a time. */
    @Test
    void thePanelTitleCutsTheTopicBetweenWords() {
        String title = View.findingTitle("Finding 2/44", "banjir bandang \u00B7 corroboration", "INFO \u00B7 unreviewed", 62);
        assertThat(title).isEqualTo("Finding 2/44 \u00B7 banjir\u2026 \u00B7 corroboration \u00B7 INFO \u00B7 unreviewed");
        assertThat(Columns.fitWords("banjir bandang", 11)).isEqualTo("banjir\u2026");
        assertThat(Columns.fitWords("bandang", 5)).isEqualTo("band\u2026");
        assertThat(Columns.fitWords("banjir bandang", 20)).isEqualTo("banjir bandang");
    }

    /**
     * A long verdict left the topic fewer than six columns: the kind was cut to "c…" beside a whole topic
     * ("Finding 10/50 · hubungan kerja · c… · INFO · not a contradiction", 80×24, hR14). The topic goes,
     * the kind stays whole: the topic is on the panel's first line.
     */
    @Test
    void aTitleWithNoRoomForTheTopicDropsItAndKeepsTheKindWhole() {
        String title = View.findingTitle("Finding 10/50", "an invented topic \u00B7 corroboration",
                "INFO \u00B7 not a contradiction", 58);
        assertThat(title).isEqualTo("Finding 10/50 \u00B7 corroboration \u00B7 INFO \u00B7 not a contradiction");
    }

    /**
     * The kind's room was reckoned as the title's columns less the topic's characters: a topic in wide letters (two
     * columns each) seemed to leave the kind no room and the kind was cut with it; one in combining marks (two
     * characters a column) let a kind through that overran the room, and the frame cut the verdict.
     */
    @Test
    void theKindAloneIsReckonedInColumnsWhateverTheTopicIsWrittenIn() {
        String wide = View.findingTitle("Finding 10/50", "\u6771\u4EAC\u96FB\u529B\u306E\u539F\u767A \u00B7 corroboration",
                "INFO \u00B7 not a contradiction", 60);
        assertThat(wide).isEqualTo("Finding 10/50 \u00B7 corroboration \u00B7 INFO \u00B7 not a contradiction");
        String marks = "a\u0301".repeat(9);
        String combined = View.findingTitle("Finding 10/50", marks + " \u00B7 corroboration",
                "INFO \u00B7 not a contradiction", 56);
        assertThat(Columns.width(combined)).as(combined).isLessThanOrEqualTo(56);
        assertThat(combined).endsWith("INFO \u00B7 not a contradiction");
    }

    /** The article chooser named files only ("003_9885e51dfbb98028.txt"): the outlet tells them apart. */
    @Test
    void theArticleChooserNamesEachArticlesOutlet() {
        Drive d = new Drive(80, 24);
        d.press("Esc", "a");
        assertThat(screen(d)).contains("003_9885e51dfbb98028.txt").contains("Suara.com");
    }

    /** Browsing at 80 columns on a real story, "Left  030_….txt · id · kumparan (via …) · 8 s": the count was cut. */
    @Test
    void theBrowsingPanelWrapsTheArticlesItNames() {
        Drive d = new Drive(56, 24);
        d.press("Esc", "Tab", "Tab");
        String rows = screen(d);
        assertThat(rows).contains("Right 003_9885e51dfbb98028.txt").contains("Suara.com");
        assertThat(rows.replaceAll("\\s+", " ")).containsPattern("Suara\\.com \u00B7 \\d+ statements?");
    }
}
