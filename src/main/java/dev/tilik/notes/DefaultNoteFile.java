package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.json.StrictStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which note file a folder's notes go to when {@code --notes} is not given. The default
 * {@code tilik-notes.json} belongs to one folder (the one its {@code "folder"} names): when it
 * belongs to another, this folder's notes go to {@code tilik-notes-<folder name>.json} beside it,
 * and the user is told ({@code --notes FILE} chooses any other), so two stories reviewed from one directory never share a file.
 *
 * @param file   the note file to use
 * @param notice what to tell the user about the choice, or null when the default was taken as is
 */
public record DefaultNoteFile(Path file, String notice) {
    public static final String NAME = "tilik-notes.json";

    /** The note file for {@code folder} when {@code --notes} is not given, {@code dir} being the current directory. */
    public static DefaultNoteFile choose(Path dir, Path folder) {
        Path shared = dir.resolve(NAME);
        Optional<String> owner = folderOf(shared);
        if (owner.isEmpty() || sameFolder(owner.get(), dir, folder)) {
            return new DefaultNoteFile(shared, null);
        }
        Path own = dir.resolve("tilik-notes-" + slug(folder) + ".json");
        Optional<String> ownOwner = folderOf(own);
        if (ownOwner.isPresent() && !sameFolder(ownOwner.get(), dir, folder)) {
            own = dir.resolve("tilik-notes-" + slug(folder) + "-"
                    + Integer.toHexString(absolute(dir, folder).toString().hashCode()) + ".json");
        }
        return new DefaultNoteFile(own, "notes in " + own.getFileName() + " (" + NAME + " is for " + owner.get() + ")");
    }

    /**
     * The {@code "folder"} a note file was written for, read without reading the rest (it comes
     * second, after the version); empty when the file is absent, unreadable or names none — then
     * nothing says it belongs elsewhere.
     */
    static Optional<String> folderOf(Path noteFile) {
        if (!Files.isRegularFile(noteFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(noteFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(noteFile)) {
            byte[] head = in.readNBytes(64 * 1024);
            try (JsonParser p = StrictStream.parser(head)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if ("folder".equals(name)) {
                        return t == JsonToken.VALUE_STRING && !p.getText().isBlank() ? Optional.of(p.getText()) : Optional.empty();
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut off at 64 KiB before "folder": opening says what is wrong
        }
        return Optional.empty();
    }

    private static boolean sameFolder(String recorded, Path dir, Path folder) {
        try {
            return absolute(dir, Path.of(recorded)).equals(absolute(dir, folder));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static Path absolute(Path dir, Path folder) {
        Path p = folder.isAbsolute() ? folder : dir.resolve(folder);
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The folder's own name as a file-name part: letters, digits, {@code .}, {@code _}, {@code -}. */
    static String slug(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String s = name == null ? "root" : name.toString().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        s = s.replaceAll("^[.-]+", "");
        return s.isEmpty() ? "folder" : s;
    }
}
