package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.notes.NoteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening says of a note file whose values were left out: the reader's Esc lists them, the shell has no Esc. */
class SideNotesTest {
    @TempDir
    Path dir;

    @Test
    void theShellIsNotToldToPressEsc() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Files.writeString(notes, "{\"version\": 1, \"findings\": [{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": "
                + "\"confirmed\", \"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\", "
                + "\"seen\": \"noon\"}]}", StandardCharsets.UTF_8);
        NoteStore store = NoteStore.open(notes);

        assertThat(SideNotes.opening(notes, store)).startsWith("note file: a value not readable left out (Esc lists it);");
        assertThat(SideNotes.opening(notes, store, false))
                .startsWith("note file: a value not readable left out (see below);").doesNotContain("Esc");
    }
}
