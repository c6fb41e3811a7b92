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
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
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
}
