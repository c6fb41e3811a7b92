package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.json.StrictStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which note file a folder's notes go to when {@code --notes} is not given. The default
 * {@code tilik-notes.json} belongs to one folder (the one its {@code "folder"} names): when it
 * belongs to another, this folder's notes go to {@code tilik-notes-<folder name>.json} beside it,
 * and the user is told ({@code --notes FILE} chooses any other), so two stories reviewed from one directory never share a file.
 * With no note file for the folder in the current directory, the one its notes were saved to from
 * beside the folder (or inside it) is taken and named, so reopening from elsewhere finds the work.
 *
 * @param file   the note file to use
 * @param notice what to tell the user about the choice, or null when the default was taken as is
 */
public record DefaultNoteFile(Path file, String notice) {
    public static final String NAME = "tilik-notes.json";

    /** The note file for {@code folder} when {@code --notes} is not given, {@code dir} being the current directory. */
    public static DefaultNoteFile choose(Path dir, Path folder) {
        DefaultNoteFile here = inDirectory(dir, folder);
        if (Files.exists(here.file(), LinkOption.NOFOLLOW_LINKS)) {
            return here;
        }
        Optional<Path> saved = savedBeside(dir, folder);
        return saved.map(f -> new DefaultNoteFile(f, "notes in " + shown(dir, f) + ", where this folder's were saved"))
                .orElse(here);
    }

    /** The note file for {@code folder} in {@code dir}: the shared default, or one named after the folder. */
    private static DefaultNoteFile inDirectory(Path dir, Path folder) {
        Path shared = dir.resolve(NAME);
        Optional<String> owner = folderOf(shared);
        if (owner.isEmpty() || sameFolder(owner.get(), dir, dir, folder)) {
            return new DefaultNoteFile(shared, null);
        }
        Path own = dir.resolve(ownName(folder));
        Optional<String> ownOwner = folderOf(own);
        if (ownOwner.isPresent() && !sameFolder(ownOwner.get(), dir, dir, folder)) {
            own = dir.resolve("tilik-notes-" + slug(folder) + "-"
                    + Integer.toHexString(absolute(dir, folder).toString().hashCode()) + ".json");
        }
        return new DefaultNoteFile(own, "notes in " + own.getFileName() + " (" + NAME + " is for " + owner.get() + ")");
    }

    private static String ownName(Path folder) {
        return "tilik-notes-" + slug(folder) + ".json";
    }

    /**
     * With no note file for {@code folder} in the current directory: the one this folder's notes
     * were saved to when Tilik ran from beside the folder or inside it (a default note file there
     * whose {@code "folder"}, read from where it lies, is this folder), so reopening from elsewhere
     * finds the work instead of starting an empty file.
     */
    private static Optional<Path> savedBeside(Path dir, Path folder) {
        Path real = absolute(dir, folder);
        Path here = absolute(dir, Path.of("."));
        List<Path> places = new ArrayList<>();
        if (real.getParent() != null) {
            places.add(real.getParent());
        }
        places.add(real);
        for (Path place : places) {
            if (place.equals(here)) {
                continue;
            }
            for (String name : List.of(NAME, ownName(folder))) {
                Path candidate = place.resolve(name);
                Optional<String> owner = folderOf(candidate);
                if (owner.isPresent() && sameFolder(owner.get(), place, dir, folder)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code file} as the user would type it from {@code dir}: relative when that is shorter. */
    private static String shown(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            String rel = absolute(dir, Path.of(".")).relativize(abs).toString();
            return rel.length() < abs.toString().length() ? rel : abs.toString();
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
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

    /** Whether {@code recorded}, read against {@code recordedIn}, is {@code folder} given from {@code dir}. */
    private static boolean sameFolder(String recorded, Path recordedIn, Path dir, Path folder) {
        try {
            return absolute(recordedIn, Path.of(recorded)).equals(absolute(dir, folder));
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
