package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Under the filter "verdict: unreviewed", giving a verdict took the finding out of the filter and
 * the reader out of the finding ("No finding selected"), so the note that follows a verdict could
 * not be written. The finding now stays, marked as outside the filter, until the user moves on.
 */
class VerdictUnderFilterTest {
    private static Drive unreviewedOnly() {
        Drive d = Drive.loaded().press("f", "j", "j", "l", "Enter");
        assertThat(d.state.filter().summary()).isEqualTo("verdict=unreviewed");
        return d;
    }

    @Test
    void aVerdictKeepsTheFindingOnScreenAndTheNoteCanFollow() {
        Drive d = unreviewedOnly();
        String id = d.findingId();
        int shown = Findings.visible(d.state).size();

        d.press("v", "4");

        assertThat(d.findingId()).isEqualTo(id);
        assertThat(Findings.current(d.state)).map(Finding::id).contains(id);
        assertThat(Findings.outsideFilter(d.state)).isTrue();
        assertThat(d.state.status()).contains("outside the filter");
        Canvas screen = View.render(d.state);
        assertThat(java.util.stream.IntStream.range(0, d.state.height()).mapToObj(screen::row))
                .anyMatch(row -> row.contains("(outside the filter)"));
        assertThat(Findings.visible(d.state)).hasSize(shown);

        d.press("e", "dua sumber berbeda", "Enter");
        assertThat(d.state.session().note(id)).isEqualTo("dua sumber berbeda");
        assertThat(d.state.session().verdict(id)).isEqualTo(Verdict.NOT_A_CONTRADICTION);

        d.press("n");
        assertThat(d.findingId()).isNotEqualTo(id);
        assertThat(Findings.outsideFilter(d.state)).isFalse();
        assertThat(Findings.visible(d.state)).hasSize(shown - 1).extracting(Finding::id).doesNotContain(id);
    }

    /**
     * A new user's review (round 31, D3): a verdict on the filter's last finding took it out ("-/4" on the status
     * line), and n then said "last finding (5 of 5)": the counts disagreed. It says now that the filter's others
     * come before it.
     */
    @Test
    void movingPastAFindingTheFilterNoLongerHoldsCountsAsTheStatusLineDoes() {
        Drive d = unreviewedOnly();
        int shown = Findings.visible(d.state).size();
        for (int i = 1; i < shown; i++) {
            d.press("n");
        }
        assertThat(Findings.index(d.state)).isEqualTo(shown - 1);
        d.press("v", "2", "n");
        assertThat(Findings.outsideFilter(d.state)).isTrue();
        assertThat(Drive.screen(d.state)).contains(" -/" + (shown - 1) + " ")
                .contains("no finding after this one, which the filter no longer holds; its " + (shown - 1) + " come before")
                .doesNotContain(shown + " of " + shown);
    }

    @Test
    void applyingAFilterStillStartsOnAFindingItLetsThrough() {
        Drive d = Drive.loaded().press("v", "2");
        d.press("f", "j", "j", "l", "Enter");
        assertThat(Findings.outsideFilter(d.state)).isFalse();
        assertThat(d.state.session().verdict(d.findingId())).isEqualTo(Verdict.UNREVIEWED);
        assertThat(d.state.status()).isEqualTo("filter verdict=unreviewed: " + Findings.visible(d.state).size() + " findings");
    }

    /**
     * Found as a new user (hR15): a note written with no verdict yet makes the finding reviewed (the counter
     * said "reviewed 2/48"), but the filter "verdict: unreviewed" still let it through (47 of 48), so working
     * through what is left brought back what was already looked at. "unreviewed" is now what the counter
     * leaves: nothing recorded.
     */
    @Test
    void aFindingWithANoteAndNoVerdictIsNotUnreviewedForTheFilterAsForTheCounter() {
        Drive d = Drive.loaded();
        String noted = d.findingId();
        int all = d.state.session().findings().size();
        d.press("e", "tanya kementerian", "Enter", "n");
        assertThat(d.state.session().verdict(noted)).isEqualTo(Verdict.UNREVIEWED);
        assertThat(d.state.session().reviewed(noted)).isTrue();
        d.press("f", "j", "j", "l");
        assertThat(Drive.screen(d.state)).contains("verdict: unreviewed (nothing recorded yet)")
                .contains((all - 1) + " of " + all + " findings match");
        d.press("Enter");
        assertThat(Findings.visible(d.state)).hasSize(all - 1).extracting(Finding::id).doesNotContain(noted);
    }
}
