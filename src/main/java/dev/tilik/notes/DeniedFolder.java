package dev.tilik.notes;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * What a save refused the note file's folder adds to "permission denied: &lt;folder&gt;": that the notes were to go
 * there, and how to send them elsewhere. With no {@code --notes} the note file is in the working folder, not the
 * articles folder, which a user who made the articles read-only never thought of (h42u3: "permission denied:
 * /work/main" said nothing of notes).
 */
public final class DeniedFolder {
    private DeniedFolder() {
    }

    /**
     * The words to add after {@link NoteStore#describe}'s for a save of {@code target} that failed with {@code e},
     * {@code working} the folder Tilik was started from; empty when {@code e} is no refusal of the note file's folder.
     */
    public static String said(IOException e, Path target, Path working) {
        if (!(e instanceof AccessDeniedException denied) || denied.getFile() == null) {
            return "";
        }
        Path folder = target.toAbsolutePath().normalize().getParent();
        Path refused = Path.of(denied.getFile()).toAbsolutePath().normalize();
        if (folder == null || !(refused.equals(folder) || SaveTemps.isTemp(refused) && folder.equals(refused.getParent()))) {
            return "";
        }
        return folder.equals(working.toAbsolutePath().normalize())
                ? ", the working folder the notes go to (start Tilik from a folder you can write, or give --notes FILE)"
                : ", the folder the notes go to (give --notes a FILE in a folder you can write)";
    }
}
