package dev.tilik.cli;

import dev.tilik.ingest.Progress;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress for a user watching a terminal: one line on stderr ({@code analysing 12/40}) rewritten
 * in place at most every {@value #INTERVAL_MS} ms, and wiped when the work is done so the report
 * that follows starts clean. Inactive (prints nothing, ever) unless stderr is a terminal: pipes,
 * files and CI logs never see it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    static final long INTERVAL_MS = 100;
    /** Longest line written, so that it fits the narrowest usual terminal without wrapping. */
    static final int MAX_WIDTH = 72;

    private final PrintWriter err;
    private final boolean active;
    private final LongSupplier nanoClock;
    private long lastShown;
    private int shownWidth;

    private TerminalProgress(PrintWriter err, boolean active, LongSupplier nanoClock) {
        this.err = err;
        this.active = active;
        this.nanoClock = nanoClock;
    }

    /** Progress on {@code err} when {@code errIsTerminal}, else a silent one. */
    static TerminalProgress on(PrintWriter err, boolean errIsTerminal, LongSupplier nanoClock) {
        return new TerminalProgress(err, errIsTerminal, nanoClock);
    }

    @Override
    public synchronized void step(String what, int done, int total) {
        if (!active) {
            return;
        }
        long now = nanoClock.getAsLong();
        boolean last = done >= total;
        if (shownWidth > 0 && !last && now - lastShown < INTERVAL_MS * 1_000_000) {
            return;
        }
        lastShown = now;
        String line = SafeText.sanitize(what) + " " + done + "/" + total;
        if (line.length() > MAX_WIDTH) {
            line = line.substring(0, MAX_WIDTH - 1) + "…";
        }
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = Math.max(shownWidth, line.length());
    }

    /** Wipes the progress line, if one was shown. */
    @Override
    public synchronized void close() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
