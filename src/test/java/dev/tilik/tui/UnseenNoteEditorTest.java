package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteFileReader;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note another reader (or the shell) saves on a finding while this reader's note editor is open on it is taken in
 * by the watch, and the editor's Enter then wrote this reader's text over it: the other note existed nowhere
 * afterwards and neither side was told. The editor remembers the note it opened over; Enter keeps a note written
 * meanwhile after this reader's, says so, and the note file holds both. Driven through a real note file.
 */
class UnseenNoteEditorTest {
    @TempDir
    Path dir;

    @Test
    void aNoteAnotherReaderSavedWhileTheEditorWasOpenIsKeptBesideTheOneSaved() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Path file = dir.resolve("notes-" + size[0] + ".json");
            NoteStore one = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
            ReviewSession start = one.restore(Fixture.analysis());
            Drive d = new Drive(size[0], size[1], start);
            Finding f = d.state.session().findings().stream().filter(x -> x.id().equals(d.findingId())).findFirst()
                    .orElseThrow();
            d.press("e", "R1 note: checked with Yonhap");
            assertThat(d.state.mode()).isEqualTo(Mode.NOTE);

            // Reader two writes its note; this reader's watch merges it in with the editor still open.
            NoteStore two = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
            two.restore(Fixture.analysis());
            two.save(Fixture.session().withNote(f, "R2 note: NIS briefing 2024-10-18", Drive.T0.minusSeconds(5)));
            SaveResult watched = one.save(d.state.session());
            d.send(new Msg.Saved(false, null, start, watched.merged().reviews(), true));
            assertThat(d.state.session().note(f.id())).isEqualTo("R2 note: NIS briefing 2024-10-18");
            assertThat(d.state.mode()).as("the editor stays open").isEqualTo(Mode.NOTE);

            d.press("Enter");
            assertThat(d.state.session().note(f.id())).as("%dx%d", size[0], size[1])
                    .contains("R1 note: checked with Yonhap").contains("R2 note: NIS briefing 2024-10-18");
            assertThat(d.state.status()).isEqualTo("note saved, another reader's kept after it");
            assertThat(Drive.screen(d.state)).as("%dx%d", size[0], size[1]).contains("note saved, another reader's kept after it");
            Effect.Save save = d.effects(Effect.Save.class).get(d.effects(Effect.Save.class).size() - 1);
            one.save(save.session());
            String saved = NoteFileReader.read(file, file.toString()).findings().stream()
                    .filter(n -> n.id().equals(f.id())).findFirst().orElseThrow().note();
            assertThat(saved).contains("R1 note: checked with Yonhap").contains("R2 note: NIS briefing 2024-10-18");
        }
    }

    @Test
    void aNoteUnchangedWhileTheEditorWasOpenIsReplacedAsBefore() {
        Drive d = Drive.loaded().press("e", "first", "Enter", "e", "Ctrl-U", "second", "Enter");
        assertThat(d.state.session().note("f-denycond")).isEqualTo("second");
        assertThat(d.state.status()).isEqualTo("note saved");
    }
}
