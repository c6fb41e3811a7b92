package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.Rating;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.Columns;
import org.junit.jupiter.api.Test;

/**
 * The claim rating the ClaimReview export carries is chosen in the reader: r opens the menu, a
 * digit chooses (0 clears), it is saved at once like a verdict and shown beside the verdict.
 */
class RatingKeyTest {
    @Test
    void rOpensTheMenuADigitRatesAndSavesAtOnce() {
        Drive d = Drive.loaded().press("r");
        assertThat(d.state.mode()).isEqualTo(Mode.RATING);
        d.press("4");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.session().rating(d.findingId())).isEqualTo(Rating.SALAH);
        assertThat(d.state.status()).isEqualTo("rating: Salah");
        assertThat(d.effects(Effect.Save.class)).hasSize(1)
                .allSatisfy(e -> assertThat(e.session().rating(d.findingId())).isEqualTo(Rating.SALAH));
    }

    @Test
    void zeroClearsTheRatingAndSaysWhatTheExportUsesThen() {
        Drive d = Drive.loaded().press("v", "2", "r", "1");
        assertThat(d.state.session().rating(d.findingId())).isEqualTo(Rating.BENAR);
        d.press("r", "0");
        assertThat(d.state.session().rating(d.findingId())).isNull();
        assertThat(d.state.status()).isEqualTo("rating cleared; the export uses Belum terbukti, from the verdict");
        assertThat(d.effects(Effect.Save.class)).hasSize(3);
    }

    @Test
    void escOrRAgainCancelsAndChangesNothing() {
        Drive d = Drive.loaded().press("r", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        d.press("r", "r");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.session().rating(d.findingId())).isNull();
        assertThat(d.effects(Effect.Save.class)).isEmpty();
    }

    @Test
    void theRatingStandsBesideTheVerdictInThePanel() {
        Drive d = Drive.loaded().press("v", "2", "r", "3");
        assertThat(Drive.screen(d.state)).contains("Verdict confirmed  Rating Menyesatkan  Note");
        Drive none = Drive.loaded().press("v", "2");
        assertThat(Drive.screen(none.state)).contains("Verdict confirmed  Note").doesNotContain("Rating ");
    }

    @Test
    void aRatingOnAReopenedSessionIsShownAndMarkedInTheMenu() {
        ReviewSession rated = Fixture.session();
        rated = rated.withRating(rated.findings().get(0), Rating.SEBAGIAN_BENAR, Drive.T0);
        Drive d = new Drive(80, 24, rated);
        assertThat(d.findingId()).as("a rated finding is reviewed: the reopen goes on past it")
                .isNotEqualTo(rated.findings().get(0).id());
        d.press("p");
        assertThat(Drive.screen(d.state)).contains("Rating Sebagian benar");
        d.press("r");
        assertThat(Drive.screen(d.state)).contains("Claim rating for ClaimReview (0-6, Esc)")
                .contains("2  Sebagian benar").contains("0  none");
    }

    @Test
    void theKeyTableDrivesTheMenuItsHintsAndTheHelp() {
        KeyTable t = KeyTable.defaults();
        assertThat(t.find(Mode.READER, Key.of("r"))).map(Binding::action).contains(Action.RATING);
        assertThat(t.hints(Mode.RATING)).startsWith("0-6 choose");
        assertThat(HelpContent.rows(t, "Review")).extracting(HelpContent.Row::keys).contains("r");
        for (Rating r : Rating.values()) {
            assertThat(Rating.ofDigit(r.digit())).isEqualTo(r);
        }
        assertThat(Rating.ofDigit(Rating.NONE_DIGIT)).isNull();
    }

    /** On the real runtime at 80×24 and 200×60: the menu fits, the chosen rating is on screen after it. */
    @Test
    void theMenuAndTheRatedPanelOnTheVirtualTerminal() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            FixtureBackend backend = new FixtureBackend();
            try (VirtualRun run = new VirtualRun(size[0], size[1], backend)) {
                run.await("loaded", AppState::isLoaded).press("v", "2").awaitText("verdict: confirmed")
                        .await("the verdict saved", s -> s.saving() == 0 // on the state drawn with the verdict: the text
                                && s.session().verdict(s.nav().findingId()) == dev.tilik.review.Verdict.CONFIRMED) // shows a moment before
                        .press("r")
                        .await("menu", s -> s.mode() == Mode.RATING).awaitText("Tidak dapat diverifikasi");
                for (String row : run.screen().split("\n")) {
                    assertThat(Columns.width(row)).isLessThanOrEqualTo(size[0]);
                }
                ScreenFiles.assertScreen("rating_menu_" + size[0] + "x" + size[1], run.screen());
                run.press("5").await("rated", s -> s.mode() == Mode.READER).awaitText("Rating Belum terbukti");
                run.await("saved", s -> s.saving() == 0);
                assertThat(backend.saves).last().satisfies(s -> assertThat(s.rating(s.findings().get(0).id()))
                        .isEqualTo(Rating.BELUM_TERBUKTI));
            }
        }
    }
}
