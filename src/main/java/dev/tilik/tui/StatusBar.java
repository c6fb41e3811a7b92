package dev.tilik.tui;

import dev.tilik.text.Columns;
import java.util.List;

/**
 * The bottom line: counts (finding 3/12, reviewed 2/12), then the message or the key hints of the
 * mode. A message wins over the counts: when it does not fit, the counts shrink to the finding
 * number, then go, and a message still too long loses its middle, so both its subject and its
 * advice (usually at the end, "(Q quits without saving)") stay readable.
 */
final class StatusBar {
    private StatusBar() {
    }

    static void draw(Canvas c, AppState s, Rect r) {
        c.fill(r, Style.of(Role.STATUS));
        String message = s.status();
        String counts = counts(s, true);
        if (!message.isEmpty() && Columns.width(counts + message) > r.width()) {
            counts = counts(s, false);
            if (Columns.width(counts + message) > r.width()) {
                counts = s.session() == null ? "" : " ";
            }
        }
        int col = c.put(0, r.y(), counts, Style.of(Role.STATUS).strong(), r.width());
        if (!message.isEmpty()) {
            c.put(col, r.y(), squeeze(message, r.width() - col), Style.of(Role.STATUS).strong(), r.width() - col);
            return;
        }
        List<String> hints = s.keys().hints(s.mode());
        StringBuilder sb = new StringBuilder();
        for (String h : hints) {
            if (Columns.width(sb.toString()) + Columns.width(h) + 2 > r.width() - col) {
                break;
            }
            sb.append(h).append("  ");
        }
        c.put(col, r.y(), sb.toString().stripTrailing(), Style.of(Role.STATUS), r.width() - col);
    }

    private static String counts(AppState s, boolean full) {
        if (s.session() == null) {
            return "";
        }
        int index = Findings.index(s);
        return " " + (index < 0 ? "-" : String.valueOf(index + 1)) + "/" + Findings.visible(s).size()
                + (full ? " \u00B7 reviewed " + s.session().reviewedCount() + "/" + s.session().findings().size() : "")
                + (s.saving() > 0 ? " \u00B7 saving" : "") + " \u2502 ";
    }

    /** {@code text} in at most {@code cols} columns: whole, or its start and its end around "…". */
    static String squeeze(String text, int cols) {
        if (Columns.width(text) <= cols || cols < 9) {
            return Columns.fit(text, cols);
        }
        List<String> g = Columns.graphemes(text);
        int tailRoom = (cols - 1) / 2;
        StringBuilder tail = new StringBuilder();
        int used = 0;
        for (int i = g.size() - 1; i >= 0 && used + Columns.graphemeWidth(g.get(i)) <= tailRoom; i--) {
            tail.insert(0, g.get(i));
            used += Columns.graphemeWidth(g.get(i));
        }
        return Columns.fit(text, cols - used) + tail; // the head is always cut here, so it ends in "…"
    }
}
