package dev.tilik.notes;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Names of the files around a note file {@code tilik-notes.json}: the Markdown rendering
 * {@code tilik-notes.md}; {@code tilik-notes.recovered.json} (then {@code .recovered-2.json}, …)
 * where work goes while the note file is unreadable; {@code tilik-notes.conflict-<UTC time>.json}
 * when someone else changed the note file underneath; {@code tilik-notes-<hash>.unsaved-<UTC time>.json}
 * in Tilik's state folder when the note file could not be written at all (a full disk).
 */
public final class NotePaths {
    private static final String JSON = ".json";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private NotePaths() {
    }

    /** {@code tilik-notes.json} → {@code tilik-notes.md}. */
    public static Path markdown(Path notes) {
        return notes.resolveSibling(base(notes) + ".md");
    }

    /** The n-th (1-based) recovery sibling: {@code tilik-notes.recovered.json}, {@code tilik-notes.recovered-2.json}. */
    public static Path recovered(Path notes, int n) {
        return notes.resolveSibling(base(notes) + ".recovered" + (n == 1 ? "" : "-" + n) + ext(notes));
    }

    /**
     * The note file as it was before a value that could not be read was left out of it:
     * {@code tilik-notes.as-read-<first 12 hex digits of its SHA-256>.json}, one per content.
     */
    public static Path asRead(Path notes, String sha256) {
        return notes.resolveSibling(base(notes) + ".as-read-" + sha256.substring(0, 12) + ext(notes));
    }

    /** A conflict copy name that does not exist yet. */
    public static Path conflict(Path notes, Instant now) {
        String stem = base(notes) + ".conflict-" + STAMP.format(now);
        Path p = notes.resolveSibling(stem + ext(notes));
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = notes.resolveSibling(stem + "-" + i + ext(notes));
        }
        return p;
    }

    /**
     * Where a Markdown rendering's text that Tilik did not write is kept before the rendering is written anew
     * ({@link NotesMarkdown}): {@code tilik-notes.md} → {@code tilik-notes.edited-20261207T063000Z.md}, a name that
     * does not exist yet.
     */
    public static Path editedMarkdown(Path markdown, Instant now) {
        String name = markdown.getFileName().toString();
        String stem = (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + ".edited-" + STAMP.format(now);
        Path p = markdown.resolveSibling(stem + ".md");
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = markdown.resolveSibling(stem + "-" + i + ".md");
        }
        return p;
    }

    /**
     * Where the notes go when {@code notes} cannot be written (full disk, folder gone): a name in
     * {@code dir} (the state folder's {@code unsaved}) that names the note file and does not exist yet,
     * {@code tilik-notes-1a2b3c4d.unsaved-20261202T205500Z.json}; the hash tells two note files of one name apart.
     */
    public static Path unsaved(Path notes, Path dir, Instant now) {
        String stem = unsavedPrefix(notes) + STAMP.format(now);
        Path p = dir.resolve(stem + JSON);
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = dir.resolve(stem + "-" + i + JSON);
        }
        return p;
    }

    /** The copies in {@code dir} of notes that could not be saved to {@code notes}, oldest first. */
    public static List<Path> unsavedIn(Path dir, Path notes) {
        return named(dir, unsavedPrefix(notes), JSON, Path::resolve, dir);
    }

    private static String unsavedPrefix(Path notes) {
        String real = notes.toAbsolutePath().normalize().toString();
        return base(notes) + "-" + String.format("%08x", real.hashCode()) + ".unsaved-";
    }

    /** The conflict copies beside {@code notes} (their Markdown aside), oldest first (the names hold the time). */
    public static List<Path> conflicts(Path notes) {
        return named(notes.toAbsolutePath().getParent(), base(notes) + ".conflict-", ext(notes), Path::resolveSibling, notes);
    }

    /** The files in {@code dir} named {@code prefix…ext} (not Markdown), each as {@code place.resolve(name)}, sorted. */
    private static List<Path> named(Path dir, String prefix, String ext, BiFunction<Path, Path, Path> as,
                                    Path place) {
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(ext) && !name.endsWith(".md");
        })) {
            ds.forEach(p -> out.add(as.apply(place, p.getFileName())));
        } catch (IOException | DirectoryIteratorException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    /**
     * The files beside {@code notes} that hold notes it does not: its recovery siblings and its
     * conflict copies, in that order.
     */
    public static List<Path> sideFiles(Path notes) {
        List<Path> out = new ArrayList<>(recoveries(notes));
        out.addAll(conflicts(notes));
        return out;
    }

    /** The recovery siblings beside {@code notes} that exist, in order ({@link #recovered}): notes saved while it was unreadable. */
    public static List<Path> recoveries(Path notes) {
        List<Path> out = new ArrayList<>();
        for (int n = 1; Files.exists(recovered(notes, n), LinkOption.NOFOLLOW_LINKS); n++) {
            out.add(recovered(notes, n));
        }
        return out;
    }

    /**
     * A side file's name short enough for a status line: {@code tilik-notes.conflict-20261202T135301Z.json}
     * → {@code …conflict-20261202T135301Z.json} (the part after the note file's own name).
     */
    public static String shortName(Path notes, Path side) {
        String name = side.getFileName().toString();
        String stem = base(notes) + ".";
        return name.startsWith(stem) && name.length() > stem.length() ? "\u2026" + name.substring(stem.length()) : name;
    }

    private static String base(Path notes) {
        String name = notes.getFileName().toString();
        return name.endsWith(JSON) && name.length() > JSON.length() ? name.substring(0, name.length() - JSON.length())
                : name;
    }

    private static String ext(Path notes) {
        String name = notes.getFileName().toString();
        return name.endsWith(JSON) && name.length() > JSON.length() ? JSON : "";
    }

    /**
     * The line the reader and the shell print once they are gone: where the notes are, as an absolute
     * path (a user who started Tilik from another folder, or gave {@code --notes ../x.json}, knows the file).
     */
    public static String notesAt(Path notes) {
        return "Notes are in " + notes.toAbsolutePath().normalize() + ".";
    }
}
