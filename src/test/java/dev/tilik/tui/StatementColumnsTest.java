package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(at80).contains("Dinas Kesehatan Pr", "Dinas Kesehatan Ka").doesNotContain("Dinas \u2026");

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
    }
}
