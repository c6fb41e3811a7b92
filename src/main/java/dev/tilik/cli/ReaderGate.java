package dev.tilik.cli;

import dev.tilik.text.SafeText;

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
        return addressesCursor(caps) ? OPEN : DUMB;
    }

    /**
     * Whether a description in infocmp's source form has {@code cup} (cursor_address), not cancelled
     * ({@code cup@}). Only that one capability is looked for: parsing the whole description with
     * JLine's {@code InfoCmp.parseInfoCmp} was a tenth of the reader's start-up on a cached reopen.
     * Fields end at an unescaped comma; the first names the terminal; {@code #} starts a comment line.
     */
    static boolean addressesCursor(String caps) {
        boolean names = true;
        StringBuilder field = new StringBuilder();
        boolean lineStart = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            if (lineStart && c == '#') {
                int end = caps.indexOf('\n', i);
                i = end < 0 ? caps.length() : end;
                continue;
            }
            lineStart = c == '\n' || lineStart && Character.isWhitespace(c);
            if (c == '\\' && i + 1 < caps.length()) {
                field.append(c).append(caps.charAt(++i));
            } else if (c == ',') {
                if (!names && isCup(field.toString().strip())) {
                    return true;
                }
                names = false;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        return !names && isCup(field.toString().strip());
    }

    private static boolean isCup(String field) {
        return field.startsWith("cup=") || field.startsWith("cursor_address=");
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
