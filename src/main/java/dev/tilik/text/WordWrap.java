package dev.tilik.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps plain text to a column width (by display width, never by {@code length()}): the reader's
 * panels and status bar, and the shell's lines on a narrow terminal.
 */
public final class WordWrap {
    private WordWrap() {
    }

    /** {@code text} (sanitised) as lines of at most {@code width} columns; a line per paragraph at least. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, width);
        for (String para : (text == null ? "" : text).split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (String word : SafeText.sanitize(para).split(" ")) {
                int ww = Columns.width(word);
                if (used > 0 && used + 1 + ww > w) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (used > 0) {
                    line.append(' ');
                    used++;
                }
                while (ww > w) {
                    String head = cut(word, w - used);
                    line.append(head);
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    word = word.substring(head.length());
                    ww = Columns.width(word);
                }
                line.append(word);
                used += ww;
            }
            out.add(line.toString());
        }
        return out;
    }

    private static String cut(String s, int cols) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (String g : Columns.graphemes(s)) {
            int gw = Columns.graphemeWidth(g);
            if (used + gw > cols && sb.length() > 0) {
                break;
            }
            sb.append(g);
            used += gw;
        }
        return sb.toString();
    }
}
