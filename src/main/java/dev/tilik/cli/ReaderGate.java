package dev.tilik.cli;

import dev.tilik.text.SafeText;
import java.util.HashMap;
import java.util.HashSet;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/** Whether this terminal can host the full-screen reader, decided before Lanterna touches it. */
enum ReaderGate {
    /** A real terminal that can address the cursor (or one the terminal database does not know). */
    OPEN,
    /** stdin or stdout is not a terminal: Lanterna would hang or fill a file with escape codes. */
    NO_TERMINAL,
    /** A terminal without cursor addressing ({@code TERM=dumb}, a glass or paper tty): the line-mode shell fits. */
    DUMB;

    /**
     * Decides from the terminal type. {@code dumb} needs no look-up. A type the terminal database
     * describes opens the reader only when it has {@code cup} (cursor_address). An unset TERM or
     * one the database does not know (a newer emulator such as xterm-kitty on a server without
     * its entry) opens the reader: Lanterna drives every terminal with ANSI sequences whatever
     * TERM says, practically every emulator reaching Tilik over SSH speaks them, and refusing a
     * capable terminal would be worse than trying; {@code tilik shell} remains one word away.
     */
    static ReaderGate of(boolean terminal, String term, Terminfo terminfo) {
        if (!terminal) {
            return NO_TERMINAL;
        }
        if (term == null || term.isBlank()) {
            return OPEN;
        }
        if (term.equals("dumb")) {
            return DUMB;
        }
        String caps = terminfo.describe(term);
        if (caps == null) {
            return OPEN;
        }
        HashMap<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(caps, new HashSet<>(), new HashMap<>(), strings);
        return strings.containsKey(Capability.cursor_address) ? OPEN : DUMB;
    }

    /** The one line telling the user what to do instead, or null when the reader can start. */
    String message(String term) {
        return switch (this) {
            case OPEN -> null;
            case NO_TERMINAL -> "the reader needs a terminal; try `tilik check` or `tilik shell`";
            case DUMB -> "this terminal (TERM=" + SafeText.sanitize(String.valueOf(term))
                    + ") cannot move the cursor, so it cannot host the full-screen reader; starting the line-mode shell";
        };
    }
}
