package dev.tilik.tui;

import com.googlecode.lanterna.TerminalSize;

/** The size {@code stty size} prints ("rows columns"), read strictly. */
final class TtySize {
    private TtySize() {
    }

    /** The size in {@code out}, or null when it is not two positive numbers (stty failed, no tty, 0×0). */
    static TerminalSize parse(String out) {
        if (out == null) {
            return null;
        }
        String[] parts = out.strip().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
