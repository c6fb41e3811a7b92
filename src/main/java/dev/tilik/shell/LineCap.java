package dev.tilik.shell;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Piped input to the shell, one line at a time, at most {@link #MAX_BYTES} bytes a line: a longer
 * line is never held in memory (two 9 MB lines used to end the shell with OutOfMemoryError) and is
 * replaced by a marker line that {@link Shell} reports as skipped, so a command is never run cut.
 */
public final class LineCap extends InputStream {
    /** The longest line the shell reads: far above any command or note (a note holds 4,000 characters). */
    public static final int MAX_BYTES = 64 * 1024;
    /** Starts the line that stands for a skipped one; U+FFFF is a noncharacter nobody types. */
    static final String MARKER = "\uFFFFline-too-long ";

    private final InputStream in;
    private final byte[] line = new byte[MAX_BYTES + 1];
    private byte[] pending = new byte[0];
    private int next;
    private boolean eof;

    public LineCap(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** The byte length of the line {@code read} stands for, when it is a skipped line's marker. */
    static OptionalLong skipped(String read) {
        if (read == null || !read.startsWith(MARKER)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(read.substring(MARKER.length()).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static String message(long bytes) {
        return String.format(Locale.ROOT, "line skipped: %,d bytes; a line holds at most %,d bytes", bytes, MAX_BYTES);
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return pending[next++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - next);
        System.arraycopy(pending, next, b, off, n);
        next += n;
        return n;
    }

    @Override
    public int available() {
        return pending.length - next;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Makes the next line ready; false at the end of the input. */
    private boolean fill() throws IOException {
        if (next < pending.length) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (n <= MAX_BYTES) {
                line[n] = (byte) c;
            }
            n++;
            if (c == '\n') {
                break;
            }
            if (n > MAX_BYTES) {
                long total = n + skipRestOfLine();
                pending = (MARKER + total + "\n").getBytes(StandardCharsets.UTF_8);
                next = 0;
                return true;
            }
        }
        if (c < 0) {
            eof = true;
        }
        pending = java.util.Arrays.copyOf(line, n);
        next = 0;
        return n > 0;
    }

    /** Reads up to and including the line feed; returns how many bytes of the line that was (without it). */
    private long skipRestOfLine() throws IOException {
        long skipped = 0;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            skipped++;
        }
        if (c < 0) {
            eof = true;
        }
        return skipped;
    }
}
