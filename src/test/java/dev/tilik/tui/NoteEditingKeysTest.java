package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A new user clearing a saved note had to hold Backspace through it: the shell keys every terminal
 * user reaches for (Ctrl-U, Ctrl-W, Ctrl-A, Ctrl-E) did nothing in the note editor and the prompts.
 */
class NoteEditingKeysTest {
    @Test
    void ctrlWDeletesTheWordBeforeTheCursorAndCtrlUEverythingBeforeIt() {
        assertThat(TextField.of("cek manifes  ").deleteWordBack()).isEqualTo(new TextField("cek ", 4));
        assertThat(TextField.of("cek").deleteWordBack()).isEqualTo(new TextField("", 0));
        assertThat(new TextField("cek manifes", 4).deleteToStart()).isEqualTo(new TextField("manifes", 0));
        assertThat(new TextField("", 0).deleteWordBack().deleteToStart()).isEqualTo(new TextField("", 0));
        assertThat(TextField.of("kata \uD83D\uDE00\uD83D\uDE00").deleteWordBack()).isEqualTo(new TextField("kata ", 5));
    }

    @Test
    void enterOnAnEmptyEditorWhereNoNoteWasSaysNothingWasCleared() {
        Drive d = Drive.loaded();
        d.press("e", "Enter");
        assertThat(d.state.session().note("f-denycond")).isEmpty();
        assertThat(d.state.status()).contains("no note written").doesNotContain("cleared");
    }

    @Test
    void aSavedNoteIsClearedWithCtrlUAndEnter() {
        Drive d = Drive.loaded();
        d.press("e", "ask the ministry", "Enter");
        assertThat(d.state.session().note("f-denycond")).isEqualTo("ask the ministry");
        d.press("e", "Ctrl-W");
        assertThat(((Overlay.NoteEditor) d.state.overlay()).field().text()).isEqualTo("ask the ");
        d.press("Ctrl-A", "Ctrl-E", "Ctrl-U", "Enter");
        assertThat(d.state.session().note("f-denycond")).isEmpty();
        assertThat(d.state.status()).contains("note cleared");
    }

    @Test
    void theSearchPromptTakesTheSameKeys() {
        Drive d = Drive.loaded();
        d.press("/", "tentara Rusia", "Ctrl-W");
        assertThat(((Overlay.SearchPrompt) d.state.overlay()).field().text()).isEqualTo("tentara ");
    }
}
