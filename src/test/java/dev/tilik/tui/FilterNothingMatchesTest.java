package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact-checker's session (h42ux, L3): the filter "verdict: confirmed" when no finding had that verdict dropped the
 * finding the user was on ("No finding selected"), Esc then said "nothing to go back from" and clearing the filter
 * started again at finding 1. A filter no finding passes is now left unapplied, the place kept and the reason said;
 * and the verdict row has a "reviewed" value, so what was reviewed is one filter, not four.
 */
class FilterNothingMatchesTest {
    @Test
    void aFilterNothingPassesKeepsThePlaceAndSaysSo() {
        Drive d = Drive.loaded().press("n");
        String second = d.findingId();
        int all = d.state.session().findings().size();

        d.press("f", "j", "j", "l", "l");
        assertThat(Drive.screen(d.state)).contains("verdict: confirmed")
                .contains("0 of " + all + " findings match: Enter keeps the filter as it is");
        d.press("Enter");

        assertThat(d.state.filter().isAll()).isTrue();
        assertThat(d.findingId()).isEqualTo(second);
        assertThat(Findings.current(d.state)).map(Finding::id).contains(second);
        assertThat(d.state.status())
                .isEqualTo("no finding has verdict=confirmed: filter not applied, still on finding 2 (f changes it)");
        assertThat(Drive.screen(d.state)).doesNotContain("No finding selected");

        d.press("f", "c", "Enter");
        assertThat(d.findingId()).isEqualTo(second);
        d.press("Esc");
        assertThat(d.state.status()).isEqualTo("left finding 2 to browse: Esc returns, a picks articles");
    }

    @Test
    void underAFilterTheFilterStaysAndClearingItIsOffered() {
        Drive d = Drive.loaded().press("f", "j", "j", "l", "Enter"); // verdict=unreviewed: every finding
        String here = d.findingId();

        d.press("f", "j", "j", "l", "Enter"); // verdict=confirmed: none

        assertThat(d.state.filter().summary()).isEqualTo("verdict=unreviewed");
        assertThat(d.findingId()).isEqualTo(here);
        assertThat(d.state.status()).isEqualTo("no finding has verdict=confirmed: filter not applied, still on finding 1;"
                + " still filtering verdict=unreviewed (f c Enter clears it)");
    }

    @Test
    void theVerdictRowEndsInReviewedWhatUnreviewedLeavesOut() {
        Drive d = Drive.loaded();
        String confirmed = d.findingId();
        d.press("v", "2", "n", "n");
        String noted = d.findingId();
        d.press("e", "tanya dua sumber", "Enter", "n");
        int all = d.state.session().findings().size();

        d.press("f", "j", "j", "h");
        assertThat(Drive.screen(d.state)).contains("verdict: reviewed (any verdict, note or rating)")
                .contains("2 of " + all + " findings match");
        d.press("Enter");

        assertThat(d.state.filter().summary()).isEqualTo("verdict=reviewed");
        assertThat(Findings.visible(d.state)).extracting(Finding::id).containsExactly(confirmed, noted);
        assertThat(d.state.session().verdict(noted)).isEqualTo(Verdict.UNREVIEWED);
    }

    @Test
    void theVerdictRowCyclesThroughAnyEveryVerdictAndReviewed() {
        Filter f = Filter.ALL;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < Verdict.values().length + 2; i++) {
            seen.append(f.label(2)).append(" | ");
            f = f.cycle(2, 1, List.of());
        }
        assertThat(seen.toString()).isEqualTo("verdict: any | verdict: unreviewed (nothing recorded yet) | "
                + "verdict: confirmed | verdict: divergence | verdict: false alarm | verdict: needs sources | "
                + "verdict: reviewed (any verdict, note or rating) | ");
        assertThat(f).isEqualTo(Filter.ALL);
        assertThat(Filter.ALL.cycle(2, -1, List.of()).summary()).isEqualTo("verdict=reviewed");
        assertThat(Filter.ALL.cycle(2, -1, List.of()).cycle(2, 1, List.of())).isEqualTo(Filter.ALL);
    }

    /** A user's walk (h46ux): the type row offered kinds the folder had none of, each "0 of N findings match". */
    @Test
    void theTypeAndSeverityRowsOfferOnlyWhatTheFolderHas() {
        Drive d = Drive.loaded();
        java.util.List<Finding> findings = d.state.session().findings();
        java.util.Set<dev.tilik.model.FindingType> present = new java.util.TreeSet<>();
        findings.forEach(f -> present.add(f.type()));
        assertThat(present).hasSizeLessThan(dev.tilik.model.FindingType.values().length);

        java.util.List<dev.tilik.model.FindingType> offered = new java.util.ArrayList<>();
        Filter f = Filter.ALL.cycle(0, 1, findings);
        while (f.type() != null) {
            offered.add(f.type());
            assertThat(f.count(d.state.session())).as(f.label(0)).isPositive();
            f = f.cycle(0, 1, findings);
        }
        assertThat(offered).containsExactlyElementsOf(present);
        assertThat(Filter.ALL.cycle(0, -1, findings).type()).isEqualTo(offered.get(offered.size() - 1));

        java.util.Set<dev.tilik.model.Severity> severities = new java.util.TreeSet<>();
        findings.forEach(x -> severities.add(x.severity()));
        java.util.List<dev.tilik.model.Severity> shown = new java.util.ArrayList<>();
        for (Filter g = Filter.ALL.cycle(1, 1, findings); g.severity() != null; g = g.cycle(1, 1, findings)) {
            shown.add(g.severity());
        }
        assertThat(shown).containsExactlyElementsOf(severities);

        d.press("f", "l");
        assertThat(Drive.screen(d.state)).contains("type: " + offered.get(0).label()).doesNotContain("0 of ");
    }
}
