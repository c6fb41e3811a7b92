package dev.tilik.tui;

import java.util.ArrayList;
import java.util.List;

/** What the status bar says on a rendered screen: the block of rows it puts above it, or what stands beside its counts. */
public final class StatusRows {
    private StatusRows() {
    }

    /**
     * The message on the bottom {@code rows} rows of {@code c} (at most {@link StatusBar#MAX_ROWS} above the bar): the
     * rows above the bar drawn in the status bar's colours, read as one message, or, when there are none, what
     * stands right of the bar's counts.
     */
    public static String message(Canvas c, int height, int rows) {
        List<String> parts = new ArrayList<>();
        for (int y = height - rows; y < height - 1; y++) {
            if (aboveTheBar(c, y)) {
                parts.add(c.row(y).strip());
            }
        }
        if (!parts.isEmpty()) {
            return String.join(" ", parts);
        }
        String last = c.row(height - 1).stripTrailing();
        int bar = last.indexOf("\u2502 ");
        return bar < 0 ? last.strip() : last.substring(bar + 2);
    }

    /** Whether row {@code y} is one of the message's rows above the status bar (drawn in its colours). */
    public static boolean aboveTheBar(Canvas c, int y) {
        return c.style(0, y).equals(Style.of(Role.STATUS));
    }
}
