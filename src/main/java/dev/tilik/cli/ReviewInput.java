package dev.tilik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * {@code [DIR] --rules DIR --notes FILE}: a folder whose findings carry verdicts and notes, as
 * the reader, the shell and export take it.
 */
public final class ReviewInput {
    @Mixin
    FolderInput folder;

    @Mixin
    NotesOption notes;

    /** The input read without picocli ({@link ReaderArguments}). */
    static ReviewInput of(FolderInput folder, NotesOption notes) {
        ReviewInput in = new ReviewInput();
        in.folder = folder;
        in.notes = notes;
        return in;
    }

    /**
     * This input with the note-file index of {@code ctx}'s state folder: a folder opened from any
     * directory finds the note file its notes were last saved to ({@link dev.tilik.notes.NoteIndex}).
     */
    ReviewInput indexed(CliContext ctx) {
        notes.index(noteIndex(ctx));
        return this;
    }

    /** The index of where each folder's notes are, in the state folder {@code ctx} names (none when it names none). */
    static dev.tilik.notes.NoteIndex noteIndex(CliContext ctx) {
        Path unsaved = SideNotes.unsavedDir(ctx);
        return unsaved == null ? dev.tilik.notes.NoteIndex.none() : dev.tilik.notes.NoteIndex.in(unsaved.getParent());
    }

    /** Remembers in {@code ctx}'s index that this folder's notes are in {@code noteFile}. */
    void remember(CliContext ctx, Path noteFile) {
        noteIndex(ctx).remember(Path.of(""), folder.folder(), noteFile);
    }

    public FolderInput articles() {
        return folder;
    }

    public Path notesFile() {
        return notes.file(folder.folder());
    }

    /** What to tell the user about the note file chosen for this folder (another folder holds the default), or null. */
    public String notesNotice() {
        return notes.notice(folder.folder());
    }

    /** The same input as command-line arguments, to hand to another command (the reader to the shell). */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(folder.folder().toString(), "--notes", notesFile().toString()));
        if (folder.rulesDir() != null) {
            args.addAll(List.of("--rules", folder.rulesDir().toString()));
        }
        if (folder.noCache) {
            args.add("--no-cache");
        }
        return args;
    }
}
