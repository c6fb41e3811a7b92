package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line cut at a box's edge says so with "…": the statement list ({@code t}) cut its rows — the topic after
 * stance, speaker, party and cue — at the border with nothing to tell the user that the statement goes on.
 */
class CutMarkTest {
    /** A topic far wider than any list: invented words, three times over. */
    private static final String LONG = ("pelabuhan lama kota kecil dan jembatan gantung yang katanya sudah "
            + "diperbaiki sejak musim hujan tahun lalu ").repeat(3).strip();

    private static ReviewSession longTopics() {
        Analysis a = Fixture.analysis();
        List<ArticleStatements> arts = a.articles().stream().map(x -> new ArticleStatements(x.document(),
                x.statements().stream().map(st -> st.withTopic(LONG)).toList(), x.dates())).toList();
        return ReviewSession.fresh(new Analysis(a.folder(), a.rules(), arts, a.findings(), a.problems()));
    }

    @Test
    void everyRowTheStatementListCutsEndsInAnEllipsisAt80x24And200x60() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Drive d = new Drive(size[0], size[1], longTopics()).press("Esc", "Tab", "t");
            assertThat(d.state.mode()).isEqualTo(Mode.STATEMENTS);
            String screen = Drive.screen(d.state);
            List<String> cut = screen.lines().filter(r -> r.contains("[DENY]") || r.contains("[ASSERT]")
                    || r.contains("[HEDGE]") || r.contains("[IF]")).toList();
            assertThat(cut).as("statement rows at %dx%d", size[0], size[1]).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.substring(0, r.lastIndexOf('\u2502')).stripTrailing())
                            .as("%dx%d", size[0], size[1]).endsWith("\u2026"));
        }
    }

    @Test
    void aLineThatFitsOrLosesOnlySpacesIsNotMarked() {
        Canvas c = new Canvas(20, 2);
        Chrome.lines(c, new Rect(0, 0, 10, 2), List.of(
                List.of(new Segment("abcde", Style.TEXT), new Segment("fghij     ", Style.TEXT)),
                List.of(new Segment("abcdefghij", Style.TEXT), new Segment("k", Style.TEXT))), 0);
        assertThat(c.row(0).stripTrailing()).isEqualTo("abcdefghij");
        assertThat(c.row(1).stripTrailing()).isEqualTo("abcdefghi\u2026");
    }
}
