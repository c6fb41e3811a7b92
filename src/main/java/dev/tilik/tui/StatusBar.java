package dev.tilik.tui;

import dev.tilik.text.Columns;
import java.util.List;

/**
 * The bottom line: counts (finding 3/12, reviewed 2/12), then the message or the key hints of the
 * mode. The counts always stay: a message too long for the room beside them is wrapped onto the
 * rows above the status bar (over the panel's last lines, until the next key clears the message),
 * up to {@link #MAX_ROWS} rows in all, so a failed save's where, why and what to do are read whole;
 * only past that does the message lose its middle, keeping its subject and its advice (usually at
 * the end, "(Q quits without saving)").
 */
final class StatusBar {
    /** The most rows a message takes, the status bar's own included. */
    static final int MAX_ROWS = 4;

    private StatusBar() {
    }

    static void draw(Canvas c, AppState s, Rect r) {
        c.fill(r, Style.of(Role.STATUS));
        String message = s.status();
        String counts = counts(s, true);
        if (Columns.width(counts) > r.width() / 2) {
            counts = counts(s, false);
        }
        int col = c.put(0, r.y(), counts, Style.of(Role.STATUS).strong(), r.width());
        int room = r.width() - col;
        if (!message.isEmpty()) {
            List<String> lines = lines(message, room, r.width() - 1, Math.min(MAX_ROWS, r.y()));
            for (int i = 0; i < lines.size() - 1; i++) {
                int y = r.y() - (lines.size() - 1 - i);
                c.fill(new Rect(0, y, r.width(), 1), Style.of(Role.STATUS));
                c.put(1, y, lines.get(i), Style.of(Role.STATUS).strong(), r.width() - 1);
            }
            c.put(col, r.y(), lines.get(lines.size() - 1), Style.of(Role.STATUS).strong(), room);
            return;
        }
        List<String> hints = s.keys().hints(s.mode());
        StringBuilder sb = new StringBuilder();
        for (String h : hints) {
            if (Columns.width(sb.toString()) + Columns.width(h) > room) { // the two spaces after the last one need no room
                break;
            }
            sb.append(h).append("  ");
        }
        c.put(col, r.y(), sb.toString().stripTrailing(), Style.of(Role.STATUS), room);
    }

    /**
     * {@code message} as at most {@code rows} lines (at least one), wrapped at spaces to be read top
     * to bottom: those on the rows above of at most {@code full} columns, the last, beside the
     * counts, of at most {@code room} and holding the message's end (its advice); a message still
     * too long loses its middle on the last row above.
     */
    static List<String> lines(String message, int room, int full, int rows) {
        if (Columns.width(message) <= room || rows <= 1 || room < 20) {
            return List.of(squeeze(message, room));
        }
        message = wordsWithin(message, full);
        // read top to bottom: full rows first, the end of the message beside the counts
        List<String> above = new java.util.ArrayList<>(Wrap.words(message, full));
        String last = above.remove(above.size() - 1);
        if (Columns.width(last) > room && java.util.Arrays.stream(last.split(" ")).allMatch(w -> Columns.width(w) <= room)) {
            // split where the two halves are nearest in width: a greedy wrap left one word ("cites",
            // "merge") alone beside the counts, read as a key hint rather than the message's end
            String[] words = last.split(" ", -1);
            int best = tailStart(words, room);
            int bestGap = Integer.MAX_VALUE;
            for (int k = Math.max(1, best); k < words.length; k++) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                int gap = Math.abs(Columns.width(head) - Columns.width(tail));
                if (Columns.width(tail) <= room && gap < bestGap && !atSeparator(words, k)) {
                    best = k;
                    bestGap = gap;
                }
            }
            best = Math.max(1, best);
            above.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, best)));
            last = String.join(" ", java.util.Arrays.copyOfRange(words, best, words.length));
        } else if (Columns.width(last) > room) {
            // a word wider than the room beside the counts is not cut there: the words after it stay beside
            // the counts, the rest of the row goes above whole
            String[] words = last.split(" ", -1);
            int start = tailStart(words, room);
            if (start > 0) {
                above.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, start)));
            }
            last = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        }
        if (above.size() <= rows - 1) {
            above.add(last);
            return above;
        }
        // too long even so: the status row takes as much of the end as it holds, the row above it loses its middle
        String[] words = message.split(" ", -1);
        int start = tailStart(words, room);
        if (start == words.length) { // its last word alone is wider than the room: it loses its middle there
            words[start - 1] = squeeze(words[start - 1], room);
            start--;
        }
        List<String> head = Wrap.words(String.join(" ", java.util.Arrays.copyOfRange(words, 0, start)), full);
        List<String> out = new java.util.ArrayList<>(head.subList(0, Math.min(head.size(), rows - 2)));
        if (head.size() > rows - 2) {
            out.add(squeeze(String.join(" ", head.subList(rows - 2, head.size())), full));
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    /**
     * Whether a row starting at {@code words[k]} would start or end at a lone separator ("·"), or part a
     * count from its noun: the row beside the counts then read as a fragment ("│ · 2 articles (n/N, Esc)").
     */
    private static boolean atSeparator(String[] words, int k) {
        return SEPARATORS.contains(words[k]) || SEPARATORS.contains(words[k - 1])
                || words[k - 1].matches("[\\d.,]+"); // nor a count parted from its noun ("· 20" / "articles")
    }

    private static final java.util.Set<String> SEPARATORS = java.util.Set.of("\u00B7", "\u2502", "\u2014", "-");

    /** Where the last words of {@code words} that fit in {@code room} columns, spaces between, start. */
    private static int tailStart(String[] words, int room) {
        int start = words.length;
        for (int used = 0; start > 0 && used + (used > 0 ? 1 : 0) + Columns.width(words[start - 1]) <= room; start--) {
            used += (used > 0 ? 1 : 0) + Columns.width(words[start - 1]);
        }
        return start;
    }

    /**
     * {@code message} with every word wider than {@code cols} (a long path or file name) cut in its
     * middle to fit, so wrapping never breaks a name across rows: its start and end are what tell it.
     */
    static String wordsWithin(String message, int cols) {
        String[] words = message.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (Columns.width(words[i]) > cols) {
                words[i] = squeeze(words[i], cols);
            }
        }
        return String.join(" ", words);
    }

    private static String counts(AppState s, boolean full) {
        if (s.session() == null) {
            return "";
        }
        int index = Findings.index(s);
        // a finding a verdict took out of the filter stays shown until the user moves, and is no longer one of them
        boolean outside = Findings.outsideFilter(s);
        int visible = Findings.visible(s).size() - (outside ? 1 : 0);
        return " " + (index < 0 || outside ? "-" : String.valueOf(index + 1)) + "/" + visible
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
