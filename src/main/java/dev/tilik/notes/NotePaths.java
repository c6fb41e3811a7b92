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

/**
 * Names of the files around a note file {@code tilik-notes.json}: the Markdown rendering
 * {@code tilik-notes.md}; {@code tilik-notes.recovered.json} (then {@code .recovered-2.json}, …)
 * where work goes while the note file is unreadable; {@code tilik-notes.conflict-<UTC time>.json}
 * when someone else changed the note file underneath.
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

    /** A conflict copy name that does not exist yet. */
    public static Path conflict(Path notes, Instant now) {
        String stem = base(notes) + ".conflict-" + STAMP.format(now);
        Path p = notes.resolveSibling(stem + ext(notes));
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = notes.resolveSibling(stem + "-" + i + ext(notes));
        }
        return p;
    }

    /** The conflict copies beside {@code notes} (their Markdown aside), oldest first (the names hold the time). */
    public static List<Path> conflicts(Path notes) {
        String prefix = base(notes) + ".conflict-";
        String ext = ext(notes);
        Path dir = notes.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(ext) && !name.endsWith(".md");
        })) {
            ds.forEach(p -> out.add(notes.resolveSibling(p.getFileName())));
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
        List<Path> out = new ArrayList<>();
        for (int n = 1; Files.exists(recovered(notes, n), LinkOption.NOFOLLOW_LINKS); n++) {
            out.add(recovered(notes, n));
        }
        out.addAll(conflicts(notes));
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
}
