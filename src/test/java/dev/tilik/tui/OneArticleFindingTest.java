package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import org.junit.jupiter.api.Test;

/**
 * A new user's review (round 31, D6): over a weekday finding (one article cited), pane B showed whatever article was
 * chosen for browsing (sritex #16 showed 002_suara, unrelated) or, by chance, A's again. It shows the finding's one
 * article now, always, and its title says so.
 */
class OneArticleFindingTest {
    @Test
    void paneBOverAFindingInOneArticleShowsThatArticleAndSaysWhy() {
        for (int[] size : new int[][] {{200, 60}}) { // one above the other, B folds away (below)
            Drive d = new Drive(size[0], size[1]);
            // browsing chose A for pane B: the weekday slip is in B's article
            d.state = d.state.withNav(d.state.nav().withFiles(Fixture.B, Fixture.A));
            Finding weekday = d.state.session().analysis().finding("f-weekday").orElseThrow();
            d.state = Navigate.toFinding(d.state, weekday);
            assertThat(Panes.article(d.state, Focus.RIGHT)).map(ArticleStatements::fileName).contains(Fixture.B);
            assertThat(Drive.screen(d.state)).as("%dx%d", size[0], size[1])
                    .contains("B " + Fixture.B + " \u00B7 as A: the finding's only article");
        }
    }

    @Test
    void aFindingAcrossTwoArticlesKeepsOneInEachPane() {
        Drive d = Drive.loaded();
        Finding deny = d.state.session().analysis().finding("f-denycond").orElseThrow();
        d.state = Navigate.toFinding(d.state, deny);
        assertThat(Panes.oneArticle(d.state)).isFalse();
        assertThat(Drive.screen(d.state)).doesNotContain("the finding's only article");
    }

    /**
     * Round forty's session: a weekday finding at 80×24 showed its one article in both panes, one above the other,
     * B from its top under "as A: the finding's only article". One above the other, B now folds away and A has
     * both panes' rows; Tab passes over B, and B comes back with the next finding of two articles.
     */
    @Test
    void oneAboveTheOtherAFindingInOneArticleGivesABothPanesRows() {
        Drive d = new Drive(80, 24);
        Geometry two = Geometry.of(d.state);
        Finding weekday = d.state.session().analysis().finding("f-weekday").orElseThrow();
        d.state = Navigate.toFinding(d.state, weekday);
        Geometry one = Geometry.of(d.state);

        assertThat(one.right().height()).isZero();
        assertThat(one.rightTitle().height()).isZero();
        assertThat(one.left().height() + one.panel().height()).as("A takes B's body and title rows")
                .isEqualTo(two.left().height() + 1 + two.right().height() + two.panel().height());
        assertThat(one.panelTitle().y()).isEqualTo(one.left().bottom());
        String screen = Drive.screen(d.state);
        assertThat(screen).doesNotContain("the finding's only article").doesNotContain("─ B ");
        assertThat(screen).contains("A " + Fixture.B);

        d.press("Tab");
        assertThat(d.state.nav().focus()).as("Tab passes over the folded B").isEqualTo(Focus.PANEL);
        d.press("BackTab");
        assertThat(d.state.nav().focus()).isEqualTo(Focus.LEFT);

        Finding deny = d.state.session().analysis().finding("f-denycond").orElseThrow();
        d.state = Navigate.toFinding(d.state, deny);
        assertThat(Geometry.of(d.state).right().height()).as("two articles: B again").isPositive();
        assertThat(Drive.screen(d.state)).contains("\u2500 B ");
    }
}
