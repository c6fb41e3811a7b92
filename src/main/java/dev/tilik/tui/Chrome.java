package dev.tilik.tui;

import dev.tilik.text.Columns;
import java.util.List;

/** Titles, rules and boxes around the reader's parts. */
final class Chrome {
    static final String RULE = "\u2500";

    private Chrome() {
    }

    /** A title line: {@code ── label ──────── right ─}, bold when the part has focus. */
    static void title(Canvas c, Rect r, String label, boolean focused, String right) {
        if (r.isEmpty()) {
            return;
        }
        Style rule = Style.of(focused ? Role.TITLE_FOCUS : Role.BORDER);
        Style text = Style.of(focused ? Role.TITLE_FOCUS : Role.TITLE).strong();
        c.put(r.x(), r.y(), RULE.repeat(r.width()), rule, r.width());
        String mark = focused ? "\u25B6 " : "";
        int rightW = right.isEmpty() ? 0 : Columns.width(right) + 3;
        int used = c.put(r.x() + 1, r.y(), " " + mark, text, r.width() - 1);
        used += c.put(r.x() + 1 + used, r.y(), Columns.fit(label, Math.max(0, r.width() - 4 - used - rightW)) + " ",
                text, r.width() - 1 - used);
        if (rightW > 0 && r.width() > used + rightW + 2) {
            c.put(r.x() + r.width() - rightW, r.y(), " " + right + " ", rule, rightW);
        }
    }

    /** A framed box with a title, cleared inside; returns the inner area. */
    static Rect box(Canvas c, Rect r, String title) {
        c.fill(r, Style.TEXT);
        if (r.width() < 2 || r.height() < 2) {
            return new Rect(r.x(), r.y(), 0, 0);
        }
        Style border = Style.of(Role.TITLE_FOCUS);
        int inner = r.width() - 2;
        c.put(r.x(), r.y(), "\u250C" + RULE.repeat(inner) + "\u2510", border, r.width());
        c.put(r.x() + 2, r.y(), " " + Columns.fit(title, Math.max(0, inner - 4)) + " ", border.strong(), inner - 1);
        for (int y = r.y() + 1; y < r.bottom() - 1; y++) {
            c.put(r.x(), y, "\u2502", border, 1);
            c.put(r.x() + r.width() - 1, y, "\u2502", border, 1);
        }
        c.put(r.x(), r.bottom() - 1, "\u2514" + RULE.repeat(inner) + "\u2518", border, r.width());
        return new Rect(r.x() + 2, r.y() + 1, Math.max(0, r.width() - 4), r.height() - 2);
    }

    /** A box of {@code lines} centred in the screen, as wide as needed up to {@code maxWidth}. */
    static Rect centred(int screenW, int screenH, int wantW, int wantH) {
        int w = Math.min(screenW - 2, wantW);
        int h = Math.min(screenH - 2, wantH);
        return new Rect(Math.max(0, (screenW - w) / 2), Math.max(0, (screenH - h) / 2), w, h);
    }

    /**
     * {@code lines} in {@code area} from line {@code scroll}. A line wider than the area ends in "…" where it is
     * cut (white space lost at its end is no cut): a statement, a topic or a title that stops at the box's edge
     * says that it goes on.
     */
    static void lines(Canvas c, Rect area, List<List<Segment>> lines, int scroll) {
        for (int row = 0; row < area.height() && scroll + row < lines.size(); row++) {
            int col = area.x();
            List<Segment> line = lines.get(scroll + row);
            for (int i = 0; i < line.size(); i++) {
                Segment seg = line.get(i);
                int room = area.x() + area.width() - col;
                if (room <= 0) {
                    break;
                }
                String text = seg.text();
                if (Columns.width(text) >= room && !fitsBeforeSpaces(line, i, room)) {
                    text = Columns.fit(text + " ", room); // ends in "…", also when the next segment is what is lost
                }
                col += c.put(col, area.y() + row, text, seg.style(), room);
            }
        }
    }

    /** Whether what is lost of the line from segment {@code from} on, in {@code room} columns, is only white space. */
    private static boolean fitsBeforeSpaces(List<Segment> line, int from, int room) {
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < line.size(); i++) {
            rest.append(line.get(i).text());
        }
        return Columns.width(rest.toString().stripTrailing()) <= room;
    }
}
