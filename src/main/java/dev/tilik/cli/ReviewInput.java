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
