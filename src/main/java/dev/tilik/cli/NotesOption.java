package dev.tilik.cli;

import dev.tilik.notes.DefaultNoteFile;
import dev.tilik.notes.NoteIndex;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --notes FILE}: the note file as given; without it {@code tilik-notes.json} in the current
 * directory, unless that file holds another folder's notes, or the folder's own in its parent
 * directory when none here is this folder's ({@link DefaultNoteFile}).
 */
public final class NotesOption {
    @Option(names = "--notes", paramLabel = "FILE",
            description = "Note file (default: " + DefaultNoteFile.NAME + " in the current directory; "
                    + "tilik-notes-<folder name>.json when " + DefaultNoteFile.NAME + " holds another folder's notes; "
                    + "with none for the folder here, the one its notes were last saved to, from wherever).")
    Path notes;

    private DefaultNoteFile chosen;
    private NoteIndex index = NoteIndex.none();

    /** {@code --notes} as given, or null for the default. */
    static NotesOption of(Path notes) {
        NotesOption o = new NotesOption();
        o.notes = notes;
        return o;
    }

    /** Asks {@code index} where a folder's notes were saved from elsewhere, before the default is chosen. */
    void index(NoteIndex index) {
        this.index = index;
    }

    /** The note file for {@code folder}: as given, else the default that belongs to it. */
    public Path file(Path folder) {
        return choice(folder).file();
    }

    /** What to tell the user about the note file chosen for them, or null (given, or the shared default as is). */
    public String notice(Path folder) {
        return choice(folder).notice();
    }

    private DefaultNoteFile choice(Path folder) {
        if (notes != null) {
            return new DefaultNoteFile(notes, null);
        }
        if (chosen == null) {
            chosen = DefaultNoteFile.choose(Path.of(""), folder, index);
        }
        return chosen;
    }
}
