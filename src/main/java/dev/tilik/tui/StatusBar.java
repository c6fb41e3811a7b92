package dev.tilik.tui;

import dev.tilik.text.Columns;
import java.util.List;

/** The bottom line: counts (finding 3/12, reviewed 2/12), then the message or the key hints of the mode. */
final class StatusBar {
    private StatusBar() {
    }

    static void draw(Canvas c, AppState s, Rect r) {
        c.fill(r, Style.of(Role.STATUS));
        int col = 0;
        if (s.session() != null) {
            int total = Findings.visible(s).size();
            int index = Findings.index(s);
            String counts = " " + (index < 0 ? "-" : String.valueOf(index + 1)) + "/" + total + " \u00B7 reviewed "
                    + s.session().reviewedCount() + "/" + s.session().findings().size()
                    + (s.saving() > 0 ? " \u00B7 saving" : "") + " \u2502 ";
            col += c.put(0, r.y(), counts, Style.of(Role.STATUS).strong(), r.width());
        }
        if (!s.status().isEmpty()) {
            c.put(col, r.y(), s.status(), Style.of(Role.STATUS).strong(), r.width() - col);
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
}
