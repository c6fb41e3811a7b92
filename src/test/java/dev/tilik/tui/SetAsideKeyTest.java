package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import dev.tilik.text.Columns;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A verdict another reader's later choice set aside shows under the verdict it lost to, where the
 * fact-checker looks, and {@code b} takes it back (the one it replaces set aside in its turn), saved at
 * once like a verdict.
 */
class SetAsideKeyTest {
    private static final Instant CHOSEN = Instant.parse("2024-10-25T07:42:00Z");

    /** The fixture with its first finding confirmed here and "needs sources", chosen elsewhere, set aside. */
    static ReviewSession setAside() {
        ReviewSession s = Fixture.session();
        Finding f = s.findings().get(0);
        Review r = s.withVerdict(f, Verdict.CONFIRMED, Drive.T0).review(f.id()).orElseThrow();
        Review aside = new Review(r.findingId(), r.type(), r.title(), r.snapshot(), r.verdict(), r.note(), r.created(),
                r.updated(), r.compared(), r.rating(), r.formerIds(), r.draft(),
                List.of(SetAside.ofVerdict(Verdict.NEEDS_SOURCES, Verdict.CONFIRMED, CHOSEN)));
        Map<String, Review> reviews = new LinkedHashMap<>(s.reviews());
        reviews.put(f.id(), aside);
        return new ReviewSession(s.analysis(), reviews);
    }

    @Test
    void thePanelShowsTheVerdictSetAsideAndBTakesItBackAndBAgainSwapsBack() {
        Drive d = new Drive(80, 24, setAside()).press("p");
        String id = d.state.session().findings().get(0).id();
        assertThat(d.findingId()).isEqualTo(id);
        assertThat(Drive.screen(d.state)).contains("Verdict confirmed  Note")
                .contains("Set aside: verdict \u201Cneeds sources\u201D (25 Oct 07:42) \u00B7 b takes it back");

        d.press("b");
        assertThat(d.state.session().verdict(id)).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(d.state.session().setAside(id)).containsExactly(
                SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.NEEDS_SOURCES, Drive.T0));
        assertThat(d.state.status()).startsWith("took back verdict \u201Cneeds sources\u201D; \u201Cconfirmed\u201D set aside");
        assertThat(d.effects(Effect.Save.class)).singleElement()
                .satisfies(e -> assertThat(e.session().verdict(id)).isEqualTo(Verdict.NEEDS_SOURCES));
        assertThat(Drive.screen(d.state)).contains("Verdict needs sources")
                .contains("Set aside: verdict \u201Cconfirmed\u201D");

        d.press("b");
        assertThat(d.state.session().verdict(id)).isEqualTo(Verdict.CONFIRMED);
    }

    /**
     * The verdict chosen after the merge, not the one the merge kept, is what b sets aside: the status line said the
     * merge's ("confirmed") while the note file set aside "false alarm".
     */
    @Test
    void bSaysTheVerdictItSetsAsideWhenAnotherWasChosenSinceTheMerge() {
        Drive d = new Drive(80, 24, setAside()).press("p");
        String id = d.findingId();
        d.press("v", "4");
        Verdict now = d.state.session().verdict(id);
        assertThat(now).isEqualTo(Verdict.NOT_A_CONTRADICTION);
        d.press("b");
        assertThat(d.state.session().verdict(id)).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(d.state.session().setAside(id)).last().extracting(SetAside::verdict).isEqualTo(now);
        assertThat(d.state.status()).startsWith("took back verdict \u201Cneeds sources\u201D; \u201C" + now.label()
                + "\u201D set aside");
    }

    @Test
    void onAFindingWithNothingSetAsideBSaysWhyAndChangesNothing() {
        Drive d = Drive.loaded().press("v", "2", "b");
        assertThat(d.state.status()).startsWith("nothing set aside on this finding");
        assertThat(d.state.session().setAside(d.findingId())).isEmpty();
        assertThat(d.effects(Effect.Save.class)).hasSize(1); // the verdict's
        assertThat(Drive.screen(d.state)).doesNotContain("Set aside");
    }

    @Test
    void theKeyTableCarriesItToTheHelpScreen() {
        KeyTable t = KeyTable.defaults();
        assertThat(t.find(Mode.READER, Key.of("b"))).map(Binding::action).contains(Action.TAKE_BACK);
        assertThat(HelpContent.rows(t, "Review")).extracting(HelpContent.Row::keys).contains("b");
    }

    /** On Lanterna's virtual terminal at 80×24 and 200×60: the line fits, b takes the verdict back and saves it. */
    @Test
    void onTheVirtualTerminal() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            FixtureBackend backend = new FixtureBackend(SetAsideKeyTest::setAside, false);
            try (VirtualRun run = new VirtualRun(size[0], size[1], backend)) {
                run.await("loaded", AppState::isLoaded).press("p").awaitText("b takes it back");
                for (String row : run.screen().split("\n")) {
                    assertThat(Columns.width(row)).isLessThanOrEqualTo(size[0]);
                }
                run.press("b").awaitText("took back verdict").await("saved", s -> s.saving() == 0);
                assertThat(backend.saves).last().satisfies(s -> assertThat(s.verdict(s.findings().get(0).id()))
                        .isEqualTo(Verdict.NEEDS_SOURCES));
            }
        }
    }
}
