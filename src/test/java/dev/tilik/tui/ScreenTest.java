package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole screens of the real runtime on Lanterna's virtual terminal, compared with expected text. */
class ScreenTest {
    @ParameterizedTest
    @CsvSource({"80,24", "120,40", "200,60"})
    void firstFinding(int w, int h) throws Exception {
        try (VirtualRun run = new VirtualRun(w, h, new FixtureBackend())) {
            run.await("the first finding", s -> s.isLoaded() && s.nav().findingId() != null);
            ScreenFiles.assertScreen("reader_" + w + "x" + h, run.screen());
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "200,60"})
    void helpScreen(int w, int h) throws Exception {
        try (VirtualRun run = new VirtualRun(w, h, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("?").await("help", s -> s.mode() == Mode.HELP);
            ScreenFiles.assertScreen("help_" + w + "x" + h, run.screen());
        }
    }

    @Test
    void findingListGroupedByTopic() throws Exception {
        try (VirtualRun run = new VirtualRun(120, 40, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("l", "j").await("list", s -> s.mode() == Mode.LIST
                    && ((Overlay.FindingList) s.overlay()).cursor() == 1);
            ScreenFiles.assertScreen("list_120x40", run.screen());
        }
    }

    /**
     * At 80 columns the full kind and verdict names ("weekday does not match date", "not a
     * contradiction") left the claim 17 to 20 columns: the list named kinds no one could tell apart by
     * their claims. They take their short form there, whole words still, and the claim twice the room.
     */
    @Test
    void listsGiveTheClaimTheRoomAt80x24() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("l", "G").await("list", s -> s.mode() == Mode.LIST
                    && ((Overlay.FindingList) s.overlay()).cursor() == 4);
            ScreenFiles.assertScreen("list_80x24", run.screen());
            assertThat(run.screen()).contains("weekday/date").contains("North Korea denies; South Korean i");
            run.press("Esc", "Tab", "t", "j").await("statements", s -> s.mode() == Mode.STATEMENTS
                    && ((Overlay.StatementList) s.overlay()).cursor() == 1);
            ScreenFiles.assertScreen("statements_80x24", run.screen());
            assertThat(run.screen()).contains("Jika benar ada hal seperti");
        }
    }

    @Test
    void verdictMenuAndNoteInThePanel() throws Exception {
        try (VirtualRun run = new VirtualRun(120, 40, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("v", "3", "e", "Kim speaks conditionally", "Enter")
                    .await("saved note", s -> s.saving() == 0 && !s.session().note("f-denycond").isEmpty());
            ScreenFiles.assertScreen("reviewed_120x40", run.screen());
            run.press("v").await("verdict menu", s -> s.mode() == Mode.VERDICT);
            ScreenFiles.assertScreen("verdict_120x40", run.screen());
        }
    }

    /**
     * A long note was cut to one line with a bare "…": the reviewer could not tell it went on. It
     * takes two lines now, the second saying it goes on, and the whole of it with the panel focused.
     */
    @Test
    void aLongNoteTakesTwoLinesAt80x24AndSaysItGoesOnUntilThePanelHasFocus() throws Exception {
        String note = "Kim speaks conditionally about a report he says he only heard as a rumour, "
                + "so this is a divergence rather than a contradiction; the agency's own statement of the "
                + "same day says the opposite, and the ministry later withdrew its figure altogether";
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("v", "3", "e", note, "Enter")
                    .await("saved note", s -> s.saving() == 0 && !s.session().note("f-denycond").isEmpty());
            ScreenFiles.assertScreen("reviewed_80x24", run.screen());
            assertThat(run.screen()).contains("Note Kim speaks conditionally").contains("(note goes on: Tab Tab)")
                    .doesNotContain("withdrew its figure")
                    .contains("[DENY] Perwakilan Korut").contains("ke Rusia untuk membantu Moskow");
            run.press("Tab", "Tab").await("panel focused", s -> s.nav().focus() == Focus.PANEL);
            assertThat(run.screen()).contains("withdrew its figure altogether").doesNotContain("note goes on");
        }
    }

    /**
     * A URL broken at the wrap of the unfocused panel's two-line note showed with a space inside it
     * ("…/news/detail/wamen aker-past…"): copied off the screen, it was a broken link (round 31, D1).
     */
    @Test
    void aLongWordInTheUnfocusedNoteSummaryIsNeverSplitByASpace() {
        String url = "https://www.example.co.id/news/detail/wamenaker-pastikan-phk";
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Drive d = new Drive(size[0], size[1]).press("v", "3", "e", "see " + url, "Enter");
            assertThat(d.state.session().note("f-denycond")).isEqualTo("see " + url);
            assertThat(Drive.screen(d.state)).as("at %dx%d", size[0], size[1]).contains(url);
        }
    }

    @Test
    void statementListAndBrowsing() throws Exception {
        try (VirtualRun run = new VirtualRun(100, 30, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("Esc", "Tab", "t")
                    .await("statements", s -> s.mode() == Mode.STATEMENTS);
            ScreenFiles.assertScreen("statements_100x30", run.screen());
        }
    }

    @Test
    void loadingShowsProgressBeforeTheModelsAreDone() throws Exception {
        FixtureBackend held = new FixtureBackend(Fixture::session, true);
        try (VirtualRun run = new VirtualRun(80, 24, held)) {
            run.awaitText("reading 1/2");
            ScreenFiles.assertScreen("loading_80x24", run.screen());
            held.release();
            run.await("loaded", AppState::isLoaded);
        }
    }

    /** Keys typed while loading are listed on the loading screen and run on the findings when they arrive. */
    @Test
    void keysTypedWhileLoadingAreShownAndRunOnTheFindings() throws Exception {
        FixtureBackend held = new FixtureBackend(Fixture::session, true);
        try (VirtualRun run = new VirtualRun(80, 24, held)) {
            run.awaitText("reading 1/2");
            run.press("n", "v", "2").await("three keys waiting", s -> s.ahead().size() == 3);
            ScreenFiles.assertScreen("loading_typed_80x24", run.screen());
            held.release();
            run.await("the verdict typed ahead on the second finding", s -> s.isLoaded()
                    && "f-denyassert".equals(s.nav().findingId())
                    && s.session().verdict("f-denyassert") == dev.tilik.review.Verdict.CONFIRMED);
        }
    }

    /** With the note editor open, q types into the hidden note: the too-small screen named q all the same. */
    @Test
    void tooSmallNamesTheQuitKeyOfWhatIsOpen() {
        Drive d = new Drive(30, 8);
        assertThat(words(View.render(d.state))).contains("q quits");
        d.press("e");
        assertThat(words(View.render(d.state))).contains("Ctrl-C quits").doesNotContain("q quits");
    }

    private static String words(Canvas c) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < c.height(); y++) {
            sb.append(c.row(y).strip()).append(' ');
        }
        return sb.toString();
    }

    @Test
    void tooSmallSaysSo() throws Exception {
        try (VirtualRun run = new VirtualRun(30, 8, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded);
            assertThat(run.screen()).contains("Terminal too small");
            ScreenFiles.assertScreen("too_small_30x8", run.screen());
        }
    }

    /** The cut note's hint counts the focus key's presses that reach the panel from where the focus is. */
    @Test
    void theCutNotesHintCountsThePressesToThePanel() {
        Drive d = Drive.loaded();
        assertThat(d.state.nav().focus()).isEqualTo(Focus.LEFT);
        assertThat(PanelContent.more(d.state)).isEqualTo("(note goes on: Tab Tab)");
        d.press("Tab");
        assertThat(d.state.nav().focus()).isEqualTo(Focus.RIGHT);
        assertThat(PanelContent.more(d.state)).isEqualTo("(note goes on: Tab)");
    }
}
