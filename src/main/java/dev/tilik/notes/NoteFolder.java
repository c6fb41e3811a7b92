package dev.tilik.notes;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a note file's {@code "folder"} means: the articles folder, read against <em>the note file's
 * own directory</em> (for the default note file, the directory Tilik ran from, which is how every
 * version wrote it). A save records the folder relative to that directory ({@code articles},
 * {@code ../x/articles}), absolute when it was given absolute, when the two have only the root in
 * common, or when no relative path leads back to it, so a
 * save from another directory never changes the folder the file names.
 */
public final class NoteFolder {
    private NoteFolder() {
    }

    /** The folder {@code recorded} names in {@code noteFile} (real path when it exists); empty when it is no path. */
    public static Optional<Path> resolve(String recorded, Path noteFile) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(real(directoryOf(noteFile), Path.of(recorded)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code recorded} in {@code noteFile} names {@code folder} (given from {@code dir}): real paths compared. */
    static boolean names(String recorded, Path noteFile, Path dir, Path folder) {
        return resolve(recorded, noteFile).map(r -> r.equals(real(dir, folder))).orElse(false);
    }

    /**
     * The {@code "folder"} to write into {@code noteFile} for the folder the user typed as
     * {@code typed} (from the current directory): {@code previous} as it stands when it already
     * names that folder (a save changes nothing it need not); else the folder relative to the note
     * file's directory; absolute when typed absolute, when they share only the root, or when no
     * relative path leads back to it.
     */
    static String record(String typed, String previous, Path noteFile) {
        Path folder;
        try {
            folder = Path.of(typed);
        } catch (InvalidPathException e) {
            return typed;
        }
        Path here = Path.of("");
        if (previous != null && names(previous, noteFile, here, folder)) {
            return previous;
        }
        if (folder.isAbsolute()) {
            return folder.normalize().toString();
        }
        return relative(real(here, folder), noteFile);
    }

    /** {@code target} (absolute) relative to {@code noteFile}'s directory, unless clearer absolute. */
    private static String relative(Path target, Path noteFile) {
        Path noteDir = real(directoryOf(noteFile), Path.of(""));
        try {
            Path relative = noteDir.relativize(target);
            String shown = relative.toString().isEmpty() ? "." : relative.toString();
            if (!climbsToRoot(relative, noteDir) && real(noteDir, Path.of(shown)).equals(target)) {
                return shown;
            }
        } catch (IllegalArgumentException e) {
            // another root: absolute below
        }
        return target.toString();
    }

    /** The same {@code "folder"} as {@code recorded} in {@code from}, written for a file in {@code to}'s directory. */
    static String moved(String recorded, Path from, Path to) {
        if (recorded == null || directoryOf(from).equals(directoryOf(to))) {
            return recorded;
        }
        Optional<Path> named = resolve(recorded, from);
        return named.isEmpty() || Path.of(recorded).isAbsolute() ? recorded : relative(named.get(), to);
    }

    /** Whether {@code relative} goes up to the root from {@code dir}: two trees with nothing in common, clearer absolute. */
    private static boolean climbsToRoot(Path relative, Path dir) {
        int up = 0;
        while (up < relative.getNameCount() && relative.getName(up).toString().equals("..")) {
            up++;
        }
        return up > 0 && up >= dir.getNameCount();
    }

    /** The note file's directory, absolute. */
    static Path directoryOf(Path noteFile) {
        Path parent = noteFile.toAbsolutePath().normalize().getParent();
        return parent == null ? noteFile.toAbsolutePath().getRoot() : parent;
    }

    /** {@code folder} read against {@code dir}: its real path when it exists, else absolute and normalised. */
    static Path real(Path dir, Path folder) {
        Path p = folder.isAbsolute() ? folder : dir.resolve(folder);
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
