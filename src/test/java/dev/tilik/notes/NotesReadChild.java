package dev.tilik.notes;

import java.nio.file.Path;

/** Reads one note file and prints how many reviews it holds: run in a fresh JVM by {@link NoMapperReadTest}. */
public final class NotesReadChild {
    private NotesReadChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(NoteFileReader.read(Path.of(args[0]), args[0]).findings().size());
    }
}
