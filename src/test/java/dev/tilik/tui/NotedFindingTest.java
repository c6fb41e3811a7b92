package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.notes.ClaimReviewExport;
import dev.tilik.notes.MarkdownExport;
import dev.tilik.review.Rating;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding with a note or a rating and no verdict has been looked at: the counter counts it, a
 * reopen goes on past it, its verdict reads "no verdict yet" (not "unreviewed: not looked at yet"),
 * and the Markdown export agrees. It used to count as unreviewed while its note showed beside it.
 */
class NotedFindingTest {
    private static List<Finding> order() {
        return Findings.visible(Drive.loaded().state);
    }

    private static ReviewSession notedFirstRatedSecond() {
        List<Finding> order = order();
        return Fixture.session().withNote(order.get(0), "ask the ministry for the letter", Drive.T0)
                .withRating(order.get(1), Rating.SALAH, Drive.T0);
    }

    @Test
    void aNoteOrARatingAloneCountsAsReviewed() {
        ReviewSession s = notedFirstRatedSecond();
        assertThat(s.reviewedCount()).isEqualTo(2);
        assertThat(s.reviewed(order().get(0).id())).isTrue();
        assertThat(s.reviewed(order().get(2).id())).isFalse();
        assertThat(s.verdict(order().get(0).id())).isEqualTo(Verdict.UNREVIEWED);
        assertThat(s.verdictLabel(order().get(0).id())).isEqualTo("no verdict yet");
        assertThat(s.verdictLabel(order().get(2).id())).isEqualTo("unreviewed");
    }

    @Test
    void aNoteEmptiedAgainLeavesTheFindingUnreviewed() {
        Finding f = order().get(0);
        ReviewSession s = Fixture.session().withNote(f, "x", Drive.T0).withNote(f, "", Drive.T0);
        assertThat(s.reviewed(f.id())).isFalse();
        assertThat(s.reviewedCount()).isZero();
    }

    @Test
    void theReopenGoesOnPastThemAndTheCounterAndPanelAgree() {
        Drive d = new Drive(80, 24, notedFirstRatedSecond());
        assertThat(d.findingId()).isEqualTo(order().get(2).id());
        String status = View.render(d.state).row(23);
        assertThat(status).startsWith(" 3/5 · reviewed 2/5 │");
        d.press("p", "p");
        String screen = Drive.screen(d.state);
        assertThat(screen).contains("· no verdict yet").contains("Verdict no verdict yet  Note ask the ministry");
        d.press("l");
        assertThat(Drive.screen(d.state)).as("short at 80 columns").contains("no verdict ").contains("unreviewed");
        assertThat(Drive.screen(new Drive(200, 60, notedFirstRatedSecond()).press("l").state)).contains("no verdict yet");
    }

    @Test
    void theMarkdownExportCountsThemAndSaysNoVerdictYet() {
        String md = MarkdownExport.render(notedFirstRatedSecond());
        assertThat(md).contains("· 2 reviewed ·")
                .contains("- Verdict: **no verdict yet** (reviewed: a note or a rating recorded, no verdict chosen)")
                .contains("- Verdict: **unreviewed** (not looked at yet)");
    }

    @Test
    void theClaimReviewExportCarriesTheChosenRatingAndNoVerdict() {
        String json = ClaimReviewExport.render(notedFirstRatedSecond(), "Tilik");
        assertThat(json).contains("\"alternateName\" : \"Salah\"").doesNotContain("ask the ministry")
                .doesNotContain("Verdict:");
    }

    /**
     * The finding list ({@code l}) marks a finding with a note, as the shell's {@code list} does: a note alone and a
     * note beside a verdict, at 80×24 (short names) and 200×60; a finding without one is not marked.
     */
    /** The longest verdict's name keeps its note mark whole on a wide screen ("not a contradiction, no…" before). */
    @Test
    void theLongestVerdictKeepsItsNoteMarkWhole() {
        ReviewSession s = Fixture.session().withVerdict(order().get(0), Verdict.NEEDS_SOURCES, Drive.T0)
                .withNote(order().get(0), "a figure and its range", Drive.T0);
        String screen = Drive.screen(new Drive(200, 60, s).press("l").state);
        assertThat(screen).contains("needs sources, note ").doesNotContain("needs sources, no\u2026");
    }

    @Test
    void theFindingListMarksAFindingWithANote() {
        ReviewSession s = notedFirstRatedSecond().withVerdict(order().get(2), Verdict.CONFIRMED, Drive.T0)
                .withNote(order().get(2), "two sources agree", Drive.T0).withVerdict(order().get(3), Verdict.CONFIRMED,
                        Drive.T0);
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            String screen = Drive.screen(new Drive(size[0], size[1], s).press("l").state);
            List<String> rows = screen.lines().toList();
            java.util.function.Function<Finding, String> row = f -> rows.stream()
                    .filter(l -> l.contains(String.format(java.util.Locale.ROOT, "  %d ", order().indexOf(f) + 1))
                            && l.contains(f.severity().id()))
                    .findFirst().orElseThrow(() -> new AssertionError(f.title() + " not listed:\n" + screen));
            String noVerdict = size[0] == 80 ? "no verdict, note" : "no verdict yet, note";
            assertThat(row.apply(order().get(0))).as("%dx%d", size[0], size[1]).contains(noVerdict);
            assertThat(row.apply(order().get(1))).as("rated, no note").doesNotContain("note");
            assertThat(row.apply(order().get(2))).contains("confirmed, note");
            assertThat(row.apply(order().get(3))).contains("confirmed").doesNotContain("note");
        }
    }
}
