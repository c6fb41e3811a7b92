package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round forty-three (h43ux, left): browsing a search's matches with no finding selected, the key bar still offered
 * "v verdict  e note  r rate", keys that there only say they are off. The bar offers the keys that act.
 */
class SearchHintsTest {
    @Test
    void withNoFindingSelectedTheBarOffersNoKeyOnAFinding() {
        Drive d = new Drive(200, 60);
        d.press("n", "/", "zelenskyy", "Enter");
        assertThat(d.findingId()).as("the match is in an article finding 1 does not cite").isNull();
        assertThat(d.state.mode()).isEqualTo(Mode.SEARCH_RESULTS);
        var hints = d.state.keys().hints(d.state);
        assertThat(hints).noneMatch(h -> h.startsWith("v ") || h.startsWith("e ") || h.startsWith("r ")
                || h.startsWith("x ") || h.startsWith("b "));
        assertThat(hints).contains("n/N match");
        String bar = Drive.screen(d.state).lines().reduce((a, b) -> b).orElseThrow();
        assertThat(bar).doesNotContain("v verdict").doesNotContain("e note").doesNotContain("r rate");
    }

    @Test
    void withAFindingSelectedTheyAreOffered() {
        Drive d = new Drive(200, 60).press("n");
        assertThat(d.findingId()).isNotNull();
        assertThat(d.state.keys().hints(d.state)).contains("v verdict", "e note", "r rate");
        String bar = Drive.screen(d.state).lines().reduce((a, b) -> b).orElseThrow();
        assertThat(bar).contains("v verdict");
    }
}
