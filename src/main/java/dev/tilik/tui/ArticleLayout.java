package dev.tilik.tui;

import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.Columns;
import dev.tilik.text.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An article wrapped to a width: display lines made of units (one grapheme of the original text,
 * already sanitised, or a stance marker such as {@code [DENY]} put before a statement). Every unit
 * keeps the offset in the original text it stands for, so styles (statement, boilerplate, search
 * match) are looked up by offset when drawing and positions survive re-wrapping. A pure function
 * of (article, width), remembered for the last few.
 */
public final class ArticleLayout {
    /**
     * One drawn thing: {@code marker} is the stance for marker units, null for article text;
     * {@code claim} is, for article text, the stance of the first statement whose claim covers it
     * (null outside claims), found once here rather than for every cell of every frame.
     */
    public record Unit(String text, int width, int offset, Stance marker, Stance claim) {
        boolean isSpace() {
            return marker == null && text.equals(" ");
        }
    }

    /** One display line; {@code start} is the offset of its first character. */
    public record Line(int start, List<Unit> units) {
    }

    private record CacheKey(ArticleStatements article, int width) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey k && k.article == article && k.width == width;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article) * 31 + width;
        }
    }

    private static final Map<CacheKey, List<Line>> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CacheKey, List<Line>> e) {
                    return size() > 16;
                }
            });

    /** Columns left on a line from which a word too long for any line starts there rather than on the next. */
    static final int LONG_WORD_ROOM = 8;

    private ArticleLayout() {
    }

    public static List<Line> lines(ArticleStatements article, int width) {
        return CACHE.computeIfAbsent(new CacheKey(article, Math.max(1, width)), k -> build(k.article, k.width));
    }

    /** Index of the line showing {@code offset} (the last line starting at or before it). */
    public static int lineOf(List<Line> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    static List<Line> build(ArticleStatements article, int width) {
        String text = article.document().text();
        NavigableMap<Integer, Stance> markers = new TreeMap<>();
        for (Statement s : article.statements()) {
            markers.putIfAbsent(s.claim().start(), s.stance());
        }
        Stance[] claimAt = claims(article.statements(), text.length());
        List<Line> out = new ArrayList<>();
        List<Unit> para = new ArrayList<>();
        int paraStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                wrap(para, paraStart, width, out);
                para = new ArrayList<>();
                i += c == '\r' ? 2 : 1;
                paraStart = i;
                continue;
            }
            int end = Columns.graphemeEnd(text, i);
            for (Map.Entry<Integer, Stance> m : markers.subMap(i, true, end, false).entrySet()) {
                String label = "[" + m.getValue().marker() + "]";
                para.add(new Unit(label, Columns.width(label), m.getKey(), m.getValue(), null));
                para.add(new Unit(" ", 1, m.getKey(), m.getValue(), null));
            }
            String shown = SafeText.sanitize(text.substring(i, end));
            para.add(new Unit(shown, Columns.width(shown), i, null, claimAt[i]));
            i = end;
        }
        if (!para.isEmpty() || out.isEmpty()) {
            wrap(para, paraStart, width, out);
        }
        return List.copyOf(out);
    }

    /** For each offset, the stance of the first statement whose claim covers it, or null. */
    private static Stance[] claims(List<Statement> statements, int length) {
        Stance[] at = new Stance[length];
        for (int k = statements.size() - 1; k >= 0; k--) {
            Statement st = statements.get(k);
            Arrays.fill(at, Math.min(length, st.claim().start()), Math.min(length, st.claim().end()),
                    st.stance());
        }
        return at;
    }

    private static void wrap(List<Unit> units, int paraStart, int width, List<Line> out) {
        List<Unit> line = new ArrayList<>();
        int used = 0;
        boolean first = true;
        int j = 0;
        while (j < units.size()) {
            Unit u = units.get(j);
            if (u.isSpace()) {
                if (used + 1 > width) {
                    emit(line, paraStart, out);
                    line = new ArrayList<>();
                    used = 0;
                    first = false;
                } else if (!line.isEmpty() || first) {
                    line.add(u);
                    used += 1;
                }
                j++;
                continue;
            }
            int k = j;
            int wordWidth = 0;
            while (k < units.size() && !units.get(k).isSpace()) {
                wordWidth += units.get(k).width();
                k++;
            }
            // A word longer than a whole line (an address) is cut anyway: it starts where there is room
            // enough rather than leaving its label alone on a line ("url:" above the address).
            boolean cutAnyway = wordWidth > width && width - used >= LONG_WORD_ROOM;
            if (used + wordWidth > width && used > 0 && !cutAnyway) {
                emit(line, paraStart, out);
                line = new ArrayList<>();
                used = 0;
                first = false;
            }
            for (int m = j; m < k; m++) {
                Unit w = units.get(m);
                if (used + w.width() > width && used > 0) {
                    emit(line, paraStart, out);
                    line = new ArrayList<>();
                    used = 0;
                    first = false;
                }
                line.add(w);
                used += w.width();
            }
            j = k;
        }
        emit(line, paraStart, out);
    }

    private static void emit(List<Unit> line, int paraStart, List<Line> out) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).isSpace()) {
            end--;
        }
        List<Unit> kept = List.copyOf(line.subList(0, end));
        int start = line.isEmpty() ? paraStart : line.get(0).offset();
        out.add(new Line(start, kept));
    }
}
