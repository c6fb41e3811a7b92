package dev.tilik.tui;

import java.util.ArrayList;
import java.util.List;

/** What the status bar says on a rendered screen: the rows it wraps onto above it, then what stands beside its counts. */
public final class StatusRows {
    private StatusRows() {
    }

    /** The message on the bottom {@code rows} rows of {@code c} (at most {@link StatusBar#MAX_ROWS}). */
    public static String message(Canvas c, int height, int rows) {
        List<String> parts = new ArrayList<>();
        for (int y = height - rows; y < height - 1; y++) {
            String r = c.row(y).strip();
            if (!r.isEmpty()) {
                parts.add(r);
            }
        }
        String last = c.row(height - 1).stripTrailing();
        int bar = last.indexOf("\u2502 ");
        parts.add(bar < 0 ? last.strip() : last.substring(bar + 2));
        return String.join(" ", parts);
    }
}
