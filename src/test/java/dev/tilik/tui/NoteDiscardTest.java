package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import org.junit.jupiter.api.Test;

/**
 * Esc in the note editor closed it and threw away up to 4,000 typed characters without a word.
 * Now Esc on a changed note asks first ("Esc again discards your changes · Enter saves"); a second
 * Esc, with no other key between, discards; any other key goes on editing. An unchanged note closes
 * on one Esc as before.
 */
class NoteDiscardTest {
    private static final String QUESTION = "Esc again discards your changes \u00B7 Enter saves";

    private static Overlay.NoteEditor editor(Drive d) {
        return (Overlay.NoteEditor) d.state.overlay();
    }

    @Test
    void anUnchangedNoteClosesOnOneEsc() {
        Drive d = Drive.loaded().press("e", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.status()).isEmpty();
        d.press("e", "checked", "Enter", "e", "Esc");
        assertThat(d.state.mode()).as("the saved note, untouched").isEqualTo(Mode.READER);
        d.press("e", "ab", "Backspace", "Backspace", "Esc");
        assertThat(d.state.mode()).as("typed and taken back: the text is the saved note").isEqualTo(Mode.READER);
        d.press("e", "  ", "Esc");
        assertThat(d.state.mode()).as("spaces at the end, which Enter would strip").isEqualTo(Mode.READER);
        assertThat(d.state.session().note("f-denycond")).isEqualTo("checked");
        assertThat(d.effects(Effect.Save.class)).hasSize(1);
    }

    @Test
    void theFirstEscOnAChangedNoteAsksAndTheSecondDiscards() {
        Drive d = Drive.loaded().press("e", "Belum selesai: cek rilis", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.NOTE);
        assertThat(editor(d).discardAsked()).isTrue();
        assertThat(editor(d).field().text()).isEqualTo("Belum selesai: cek rilis");
        assertThat(d.state.status()).isEqualTo(QUESTION);
        d.press("Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.status()).isEqualTo("note discarded");
        assertThat(d.state.session().note("f-denycond")).isEmpty();
        assertThat(d.effects(Effect.Save.class)).isEmpty();
    }

    @Test
    void typingOnAfterTheQuestionThenEnterSavesEverything() {
        Drive d = Drive.loaded().press("e", "draft", "Esc", " and more", "Enter");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        assertThat(d.state.session().note("f-denycond")).isEqualTo("draft and more");
        assertThat(d.effects(Effect.Save.class)).singleElement()
                .satisfies(s -> assertThat(s.session().note("f-denycond")).isEqualTo("draft and more"));
        assertThat(d.state.status()).isEqualTo("note saved");
    }

    @Test
    void anyOtherKeyGoesOnEditingSoTheNextEscAsksAgain() {
        for (String other : new String[] {"x", "Left", "Backspace", "Home", "PgDn"}) {
            Drive d = Drive.loaded().press("e", "draft", "Esc", other);
            assertThat(d.state.mode()).as(other).isEqualTo(Mode.NOTE);
            assertThat(editor(d).discardAsked()).as(other).isFalse();
            assertThat(d.state.status()).as("%s: the question is gone", other).isNotEqualTo(QUESTION);
            d.press("Esc");
            assertThat(d.state.mode()).as("%s then Esc asks again", other).isEqualTo(Mode.NOTE);
            assertThat(d.state.status()).isEqualTo(QUESTION);
            d.press("Esc");
            assertThat(d.state.mode()).isEqualTo(Mode.READER);
        }
    }

    @Test
    void aPasteOrAnUnmarkedLineBreakAfterTheQuestionGoesOnEditingToo() {
        Drive d = Drive.loaded().press("e", "draft", "Esc");
        d.send(new Msg.Pasted(" rilis Kemlu", 12, Drive.T0));
        assertThat(editor(d).discardAsked()).isFalse();
        assertThat(editor(d).field().text()).isEqualTo("draft rilis Kemlu");
        d.press("Esc").send(new Msg.LineBreak(Drive.T0));
        assertThat(editor(d).discardAsked()).isFalse();
        assertThat(d.state.status()).isNotEqualTo(QUESTION);
        d.press("Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.NOTE);
    }

    /** Erasing a saved note is a change too: Esc asks, and discarding keeps the saved note. */
    @Test
    void blankingASavedNoteAsksAndDiscardingKeepsIt() {
        Drive d = Drive.loaded().press("e", "kept", "Enter", "e");
        d.press("Backspace", "Backspace", "Backspace", "Backspace", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.NOTE);
        d.press("Esc");
        assertThat(d.state.status()).isEqualTo("changes discarded: the saved note is kept");
        assertThat(d.state.session().note("f-denycond")).isEqualTo("kept");
    }

    @Test
    void quittingOrAHangUpAfterTheQuestionStillSavesTheNoteBeingTyped() {
        Drive d = Drive.loaded().press("e", "draft", "Esc");
        assertThat(OverlayActions.withOpenNote(d.state, Drive.T0).draft("f-denycond")).isEqualTo("draft");
        d.press("Ctrl-C");
        assertThat(d.effects(Effect.Save.class)).singleElement().satisfies(s -> {
            assertThat(s.forQuit()).isTrue();
            assertThat(s.session().draft("f-denycond")).as("kept as a draft, never confirmed").isEqualTo("draft");
        });
    }

    @Test
    void theSearchAndUrlPromptsStillCloseOnOneEsc() {
        Drive d = Drive.loaded().press("/", "korut", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
        d.press("u", "https://example.org/a", "Esc");
        assertThat(d.state.mode()).isEqualTo(Mode.READER);
    }

    @Test
    void theKeyTableDrivesTheEditorsEscItsHintAndItsHelp() {
        KeyTable t = KeyTable.defaults();
        assertThat(t.find(Mode.NOTE, Key.of("Esc"))).get().extracting(Binding::action).isEqualTo(Action.CLOSE_NOTE);
        assertThat(t.find(Mode.SEARCH_INPUT, Key.of("Esc"))).get().extracting(Binding::action).isEqualTo(Action.CANCEL);
        assertThat(t.hints(Mode.NOTE)).contains("Enter save", "Esc cancel");
        assertThat(HelpContent.rows(t, "Note editor, search and URL prompts"))
                .filteredOn(r -> r.keys().equals("Esc")).extracting(HelpContent.Row::text)
                .anyMatch(text -> text.startsWith(Action.CLOSE_NOTE.description()) && text.endsWith("in: note editor"))
                .anyMatch(text -> text.startsWith("Cancel") && text.endsWith("in: search prompt, URL prompt"));
        assertThat(Columns.width(QUESTION)).isLessThanOrEqualTo(80);
    }

    /** On the real runtime at 80×24: the question whole on the status line, and in the editor. */
    @Test
    void theQuestionShowsWholeOnTheStatusLineAt80x24() throws Exception {
        FixtureBackend backend = new FixtureBackend();
        try (VirtualRun run = new VirtualRun(80, 24, backend)) {
            run.await("loaded", AppState::isLoaded).press("e", "Belum selesai: cek rilis Kemlu")
                    .awaitText("cek rilis Kemlu").press("Esc");
            run.await("asked", s -> s.overlay() instanceof Overlay.NoteEditor n && n.discardAsked())
                    .awaitText(QUESTION);
            String[] rows = run.screen().split("\n");
            assertThat(rows[23]).endsWith(QUESTION).contains("1/5").doesNotContain("\u2026");
            ScreenFiles.assertScreen("note_discard_80x24", run.screen());
            run.press("Esc").await("discarded", s -> s.mode() == Mode.READER).awaitText("note discarded");
            assertThat(run.screen()).doesNotContain("cek rilis Kemlu");
            assertThat(backend.saves).isEmpty();
        }
    }
}
