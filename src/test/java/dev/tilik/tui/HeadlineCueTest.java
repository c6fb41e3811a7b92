package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact-checker's session (h42ux, L5): a headline the outlet prints as its own claim has no cue written, and the
 * panel drew it as an empty pair of marks ({@code [ASSERT] Outlet · «» · in A}), the statement list as an empty cell.
 * Both say now that it is the headline.
 */
class HeadlineCueTest {
    private static final String FINDING = "f-denyassert"; // cites A#1 on one side

    /** The fixture with A#1 read as its outlet's headline: no cue written, an empty cue span at the claim's start. */
    private static ReviewSession outletsHeadline() {
        Analysis a = Fixture.analysis();
        List<ArticleStatements> arts = a.articles().stream().map(x -> new ArticleStatements(x.document(),
                x.statements().stream().map(HeadlineCueTest::asHeadline).toList(), x.dates())).toList();
        return ReviewSession.fresh(new Analysis(a.folder(), a.rules(), arts, a.findings(), a.problems()));
    }

    private static Statement asHeadline(Statement s) {
        if (!s.id().equals(Fixture.A + "#1")) {
            return s;
        }
        CharSpan at = new CharSpan(s.claim().start(), s.claim().start());
        return new Statement(s.id(), s.fileName(), s.sentence(), s.claim(), "Kabar Pagi", null, null, "", at, false,
                null, s.stance(), s.topic(), s.numbers(), s.dates());
    }

    private static Drive onTheFinding(int width, int height) {
        Drive d = new Drive(width, height, outletsHeadline());
        for (int i = 0; i < 10 && !FINDING.equals(d.findingId()); i++) {
            d.press("n");
        }
        assertThat(d.findingId()).isEqualTo(FINDING);
        return d;
    }

    @Test
    void thePanelSaysHeadlineWhereNoCueIsWritten() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            String screen = Drive.screen(onTheFinding(size[0], size[1]).state);
            assertThat(screen).as(size[0] + "x" + size[1]).contains("[DENY] Kabar Pagi \u00B7 headline \u00B7 in")
                    .doesNotContain("\u00AB\u00BB");
        }
    }

    @Test
    void theStatementListSaysHeadlineInTheCueColumn() {
        Drive d = onTheFinding(200, 60).press("Esc");
        for (int i = 0; i < 3 && !Panes.article(d.state, Panes.articleSide(d.state))
                .map(x -> x.fileName().equals(Fixture.A)).orElse(false); i++) {
            d.press("Tab");
        }
        d.press("t");
        assertThat(d.state.mode()).isEqualTo(Mode.STATEMENTS);
        assertThat(Drive.screen(d.state).lines().filter(r -> r.contains("Kabar Pagi")))
                .singleElement().satisfies(r -> assertThat(r).contains("(headline)"));
    }
}
