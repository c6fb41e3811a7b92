package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search covers every article: matches in folder order, the panes follow them, Esc goes back. */
class SearchFlowTest {
    private static String left(Drive d) {
        return Panes.article(d.state, Focus.LEFT).orElseThrow().fileName();
    }

    private static String right(Drive d) {
        return Panes.article(d.state, Focus.RIGHT).orElseThrow().fileName();
    }

    @Test
    void aNameInTheOtherArticleIsFoundAndShownInThePaneThatHasIt() {
        Drive d = Drive.loaded();
        d.press("/", "zelenskyy", "Enter");
        Search s = d.state.search();
        assertThat(s.hits()).singleElement().satisfies(h -> assertThat(h.fileName()).isEqualTo(Fixture.B));
        assertThat(d.findingId()).as("B is already on screen: the finding stays").isEqualTo("f-denycond");
        int at = s.current().offset();
        int top = d.state.nav().rightAnchor();
        assertThat(top).isLessThanOrEqualTo(at);
        assertThat(Navigate.lines(d.state, Focus.RIGHT).stream().filter(l -> l.start() >= top && l.start() <= at))
                .as("the match is within the first lines of the right pane").hasSizeLessThanOrEqualTo(3);
        assertThat(d.state.status()).contains("match 1/1 in " + Fixture.B);
    }

    @Test
    void matchesInAnArticleNotOnScreenTakeTheFocusedPaneAndEscReturnsToTheFinding() {
        Drive d = Drive.loaded();
        d.press("n");
        assertThat(d.findingId()).isEqualTo("f-denyassert");
        assertThat(left(d)).isEqualTo(Fixture.A);
        assertThat(right(d)).as("both pieces of evidence are in A").isEqualTo(Fixture.A);
        d.press("/", "zelenskyy", "Enter");
        assertThat(d.findingId()).as("the panes must leave the finding to show B").isNull();
        assertThat(left(d)).isEqualTo(Fixture.B);
        assertThat(right(d)).isEqualTo(Fixture.A);
        d.press("Esc");
        assertThat(d.state.search()).isNull();
        assertThat(d.findingId()).isEqualTo("f-denyassert");
        assertThat(d.state.status()).isEqualTo("search cleared: back to finding 2");
    }

    /**
     * Under a filter the status line named the finding by its place in the filtered list ("back to
     * finding 1" under a panel titled "Finding 2/5"): it gives the finding's own number now, as the
     * panel, the shell and the exports do.
     */
    @Test
    void escUnderAFilterNamesTheFindingByItsOwnNumber() {
        Drive d = Drive.loaded();
        d.press("v", "2", "f", "j", "j", "l", "Enter"); // finding 1 confirmed, then only the unreviewed shown: 2 first
        assertThat(d.findingId()).isEqualTo("f-denyassert");
        assertThat(Findings.index(d.state)).as("first under the filter").isZero();
        d.press("/", "zelenskyy", "Enter", "Esc");
        assertThat(d.findingId()).isEqualTo("f-denyassert");
        assertThat(d.state.status()).isEqualTo("search cleared: back to finding 2");
        d.press("Esc");
        assertThat(d.state.status()).startsWith("left finding 2 to browse");
        d.press("Esc");
        assertThat(d.state.status()).isEqualTo("back to finding 2");
    }

    /** The matches scrolled the finding's own articles; Esc cleared the search but left the panes at the last match. */
    @Test
    void escAfterMatchesInTheFindingsOwnArticlesScrollsBackToItsStatements() {
        Drive d = Drive.loaded();
        int left = d.state.nav().leftAnchor();
        int right = d.state.nav().rightAnchor();
        d.press("/", "Kim Jong", "Enter", "n", "n", "n", "n");
        assertThat(d.findingId()).as("both articles are the finding's: it stays").isEqualTo("f-denycond");
        assertThat(d.state.nav().leftAnchor() != left || d.state.nav().rightAnchor() != right)
                .as("the matches moved a pane").isTrue();
        d.press("Esc");
        assertThat(d.state.search()).isNull();
        assertThat(d.state.nav().leftAnchor()).isEqualTo(left);
        assertThat(d.state.nav().rightAnchor()).isEqualTo(right);
        assertThat(d.state.status()).isEqualTo("search cleared: back to finding 1");
    }

    @Test
    void nAndNStepThroughEveryArticleInFolderOrder() {
        Drive d = Drive.loaded();
        d.press("/", "Kim Jong", "Enter");
        Search s = d.state.search();
        assertThat(s.hits()).hasSize(6);
        assertThat(s.files()).containsExactly(Fixture.A, Fixture.B);
        assertThat(s.hits().subList(0, 3)).allSatisfy(h -> assertThat(h.fileName()).isEqualTo(Fixture.A));
        int start = s.index();
        for (int i = 1; i <= 6; i++) {
            d.press("n");
            Search.Hit h = d.state.search().current();
            assertThat(d.state.search().index()).isEqualTo((start + i) % 6);
            assertThat(ReaderActions.paneShowing(d.state, h.fileName())).as("match %d is on screen", i).isPresent();
        }
        d.press("N");
        assertThat(d.state.search().index()).isEqualTo(Math.floorMod(start - 1, 6));
        assertThat(d.state.status()).contains("\u00B7 2 articles");
    }

    @Test
    void noMatchAnywhereSaysSoAndKeepsThePlace() {
        Drive d = Drive.loaded();
        d.press("/", "xyzzy", "Enter");
        assertThat(d.state.search()).isNull();
        assertThat(d.findingId()).isEqualTo("f-denycond");
        assertThat(d.state.status()).isEqualTo("no match for \"xyzzy\" in any of the 2 articles");
    }

    @Test
    void thePromptCountsMatchesWhileTyping() {
        Drive d = Drive.loaded();
        d.press("/", "Kim Jong");
        String screen = String.join("\n", java.util.stream.IntStream.range(0, 40)
                .mapToObj(View.render(d.state)::row).toList());
        assertThat(screen).contains("Search all 2 articles").contains("6 matches in 2 articles");
    }

    /**
     * Round forty (h40ux): with the matches shown and no finding, v said "press n to go to one" and the panel "n or l
     * goes to the findings", while n stepped to the next match; "1 matches in 1 articles". The way back is Esc (to
     * the finding the search began on) or l, and the counts read in the right number.
     */
    @Test
    void withTheMatchesShownAndNoFindingTheWayBackIsEscOrLNeverN() {
        Drive d = new Drive(80, 24);
        d.press("n", "/", "zelenskyy", "Enter");
        assertThat(d.findingId()).as("the match is in B, not one of finding 2's articles").isNull();
        d.press("v");
        assertThat(d.state.status())
                .isEqualTo("no finding selected: Esc goes back to finding 2 (n steps through the matches)");
        String screen = Drive.screen(d.state).replaceAll("\\s+", " ");
        assertThat(screen).contains("Browsing the matches without a finding: Esc goes back to finding 2 (n steps"
                        + " through the matches).", "Searching \u201Czelenskyy\u201D: 1 match in 1 article.")
                .doesNotContain("n or l goes to");

        d.press("Esc", "Esc", "/", "Kim Jong", "Enter");
        assertThat(d.state.search().returnTo()).as("begun with no finding shown").isNull();
        d.press("e");
        assertThat(d.state.status()).isEqualTo("no finding selected: l lists the "
                + Findings.visible(d.state).size() + " findings (n steps through the matches)");
        d.press("Esc");
        assertThat(d.state.search()).isNull();
        assertThat(d.findingId()).isNull();
        d.press("v");
        assertThat(d.state.status()).as("no search: n goes to a finding").isEqualTo(Guard.NEEDS_FINDING.reason());
    }
}
