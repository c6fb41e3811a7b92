package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Found as a new user (hR14, again in hR15): a digit pressed on a finding, meaning a verdict, said only
 * "no action on 3 (? lists every key)". It now says which verdict the digit gives and the key that opens
 * the menu; nothing is recorded (a stray digit never sets a verdict).
 */
class DigitWithoutMenuTest {
    @Test
    void aVerdictDigitOutsideTheMenuSaysHowToGiveThatVerdict() {
        Drive d = Drive.loaded().press("3");
        assertThat(d.state.status()).isEqualTo("no action on 3: the verdict divergence is v then 3 (? lists every key)");
        assertThat(d.state.session().verdict(d.findingId())).isEqualTo(Verdict.UNREVIEWED);
        assertThat(d.effects(Effect.Save.class)).isEmpty();
    }

    @Test
    void anotherKeyWithNoActionSaysSoAsBefore() {
        Drive d = Drive.loaded().press("9");
        assertThat(d.state.status()).isEqualTo("no action on 9 (? lists every key)");
    }

    /** N in the reader said only "no action on N" (a new user, hR19b): it works after a search, and says so. */
    @Test
    void aSearchKeyBeforeAnySearchSaysItWorksAfterOne() {
        Drive d = Drive.loaded().press("N");
        assertThat(d.state.status()).isEqualTo("no action on N: previous search match works after a search, / searches"
                + " (? lists every key)");
    }
}
