package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewSession;
import org.junit.jupiter.api.Test;

/**
 * A frame costs what it shows, counted through {@link Analysis#counted} (never timed): drawing the
 * reader over a finding that cites 72 statements of 24 articles never walks the article list and
 * looks up only the statements whose lines the panel draws — none at all when the panel shows
 * what it showed (its lines are laid out once per finding, focus, width and expansion).
 */
class FrameCostTest {
    /** The compared pair and {@link CitedLines#SHOWN} more on each side. */
    private static final int DRAWN = 2 + 2 * CitedLines.SHOWN;

    private final Analysis.Reads reads = new Analysis.Reads();

    private Drive drive() {
        ReviewSession cluster = HugeClusterTest.cluster();
        Drive d = new Drive(200, 60);
        d.send(new Msg.Loaded(ReviewSession.fresh(cluster.analysis().counted(reads))));
        assertThat(d.findingId()).isEqualTo("f-big");
        return d;
    }

    @Test
    void aFrameNeverWalksTheFolderAndLooksUpOnlyTheStatementsItDraws() {
        Drive d = drive();
        View.render(d.state); // the first frame of a finding also summarises the statements it hides
        for (String key : new String[] {"j", "j", "Tab", "J", "Tab", "Tab", "k"}) {
            long layouts = PanelContent.layouts();
            Focus before = d.state.nav().focus();
            reads.reset();
            d.press(key);
            String header = View.render(d.state).row(0);
            assertThat(header).contains("24 articles");
            assertThat(reads.articleLists()).as("walks over the article list by " + key + " and its frame").isZero();
            // the focus moved: a long note unfolds or folds, or its hint counts the presses to the panel again
            boolean panelChanged = before != d.state.nav().focus();
            assertThat(PanelContent.layouts() - layouts).as("panel layouts by " + key + " and its frame")
                    .isEqualTo(panelChanged ? 1 : 0);
            assertThat(reads.statementLookups()).as("statements looked up by " + key + " and its frame")
                    .isBetween(panelChanged ? 1L : 0L, panelChanged ? (long) DRAWN : 0L);
        }
    }

    @Test
    void theSummaryOfHiddenStatementsIsMadeOncePerFindingNotPerFrame() {
        Drive d = drive();
        reads.reset();
        View.render(d.state);
        long first = reads.statementLookups();
        assertThat(first).as("first frame: drawn + every hidden one, once").isGreaterThan(DRAWN);
        reads.reset();
        View.render(d.state);
        assertThat(reads.statementLookups()).isLessThanOrEqualTo(DRAWN);
        assertThat(d.state.session().analysis().statementsRead())
                .as("the statement index was built once").isEqualTo(d.state.session().analysis().statementCount());
    }
}
