package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A fact-checker's session (h42ux, L4): on a folder the reader cannot write, {@code q} saves first and refuses to quit
 * when the save fails, yet the status bar still said "q quit". Once a save failed the bar names the key that quits and
 * what {@code q} does, until a save reaches the note file again.
 */
class QuitHintAfterFailedSaveTest {
    private static String bar(Drive d, int width) {
        AppState s = d.state.withSize(width, 24).withStatus("");
        return View.render(s).row(23).stripTrailing();
    }

    @Test
    void notesKeptInACopyTheBarNamesQ() {
        Drive d = Drive.loaded().press("v", "2")
                .send(new Msg.SaveFailed("tilik-notes.json: read-only; a copy is in ~/x.json", false, true));

        assertThat(bar(d, 80)).isEqualTo(" 1/5 · reviewed 1/5 │ n/p finding  v verdict  e note  r rate  Q quit  ? help");
        assertThat(bar(d, 200)).contains("r rate  Q quit  ? help  q retry save  ").doesNotContain("q quit");

        d.press("q").send(new Msg.SaveFailed("tilik-notes.json: read-only; a copy is in ~/x.json", true, true));
        assertThat(d.state.quitting()).isFalse();
        assertThat(bar(d, 80)).endsWith("Esc cancel  Q quit  q retry save"); // the refusal holds the keys (h43ux)
        d.press("Esc");
        assertThat(bar(d, 80)).endsWith("r rate  Q quit  ? help");
    }

    @Test
    void nothingSavedAnywhereTheBarSaysQQuitsUnsaved() {
        Drive d = Drive.loaded().press("v", "2").send(new Msg.SaveFailed("No space left on device", false));

        assertThat(bar(d, 80)).isEqualTo(" 1/5 · reviewed 1/5 │ n/p finding  v verdict  e note  r rate  Q quit unsaved");
    }

    @Test
    void aSaveThatReachesTheNoteFileBringsQQuitBack() {
        Drive d = Drive.loaded().press("v", "2").send(new Msg.SaveFailed("No space left on device", false));
        d.press("s").send(new Msg.Saved(false));

        assertThat(bar(d, 80)).isEqualTo(" 1/5 · reviewed 1/5 │ n/p finding  v verdict  e note  r rate  ? help  q quit");
    }
}
