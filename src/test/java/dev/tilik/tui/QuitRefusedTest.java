package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A refused {@code q} (the save before quitting failed: a read-only folder) left the reader reading keys, and a user
 * who took the reader for gone typed a shell command into it: "ls -l" listed findings, an {@code e} opened the editor
 * and the rest became a note (h42ux, L4). The refusal now holds the keyboard until answered.
 */
class QuitRefusedTest {
    private static final String WHY = "tilik-notes.json: read-only; a copy is in ~/tilik/unsaved/x.json";

    private static Drive refused() {
        return Drive.loaded().press("v", "2").press("q").send(new Msg.SaveFailed(WHY, true, true));
    }

    @Test
    void aShellCommandTypedAfterTheRefusalRunsNoReaderKey() {
        Drive d = refused();
        String finding = d.findingId();
        int effects = d.effects.size();
        var before = d.state.session();

        d.press("ls -l", "Enter", "cd /tmp", "Enter", "echo hello > note", "Enter", "n", "e", "v", "3");

        assertThat(d.state.mode()).isEqualTo(Mode.QUIT_REFUSED);
        assertThat(d.findingId()).isEqualTo(finding);
        assertThat(d.state.session()).isSameAs(before);
        assertThat(d.effects).hasSize(effects);
        assertThat(d.state.status()).startsWith("3 did nothing: the quit was refused, the notes NOT saved")
                .contains("Q quits anyway").contains("q tries the save again").endsWith("Esc goes back to reading");
    }

    @Test
    void theThreeAnswers() {
        Drive esc = refused().press("Esc");
        assertThat(esc.state.mode()).isEqualTo(Mode.READER);
        assertThat(esc.state.status()).isEqualTo("reading on: the notes are NOT saved (s tries again, Q quits anyway)");

        Drive retry = refused();
        int saves = retry.effects(Effect.Save.class).size();
        retry.press("q");
        assertThat(retry.effects(Effect.Save.class)).hasSize(saves + 1);
        assertThat(retry.effects(Effect.Save.class).get(saves).forQuit()).isTrue();
        assertThat(retry.state.quitting()).isTrue();
        retry.send(new Msg.SaveFailed(WHY, true, true));
        assertThat(retry.state.mode()).isEqualTo(Mode.QUIT_REFUSED);

        Drive quit = refused().press("Q");
        assertThat(quit.effects(Effect.Exit.class)).hasSize(1);
    }

    @Test
    void aFailedSaveNoQuitAskedForOpensNothing() {
        Drive d = Drive.loaded().press("v", "2").send(new Msg.SaveFailed(WHY, false, true));
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
    }

    @Test
    void theScreenSaysWhyAndTheAnswersAt80And200() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            AppState s = refused().state.withSize(size[0], size[1]);
            String screen = Drive.screen(s);
            assertThat(screen).contains("Quit refused").contains("The notes could not be saved, so Tilik did not quit:")
                    .contains("Q quits (every note kept in that copy)").contains("q tries the save again")
                    .contains("other keys do nothing");
        }
        String nothingKept = Drive.screen(Drive.loaded().press("v", "2", "q")
                .send(new Msg.SaveFailed("No space left on device", true, false)).state.withSize(80, 24));
        assertThat(nothingKept).contains("Q quits without saving");
    }

    @Test
    void aUserKeyForQuittingUnsavedAnswersTheRefusalToo() {
        KeyTable keys = KeyTable.defaults().withOverrides(java.util.Map.of(Action.QUIT_UNSAVED, java.util.List.of(Key.of("X"))));
        assertThat(keys.find(Mode.QUIT_REFUSED, Key.of("X")).map(Binding::action)).contains(Action.QUIT_UNSAVED);
        assertThat(keys.find(Mode.QUIT_REFUSED, Key.of("Q"))).isEmpty();
        assertThat(keys.find(Mode.NOTE, Key.of("X"))).isEmpty();
    }
}
