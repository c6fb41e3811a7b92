package dev.tilik.tui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * The terminal's input as Lanterna's decoder needs it when the key thread blocks in the read: an
 * escape sequence (an arrow key, a bracketed-paste marker, the terminal's reply to a size query,
 * {@code ESC[60;200R}) handed over whole, never cut after its first bytes.
 * <p>Lanterna 3.1.5's decoder waits for nothing by default: given {@code ESC} and nothing more ready,
 * it returns the Escape key, and the rest of the sequence arrives as typed characters. A polling
 * reader rarely met that, because it read every few milliseconds, after the whole reply had come; a
 * reader blocked in {@code read} wakes on the first byte. A size reply cut that way is lost to the
 * query that asked for it, which times out after 5 s and takes 80×24 (how the first blocking reader
 * kept the old size after a resize). So a read that ends inside an unfinished sequence waits for its
 * end: {@link #LONE_ESCAPE_MILLIS} after a bare {@code ESC} (a lone Escape key costs that much), up
 * to {@link #SEQUENCE_MILLIS} once the sequence has begun ({@code ESC[}, {@code ESCO}).
 */
final class WholeSequenceInput extends FilterInputStream {
    static final long LONE_ESCAPE_MILLIS = 30;
    static final long SEQUENCE_MILLIS = 500;
    private static final int ESC = 0x1b;

    /** Where the bytes handed out so far leave a sequence: outside, after ESC, or inside ESC[ / ESCO. */
    private enum State { TEXT, ESCAPE, SEQUENCE }

    private State state = State.TEXT;
    private final long loneEscapeMillis;

    WholeSequenceInput(InputStream in) {
        this(in, LONE_ESCAPE_MILLIS);
    }

    /** With another wait after a bare {@code ESC}: tests whose input arrives late on a loaded machine. */
    WholeSequenceInput(InputStream in, long loneEscapeMillis) {
        super(in);
        this.loneEscapeMillis = loneEscapeMillis;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n <= 0) {
            return n;
        }
        advance(b, off, n);
        long started = System.nanoTime();
        while (state != State.TEXT && n < len) {
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (waited >= (state == State.ESCAPE ? loneEscapeMillis : SEQUENCE_MILLIS)) {
                break;
            }
            int ready = in.available();
            if (ready <= 0) {
                pause();
                continue;
            }
            int more = in.read(b, off + n, Math.min(ready, len - n));
            if (more < 0) {
                break;
            }
            advance(b, off + n, more);
            n += more;
        }
        return n;
    }

    private void advance(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            int c = b[i] & 0xFF;
            state = switch (state) {
                case TEXT -> c == ESC ? State.ESCAPE : State.TEXT;
                case ESCAPE -> c == '[' || c == 'O' ? State.SEQUENCE : c == ESC ? State.ESCAPE : State.TEXT;
                // parameter and intermediate bytes (0x20-0x3f) continue a sequence; anything else ends it
                case SEQUENCE -> c >= 0x20 && c <= 0x3f ? State.SEQUENCE : c == ESC ? State.ESCAPE : State.TEXT;
            };
        }
    }

    private static void pause() throws InterruptedIOException {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the rest of an escape sequence");
        }
    }
}
