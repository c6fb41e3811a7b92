package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new user's review (round 31, D6): over a weekday finding (one article cited), pane B showed whatever article was
 * chosen for browsing (sritex #16 showed 002_suara, unrelated) or, by chance, A's again. It showed the finding's one
 * article then, always, and its title said so; since round forty-one (one above the other, then side by side) B
 * folds away over a finding citing one piece of evidence alone and A shows that article with B's room.
 */
class OneArticleFindingTest {
    @Test
    void paneBOverAFindingInOneArticleShowsThatArticleNotTheBrowsingChoice() {
        Drive d = new Drive(200, 60);
        // browsing chose A for pane B: the weekday slip is in B's article
        d.state = d.state.withNav(d.state.nav().withFiles(Fixture.B, Fixture.A));
        Finding weekday = d.state.session().analysis().finding("f-weekday").orElseThrow();
        d.state = Navigate.toFinding(d.state, weekday);
        assertThat(Panes.article(d.state, Focus.RIGHT)).map(ArticleStatements::fileName).contains(Fixture.B);
        assertThat(Drive.screen(d.state)).contains("A " + Fixture.B).doesNotContain(Fixture.A);
    }

    /**
     * Round forty-one (h41u2): side by side (100 columns and more) a weekday finding still showed its one article in
     * both halves, B from the top under "as A: the finding's only article" and A at the sentence, each in half the
     * width. B folds away there too now: A has the whole width, no rule down the middle, Tab passes over B, and the
     * next finding of two articles has both halves again.
     */
    @ParameterizedTest
    @CsvSource({"100,30", "200,60"})
    void sideBySideAFindingInOneArticleGivesATheWholeWidth(int width, int height) throws Exception {
        try (VirtualRun run = new VirtualRun(width, height, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("l", "G", "Enter")
                    .await("the weekday finding", s -> s.mode() == Mode.READER && "f-weekday".equals(s.nav().findingId()));
            String screen = run.screen();
            List<String> rows = screen.lines().toList();
            assertThat(screen).contains("A " + Fixture.B).doesNotContain("\u2500 B ")
                    .doesNotContain("the finding's only article");
            int panel = rows.indexOf(rows.stream().filter(r -> r.startsWith("\u2500 Finding")).findFirst().orElseThrow());
            assertThat(rows.subList(1, panel)).as("no rule down the middle")
                    .noneMatch(r -> r.length() > width / 2 && r.charAt((width - 1) / 2) == '\u2502');
            assertThat(rows.get(1)).as("A's title across the width").hasSize(width);
            assertThat(rows.subList(2, panel).stream().mapToInt(String::length).max().orElse(0))
                    .as("A's text laid out past the middle").isGreaterThan(width / 2 + 10);

            run.press("Tab").await("Tab passes over B", s -> s.nav().focus() == Focus.PANEL);
            run.press("BackTab").await("back to A", s -> s.nav().focus() == Focus.LEFT);
            run.press("l", "g", "Enter").await("a finding of two articles",
                    s -> s.mode() == Mode.READER && !"f-weekday".equals(s.nav().findingId()));
            assertThat(run.screen()).contains("\u2500 B ");
            assertThat(run.screen().lines().skip(1).findFirst().orElseThrow().charAt((width - 1) / 2)).isEqualTo('\u2502');
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
