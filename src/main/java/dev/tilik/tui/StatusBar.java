package dev.tilik.tui;

import dev.tilik.text.Columns;
import java.util.List;

/**
 * The bottom line: counts (finding 3/12, reviewed 2/12), then the message or the key hints of the
 * mode. The counts always stay. A message that fits beside them stands there, in the hints' place; a
 * longer one is never split between the rows above and the bar (its last words beside the counts
 * read as a count or a hint of their own: "17/46 · reviewed 2/46 │ 12 more"): it goes whole onto the
 * rows above the status bar, as one block over the panel's last lines until the next key clears it,
 * up to {@link #MAX_ROWS} rows, and the bar keeps its counts and hints. So a failed save's where, why
 * and what to do are read whole; only past that does the message lose its middle, keeping its
 * subject and its advice (usually at the end, "(Q quits without saving)").
 */
final class StatusBar {
    /** The most rows a message takes above the status bar. */
    static final int MAX_ROWS = 4;

    private StatusBar() {
    }

    static void draw(Canvas c, AppState s, Rect r) {
        c.fill(r, Style.of(Role.STATUS));
        String message = s.status();
        String counts = counts(s, r.width());
        int col = c.put(0, r.y(), counts, Style.of(Role.STATUS).strong(), r.width());
        int room = r.width() - col;
        List<String> lines = above(s, r);
        if (!message.isEmpty() && lines.isEmpty()) {
            c.put(col, r.y(), squeeze(message, room), Style.of(Role.STATUS).strong(), room);
            return;
        }
        if (!lines.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                int y = r.y() - lines.size() + i;
                c.fill(new Rect(0, y, r.width(), 1), Style.of(Role.STATUS));
                c.put(1, y, lines.get(i), Style.of(Role.STATUS).strong(), r.width() - 1);
            }
        }
        List<String> hints = s.keys().hints(s);
        StringBuilder sb = new StringBuilder();
        for (String h : hints) {
            if (Columns.width(sb.toString()) + Columns.width(h) > room) { // the two spaces after the last one need no room
                break;
            }
            sb.append(h).append("  ");
        }
        c.put(col, r.y(), sb.toString().stripTrailing(), Style.of(Role.STATUS), room);
    }

    /** The counts for a bar {@code width} columns wide: the short form when the full one takes more than half. */
    private static String counts(AppState s, int width) {
        String counts = counts(s, true);
        return Columns.width(counts) > width / 2 ? counts(s, false) : counts;
    }

    /**
     * The lines the status message takes above the bar {@code r} (none when it stands in the bar, or
     * there is none): the panel counts them as rows it cannot show, so its {@code more ↓} holds.
     */
    static List<String> above(AppState s, Rect r) {
        String message = s.status();
        int room = r.width() - Columns.width(counts(s, r.width()));
        if (message.isEmpty() || Columns.width(message) <= room || r.y() == 0) {
            return List.of();
        }
        return block(message, r.width() - 1, Math.min(MAX_ROWS, r.y()));
    }

    /**
     * {@code message} as at most {@code rows} lines (at least one) of at most {@code cols} columns,
     * wrapped at spaces to be read top to bottom; a message still too long loses its middle on the
     * row before the last, and the last holds the message's end (its advice).
     */
    static List<String> block(String message, int cols, int rows) {
        if (Columns.width(message) <= cols || rows <= 1) {
            return List.of(squeeze(message, cols));
        }
        message = wordsWithin(message, cols);
        List<String> wrapped = Wrap.words(message, cols);
        String kept = keptWithLongWord(wrapped, message, cols);
        if (!kept.equals(message)) {
            message = kept;
            wrapped = Wrap.words(message, cols);
        }
        if (wrapped.size() <= rows) {
            return wrapped;
        }
        // too long even so: the last row takes as much of the end as it holds, the row above it loses its middle
        String[] words = message.split(" ", -1);
        int start = Math.min(tailStart(words, cols), words.length - 1); // every word fits in cols now
        List<String> head = Wrap.words(String.join(" ", java.util.Arrays.copyOfRange(words, 0, start)), cols);
        List<String> out = new java.util.ArrayList<>(head.subList(0, Math.min(head.size(), rows - 2)));
        if (head.size() > rows - 2) {
            out.add(squeeze(String.join(" ", head.subList(rows - 2, head.size())), cols));
        }
        out.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    /**
     * {@code message} with a long word (a copy's path) cut in its middle just enough for the short word before it to
     * stand beside it, where wrapping {@code message} as {@code wrapped} left that short word alone on a row ("in"
     * on a row of its own at 80 columns, the path on the next): a lone word reads as a message of its own, and a
     * path keeps its start and end. Unchanged when no row holds such a word.
     */
    static String keptWithLongWord(List<String> wrapped, String message, int cols) {
        for (int i = 0; i + 1 < wrapped.size(); i++) {
            String lone = wrapped.get(i).strip();
            String next = wrapped.get(i + 1).strip();
            int space = next.indexOf(' ');
            String word = space < 0 ? next : next.substring(0, space);
            int room = cols - Columns.width(lone) - 1;
            if (lone.isEmpty() || lone.contains(" ") || Columns.width(lone) > LONE_WORD || Columns.width(word) <= room
                    || Columns.width(word) < cols / 2) {
                continue;
            }
            int at = (" " + message).indexOf(" " + lone + " " + word); // the word itself, not the end of another
            if (at >= 0) {
                return message.substring(0, at) + lone + " " + squeeze(word, room)
                        + message.substring(at + lone.length() + 1 + word.length());
            }
        }
        return message;
    }

    /** The widest word {@link #keptWithLongWord} keeps beside the long word after it ("in", "to", "from"). */
    private static final int LONE_WORD = 6;

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
