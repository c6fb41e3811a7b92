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
        Path notes = badStamp();
        NoteStore store = NoteStore.open(notes);

        assertThat(SideNotes.opening(notes, store)).startsWith("note file: a value not readable left out (Esc lists it);");
        assertThat(SideNotes.opening(notes, store, false))
                .startsWith("note file: a value not readable left out (see below);").doesNotContain("Esc");
    }

    /**
     * A duplicate is said as a duplicate on the status line too, in the words the located line (Esc, the shell's
     * list) uses: "appearing twice", never "not readable"; a file with both says both.
     */
    @Test
    void aDuplicateIsSaidAsOneOnTheStatusLineAsInTheLocatedLine() throws Exception {
        String review = "{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": \"confirmed\", "
                + "\"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\"";
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, "{\"version\": 1, \"findings\": [" + review + ", \"note\": \"a\", \"note\": \"b\"}]}",
                StandardCharsets.UTF_8);
        NoteStore store = NoteStore.open(twice);
        assertThat(store.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("appears twice"));
        assertThat(SideNotes.opening(twice, store)).startsWith("note file: a value appearing twice left out (Esc lists it);");
        assertThat(SideNotes.opening(twice, store, false)).startsWith("note file: a value appearing twice left out (see below);");

        Path both = dir.resolve("both.json");
        Files.writeString(both, "{\"version\": 1, \"findings\": [" + review + ", \"seen\": \"noon\"}, "
                + review.replace("f1", "f2") + ", \"note\": \"a\", \"note\": \"b\"}]}", StandardCharsets.UTF_8);
        assertThat(SideNotes.opening(both, NoteStore.open(both)))
                .startsWith("note file: values not readable or appearing twice left out (Esc lists them);");
    }

    /** The note file's own problems are what its notice says: counted apart only when no notice speaks for them. */
    @Test
    void theNoticeSpeaksForTheNoteFilesProblemsOnlyWhenItSaysThem() throws Exception {
        Path notes = badStamp();
        NoteStore damaged = NoteStore.open(notes);
        assertThat(damaged.problems()).isNotEmpty();
        assertThat(SideNotes.saysProblems(notes, damaged)).isTrue();

        Path whole = dir.resolve("whole.json");
        Files.writeString(whole, "{\"version\": 1, \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(SideNotes.saysProblems(whole, NoteStore.open(whole))).isFalse();
    }

    /** A note file whose one review has a {@code seen} stamp that is no instant. */
    private Path badStamp() throws java.io.IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Files.writeString(notes, "{\"version\": 1, \"findings\": [{\"id\": \"f1\", \"type\": \"numeric\", \"verdict\": "
                + "\"confirmed\", \"created\": \"2024-10-25T08:30:00Z\", \"updated\": \"2024-10-25T08:30:00Z\", "
                + "\"seen\": \"noon\"}]}", StandardCharsets.UTF_8);
        return notes;
    }
}
