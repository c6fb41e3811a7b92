package dev.tilik.cli;

import java.util.function.Function;

/** Whether this terminal can host the full-screen reader, decided before Lanterna touches it. */
enum ReaderGate {
    /** A real terminal that can address the cursor. */
    OPEN,
    /** stdin or stdout is not a terminal: Lanterna would hang or fill a file with escape codes. */
    NO_TERMINAL,
    /** {@code TERM=dumb}: no cursor addressing; the line-mode shell fits. */
    DUMB;

    static ReaderGate of(boolean terminal, Function<String, String> env) {
        if (!terminal) {
            return NO_TERMINAL;
        }
        String term = env.apply("TERM");
        return "dumb".equals(term) ? DUMB : OPEN;
    }

    /** The one line telling the user what to do instead, or null when the reader can start. */
    String message() {
        return switch (this) {
            case OPEN -> null;
            case NO_TERMINAL -> "the reader needs a terminal; try `tilik check` or `tilik shell`";
            case DUMB -> "this terminal (TERM=dumb) cannot host the full-screen reader; starting the line-mode shell";
        };
    }
}
