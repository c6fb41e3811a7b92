package dev.tilik.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** What the streamed reports share: the end of a report. */
final class Reports {
    private Reports() {
    }

    /** Flushes; a write that failed (a closed pipe, a full disk) is an error, not a silent truncation. */
    static void finish(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the report could not be written whole"));
        }
    }
}
