package dev.tilik.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note file's Markdown rendering, {@code tilik-notes.md}, which Tilik writes anew on every change: a text
 * someone wrote into it (a fact-check drafted under the findings) is never written over unseen. Each rendering
 * ends with a stamp line, an HTML comment (not shown where the Markdown is rendered) giving the SHA-256 of the
 * text above it. Before a write, a file whose last line is no such stamp, or whose text no longer matches its
 * stamp, holds words Tilik did not write — edited by hand, or written by a Tilik from before the stamp — and is
 * copied to {@code tilik-notes.edited-<UTC time>.md} first ({@link #write}: the copy, said by the caller). A file
 * as this writer last left it (size and time) is not read again.
 */
public final class NotesMarkdown {
    /** How the stamp line starts; the rest says what the file is, then the hash. */
    static final String STAMP = "<!-- Tilik writes this file anew from the note file on every change;"
            + " text written here is first copied to an .edited-<time>.md file beside it. sha256:";
    private static final Pattern LAST_LINE = Pattern.compile(Pattern.quote(STAMP) + "([0-9a-f]{64}) -->\n\\z");

    private final AtomicWriter writer;
    /** The file this writer last wrote, its size and modification time then (size -1: none). */
    private Path last;
    private long size = -1;
    private FileTime modified;

    public NotesMarkdown(AtomicWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** {@code rendered} (the Markdown, ending with a line break) with its stamp line after it. */
    public static byte[] stamped(byte[] rendered) {
        byte[] line = (STAMP + DiskState.sha256Hex(rendered) + " -->\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(rendered, rendered.length + line.length);
        System.arraycopy(line, 0, out, rendered.length, line.length);
        return out;
    }

    /** Whether {@code file} is a rendering as Tilik stamped it, unchanged since. */
    static boolean untouched(byte[] file) {
        int start = lastLineStart(file);
        Matcher m = LAST_LINE.matcher(new String(file, start, file.length - start, StandardCharsets.UTF_8));
        return m.matches() && m.group(1).equals(DiskState.sha256Hex(Arrays.copyOf(file, start)));
    }

    /** Whether {@code file} holds a stamp anywhere, whatever its hash (text added after it, or above it). */
    private static boolean stamp(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).contains(STAMP);
    }

    private static int lastLineStart(byte[] file) {
        int i = file.length - 2; // before the final line break
        while (i >= 0 && file[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    /**
     * What a write did: the copy kept of a text Tilik did not write (or null); whether that text had no stamp at all
     * (written by hand, or by a Tilik from before the stamp) rather than one its text no longer matches; a warning
     * (or null).
     */
    public record Written(Path kept, boolean stampless, String warning) {
    }

    /**
     * Writes {@code rendered}, stamped, to {@code file}; first, when the file holds text Tilik did not write,
     * copies it to a name beside it that does not exist yet ({@link Written#kept}). Throws, leaving the file as it
     * is, when the copy cannot be made or the file cannot be written; a folder that could not be flushed after
     * the write is a {@link Written#warning}.
     */
    public synchronized Written write(Path file, byte[] rendered, Instant now) throws IOException {
        Kept kept = keepEdits(file, now);
        byte[] bytes = stamped(rendered);
        size = -1; // unknown until the write is done
        String warning = null;
        try {
            writer.write(file, bytes);
        } catch (AtomicWriter.NotSyncedException e) {
            warning = e.getMessage(); // in place all the same
        }
        BasicFileAttributes a = Files.readAttributes(AtomicWriter.resolve(file), BasicFileAttributes.class);
        if (a.size() == bytes.length) {
            last = file;
            size = a.size();
            modified = a.lastModifiedTime();
        }
        return kept == null ? new Written(null, false, warning) : new Written(kept.copy(), kept.stampless(), warning);
    }

    /** A copy kept of a text Tilik did not write, and whether that text had no stamp at all. */
    private record Kept(Path copy, boolean stampless) {
    }

    private Kept keepEdits(Path file, Instant now) throws IOException {
        Path real = AtomicWriter.resolve(file);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!a.isRegularFile() || file.equals(last) && a.size() == size && a.lastModifiedTime().equals(modified)) {
            return null; // as this writer left it (a folder in its place: the write says so)
        }
        byte[] was;
        try {
            was = Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (was.length == 0 || untouched(was)) {
            return null;
        }
        Path copy = NotePaths.editedMarkdown(file, now);
        try {
            writer.write(copy, was);
        } catch (AtomicWriter.NotSyncedException e) {
            // the copy is there; only its folder was not flushed
        }
        return new Kept(copy, !stamp(was));
    }
}
