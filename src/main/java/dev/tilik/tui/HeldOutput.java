package dev.tilik.tui;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output, held while a frame is drawn and written in one piece when it is done.
 * Lanterna 3.1.5 writes every character and every escape sequence with its own {@code write}, and
 * {@code System.out} flushes after each: a frame of 12,000 cells was tens of thousands of system
 * calls, each one waking the terminal (tmux) to read a few bytes. Outside a frame bytes pass
 * straight through, so Lanterna's size queries and mode switches reach the terminal at once.
 */
final class HeldOutput extends FilterOutputStream {
    /** For runtimes that draw on Lanterna's virtual terminal: holding changes nothing. */
    static final HeldOutput NONE = new HeldOutput(OutputStream.nullOutputStream());

    private final ByteArrayOutputStream held = new ByteArrayOutputStream(1 << 16);
    private boolean holding;

    HeldOutput(OutputStream out) {
        super(out);
    }

    /** From now until {@link #release}, bytes are kept. */
    synchronized void hold() {
        holding = true;
    }

    /** Writes what was kept in one piece, flushes, and lets bytes through again. */
    synchronized void release() throws IOException {
        holding = false;
        if (held.size() > 0) {
            held.writeTo(out);
            held.reset();
        }
        out.flush();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (holding) {
            held.write(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (holding) {
            held.write(b, off, len);
        } else {
            out.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!holding) {
            out.flush();
        }
    }
}
