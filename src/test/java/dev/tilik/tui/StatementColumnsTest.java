package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round forty (h40ux): the statement list ({@code t}) cut every party to seven columns whatever the screen's
 * width, so on real coverage two health offices read "Dinas …" alike, at 80 columns and at 200. The speaker,
 * party and cue columns now share the row's room: a short value leaves its room to the others.
 */
class StatementColumnsTest {
    private static final String PROVINCE = "Dinas Kesehatan Provinsi Sukamaju";
    private static final String DISTRICT = "Dinas Kesehatan Kabupaten Lembah Hijau";

    /** The fixture's statements, each credited to one of two offices whose names share their first words. */
    private static ReviewSession twoOffices() {
        Analysis a = Fixture.analysis();
        List<ArticleStatements> arts = a.articles().stream().map(x -> new ArticleStatements(x.document(),
                x.statements().stream().map(st -> st.withParty(st.stance().ordinal() % 2 == 0 ? PROVINCE : DISTRICT))
                        .toList(), x.dates())).toList();
        return ReviewSession.fresh(new Analysis(a.folder(), a.rules(), arts, a.findings(), a.problems()));
    }

    @Test
    void twoPartiesSharingTheirFirstWordsAreToldApartAt80x24AndWholeAt200x60() {
        Drive narrow = new Drive(80, 24, twoOffices()).press("Esc", "Tab", "t");
        assertThat(narrow.state.mode()).isEqualTo(Mode.STATEMENTS);
        String at80 = Drive.screen(narrow.state);
        // the column rules take six columns at 80 (round forty-one): the party still tells the two offices apart
        assertThat(at80).contains("Dinas Kesehatan P", "Dinas Kesehatan K").doesNotContain("Dinas \u2026");

        Drive wide = new Drive(200, 60, twoOffices()).press("Esc", "Tab", "t");
        String at200 = Drive.screen(wide.state);
        assertThat(at200).contains(PROVINCE + " ").contains(DISTRICT + " ");
        assertThat(at200.lines().filter(r -> r.contains("[")).filter(r -> r.contains("Dinas")))
                .allSatisfy(r -> assertThat(r).doesNotContain("\u2026"));
    }

    @Test
    void narrowColumnsStayWholeAndTheWideOnesShareWhatIsLeft() {
        assertThat(ListLines.share(60, 4, 30, 10)).containsExactly(4, 30, 10);
        assertThat(ListLines.share(40, 4, 30, 30)).containsExactly(4, 18, 18);
        assertThat(ListLines.share(30, 12, 40, 40)).containsExactly(10, 10, 10);
        assertThat(ListLines.share(50, 33, 38, 13)).as("a column an even share leaves over goes to the first wide one")
                .containsExactly(19, 18, 13);
    }

    /**
     * Round forty-one (h41u2): the list's columns stood one space apart under no heading, so where colour is off a
     * speaker's last words, the party and the cue read as one run ("… an official Agency North say"). Each column
     * has its heading now, over it, and a rule between speaker, party, cue and topic, at 80×24 and at 200×60.
     */
    @ParameterizedTest
    @CsvSource({"80,24", "200,60"})
    void theColumnsHaveHeadingsAndARuleBetweenThem(int width, int height) throws Exception {
        try (VirtualRun run = new VirtualRun(width, height, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("Esc", "Tab", "t")
                    .await("statements", s -> s.mode() == Mode.STATEMENTS);
            List<String> rows = run.screen().lines().toList();
            String heading = rows.stream().filter(r -> r.contains("Speaker")).findFirst().orElseThrow(
                    () -> new AssertionError("no heading row\n" + run.screen()));
            String denial = rows.stream().filter(r -> r.contains("[DENY]")).findFirst().orElseThrow();
            assertThat(heading).containsPattern("Stance +Speaker +\u2502 Party +\u2502 Cue +\u2502 Topic");
            assertThat(denial).as("speaker, party, cue and topic told apart without colour")
                    .containsPattern("perwakilan Korea Utara di PBB +\u2502 DPRK +\u2502 membantah +\u2502 troops");
            assertThat(rows.indexOf(heading)).as("the heading above the first statement")
                    .isLessThan(rows.indexOf(rows.stream().filter(r -> r.contains("[HEDGE]")).findFirst().orElseThrow()));
            for (String[] column : new String[][] {{"Speaker", "perwakilan"}, {"Party", "DPRK"}, {"Cue", "membantah"},
                    {"Topic", "troops"}}) {
                assertThat(denial.indexOf(column[1])).as("%s over its column", column[0])
                        .isEqualTo(heading.indexOf(column[0]));
            }
        }
    }

    /** The heading stays at the top of the box while the statements scroll under it (a list taller than the box). */
    @Test
    void theHeadingStaysWhileTheListScrolls() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 12, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("Esc", "Tab", "t", "G")
                    .await("the last statement", s -> s.overlay() instanceof Overlay.StatementList l && l.cursor() == 4);
            assertThat(run.screen()).contains("Stance").contains("\u2502 Party").contains("[DENY]")
                    .doesNotContain("[IF]");
        }
    }
}
