package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.review.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys an earlier reader typed ahead and never ran, held back because the note file changed since:
 * they were said once on opening and then lingered in their journal, with nothing the user could do
 * about them. Now the reader names them and asks: run them here, drop them, or later (asked again).
 */
class HeldKeysTest {
    private static final Backend.Recovered HELD = new Backend.Recovered(List.of(
            new Msg.KeyPressed(Key.of("v"), Drive.T0), new Msg.KeyPressed(Key.of("2"), Drive.T0)), "at 08:00 on 25 Oct");

    private static Drive opened() {
        Drive d = new Drive(80, 24);
        d.state = AppState.initial(80, 24, KeyTable.defaults());
        d.effects.clear();
        d.send(new Msg.Loaded(Fixture.session(), null, null, HELD));
        return d;
    }

    @Test
    void theOpeningNamesThemAndAsks() {
        Drive d = opened();
        assertThat(d.state.overlay()).isInstanceOf(Overlay.HeldKeys.class);
        assertThat(d.state.status()).startsWith("2 keys typed ahead at 08:00 on 25 Oct held back: the note file changed since");
        String screen = Drive.screen(d.state);
        assertThat(screen).contains("Keys typed ahead, held back", "Keys: v 2", "r runs them here", "d drops them");
        assertThat(d.effects(Effect.HeldKeys.class)).isEmpty();
    }

    @Test
    void runningThemHereSavesWhatTheyMadeThenLetsTheirJournalGo() {
        Drive d = opened();
        String here = d.findingId();
        d.press("r");
        assertThat(d.state.overlay()).isEqualTo(Overlay.NONE);
        assertThat(d.state.session().verdict(here)).isEqualTo(Verdict.CONFIRMED);
        assertThat(d.state.status()).isEqualTo("ran the keys typed ahead at 08:00 on 25 Oct here: 1 verdict saved");
        assertThat(d.effects).hasSize(2);
        assertThat(d.effects.get(0)).isInstanceOf(Effect.Save.class);
        assertThat(d.effects.get(1)).as("after the save").isEqualTo(new Effect.HeldKeys(true));
    }

    @Test
    void droppingThemChangesNothingAndLetsTheirJournalGo() {
        Drive d = opened();
        d.press("d");
        assertThat(d.state.overlay()).isEqualTo(Overlay.NONE);
        assertThat(d.state.session().reviews()).isEmpty();
        assertThat(d.state.status()).isEqualTo("dropped the 2 keys typed ahead at 08:00 on 25 Oct");
        assertThat(d.effects).containsExactly(new Effect.HeldKeys(false));
    }

    @Test
    void laterKeepsThemForTheNextOpening() {
        Drive d = opened();
        d.press("Esc");
        assertThat(d.state.overlay()).isEqualTo(Overlay.NONE);
        assertThat(d.state.status()).contains("still held back: the next opening asks again");
        assertThat(d.effects).isEmpty();
        d.press("v", "2");
        assertThat(d.state.session().reviews()).as("the reader goes on as usual").hasSize(1);
    }
}
