package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteFileReader;
import java.nio.file.Path;
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
            TwoReaders r = TwoReaders.at(dir, size[0], size[1]);
            Drive d = r.drive;
            Finding f = r.finding;
            d.press("e", "R1 note: checked with Yonhap");
            assertThat(d.state.mode()).isEqualTo(Mode.NOTE);

            // Reader two writes its note; this reader's watch merges it in with the editor still open.
            r.otherReaderSaves(s -> s.withNote(f, "R2 note: NIS briefing 2024-10-18", Drive.T0.minusSeconds(5)));
            assertThat(d.state.session().note(f.id())).isEqualTo("R2 note: NIS briefing 2024-10-18");
            assertThat(d.state.mode()).as("the editor stays open").isEqualTo(Mode.NOTE);

            d.press("Enter");
            assertThat(d.state.session().note(f.id())).as("%dx%d", size[0], size[1])
                    .contains("R1 note: checked with Yonhap").contains("R2 note: NIS briefing 2024-10-18");
            assertThat(d.state.status()).isEqualTo("note saved, another reader's kept after it");
            assertThat(Drive.screen(d.state)).as("%dx%d", size[0], size[1]).contains("note saved, another reader's kept after it");
            r.one.save(r.lastSave().session());
            String saved = NoteFileReader.read(r.file, r.file.toString()).findings().stream()
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
