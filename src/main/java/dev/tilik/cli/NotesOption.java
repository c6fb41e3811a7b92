package dev.tilik.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --notes FILE}: the note file, by default {@code tilik-notes.json} in the current directory. */
public final class NotesOption {
    @Option(names = "--notes", paramLabel = "FILE", defaultValue = "tilik-notes.json",
            description = "Note file (default: ${DEFAULT-VALUE} in the current directory).")
    Path notes;

    public Path file() {
        return notes;
    }
}
