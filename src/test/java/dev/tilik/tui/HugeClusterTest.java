package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One stance finding citing every denial and assertion of 24 articles (as on a big folder): the
 * panel shows the compared pair, the explanation and a summary, and x lists them all.
 */
class HugeClusterTest {
    static ReviewSession cluster() {
        Analysis many = ManyArticlesTest.big().analysis();
        List<Evidence> ev = new ArrayList<>();
        for (int side = 0; side <= 1; side++) {
            Stance want = side == 0 ? Stance.DENY : Stance.ASSERT;
            for (ArticleStatements a : many.articles()) {
                for (Statement s : a.statements()) {
                    if (s.stance() == want) {
                        ev.add(new Evidence(a.fileName(), s.id(), s.claim(), s.sentence(),
                                s.sentence().coveredText(a.document().text()), side));
                    }
                }
            }
        }
        Finding big = new Finding("f-big", FindingType.DENY_VS_ASSERT, Severity.HIGH, "findings.json#deny_vs_assert",
                "troops", "North Korea denies it, South Korea asserts it (troop deployment)",
                "North Korea denies sending troops in every article; South Korea says they were sent.", ev);
        List<Finding> findings = new ArrayList<>(List.of(big));
        findings.addAll(Fixture.analysis().findings().stream().filter(f -> f.id().equals("f-numeric")).toList());
        return ReviewSession.fresh(new Analysis("many", "rules", many.articles(), findings, List.of()));
    }

    private static Drive drive(int w, int h) {
        Drive d = new Drive(w, h);
        d.send(new Msg.Loaded(cluster()));
        return d;
    }

    private static String panel(Drive d) {
        return String.join("\n", PanelContent.lines(d.state, Geometry.of(d.state).panel().width()).stream()
                .map(l -> String.join("", l.stream().map(Segment::text).toList())).toList());
    }

    @Test
    void theRestOfEachSideIsSummarisedAfterThePairAndTheExplanation() {
        Drive d = drive(200, 60);
        assertThat(d.findingId()).isEqualTo("f-big");
        String p = panel(d);
        assertThat(p).contains(" versus").contains("Why  North Korea denies")
                .contains("agreeing with the first (35 statements in 24 articles)")
                .contains("\u2026 and 32 more from 22 articles, by Perwakilan Korut di PBB (11), perwakilan Korea Utara di "
                        + "PBB (11) and Korea Utara (10) (x lists them all)")
                .contains("agreeing with the second (35 statements in 23 articles)")
                .containsPattern("\u2026 and 32 more from \\d+ articles, by ");
        assertThat(p.indexOf("Why")).isLessThan(p.indexOf("agreeing with the first"));
        assertThat(p.lines().count()).isLessThan(40);
    }

    /**
     * A fact-checker's session (round 39, h39ux item 6): a development story's finding, an evolving figure, showed "also cited (15
     * statements …)" and right under its summary "also cited (1 statement …)" at 200×60: a finding that sets nothing
     * against anything drew its two sides as two lists under one heading twice. Its other statements are one list.
     */
    @Test
    void aFindingThatIsNoContradictionHasOneAlsoCitedHeading() {
        ReviewSession c = cluster();
        Finding big = c.analysis().findings().get(0);
        Finding evolving = new Finding(big.id(), FindingType.EVOLVING, Severity.INFO, big.rule(), big.topic(),
                "Evolving figure for the troops", big.explanation(), big.evidence());
        Drive d = new Drive(200, 60);
        d.send(new Msg.Loaded(ReviewSession.fresh(new Analysis("many", "rules", c.analysis().articles(),
                List.of(evolving), List.of()))));
        String screen = Drive.screen(d.state);
        assertThat(screen.lines().filter(l -> l.contains("also cited"))).hasSize(1).first().asString()
                .contains("also cited (70 statements in 24 articles)");
        assertThat(screen).contains("… and 67 more from ").doesNotContain("agreeing with");
    }

    @Test
    void xListsEveryCitedStatementInTheFocusedPanelAndFoldsThemAgain() {
        Drive d = drive(120, 40);
        int folded = (int) panel(d).lines().count();
        d.press("x");
        assertThat(d.state.nav().allCited()).isTrue();
        assertThat(d.state.nav().focus()).isEqualTo(Focus.PANEL);
        String all = panel(d);
        assertThat(all).doesNotContain("more from").contains("x shows fewer");
        assertThat(all.lines().filter(l -> l.startsWith(" \u2022 "))).hasSize(72);
        d.press("G");
        int bottom = d.state.nav().panelScroll();
        assertThat(bottom).isGreaterThan(folded);
        d.press("x");
        assertThat(d.state.nav().allCited()).isFalse();
        assertThat(d.state.nav().panelScroll()).isZero();
        d.press("x", "n");
        assertThat(d.findingId()).isEqualTo("f-numeric");
        assertThat(d.state.nav().allCited()).as("a new finding starts summarised").isFalse();
        d.press("x");
        assertThat(d.state.status()).isEqualTo("the panel already shows every statement this finding cites");
    }

    /** At 80×24 the word x gives stays on the status row beside the counts (it took the panel's last row too). */
    @Test
    void xSaysWhatItDidInOneRowAt80x24() {
        Drive d = drive(80, 24);
        d.press("x");
        String[] rows = Drive.screen(d.state).split("\n");
        assertThat(rows[23]).contains("\u2502 every cited statement: j/k scrolls, x folds");
        assertThat(rows[22]).doesNotContain("every cited");
    }

    /**
     * Paging through the expanded panel (x: all 72 statements listed) lays nothing out again: the
     * panel's lines are made once when it expands, and a page-down and its frame only scroll them —
     * counted through {@link Analysis#counted} and {@link PanelContent#layouts}, not timed.
     */
    @Test
    void expandedPanelScrollsAtTheCostOfOneFinding() {
        Analysis.Reads reads = new Analysis.Reads();
        Drive d = new Drive(200, 60);
        d.send(new Msg.Loaded(ReviewSession.fresh(cluster().analysis().counted(reads))));
        int cited = d.state.session().analysis().findings().get(0).evidence().size();
        View.render(d.state); // the first frame of the finding, folded
        reads.reset();
        long before = PanelContent.layouts();
        d.press("x");
        View.render(d.state);
        assertThat(PanelContent.layouts() - before).as("layouts by the key that expands the panel and its frame").isEqualTo(1);
        assertThat(reads.statementLookups()).as("statements looked up to expand it").isBetween(1L, (long) cited);
        long walks = 0;
        long mostLookups = 0;
        long layouts = PanelContent.layouts();
        for (int i = 0; i < 20; i++) {
            reads.reset();
            d.press("Space");
            View.render(d.state);
            walks += reads.articleLists();
            mostLookups = Math.max(mostLookups, reads.statementLookups());
        }
        assertThat(d.state.nav().panelScroll()).as("the keys scrolled").isPositive();
        assertThat(walks).as("walks over the article list by 20 page-downs and their frames").isZero();
        assertThat(PanelContent.layouts() - layouts).as("panels laid out by 20 page-downs and their frames").isZero();
        assertThat(mostLookups).as("statements looked up by one page-down and its frame").isZero();
    }

    @ParameterizedTest
    @CsvSource({"80,24", "200,60"})
    void screens(int w, int h) throws Exception {
        try (VirtualRun run = new VirtualRun(w, h, new FixtureBackend(HugeClusterTest::cluster, false))) {
            run.await("loaded", AppState::isLoaded).press("Tab", "Tab", "G")
                    .await("panel focused", s -> s.nav().focus() == Focus.PANEL).awaitText("(x lists them all)");
            ScreenFiles.assertScreen("cluster_" + w + "x" + h, run.screen());
        }
    }
}
