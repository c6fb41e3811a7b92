package dev.tilik.notes;

import java.nio.file.Path;

/**
 * Reads one note file and prints how many reviews it holds; with a second argument, writes the file's
 * bytes there as a save does. Run in a fresh JVM by {@link NoMapperReadTest}.
 */
public final class NotesReadChild {
    private NotesReadChild() {
    }

    public static void main(String[] args) throws Exception {
        NoteFile file = NoteFileReader.read(Path.of(args[0]), args[0]);
        if (args.length > 1) {
            java.nio.file.Files.write(Path.of(args[1]), NoteFileWriter.bytes(file));
        }
        System.out.println(file.findings().size());
    }
}
