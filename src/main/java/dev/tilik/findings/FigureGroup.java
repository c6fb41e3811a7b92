package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every statement giving one figure (same qualifier and range) for one quantity, with its date span. */
final class FigureGroup {
    private final List<Figure> figures = new ArrayList<>();
    private LocalDate first;
    /** The figure on every day, for one day's part of it ({@link #byDay}); else this group itself. */
    private FigureGroup whole = this;

    void add(Figure f) {
        figures.add(f);
        if (f.date() != null && (first == null || f.date().isBefore(first))) {
            first = f.date();
        }
    }

    List<Figure> figures() {
        return figures;
    }

    FigureRange range() {
        return figures.get(0).range();
    }

    /**
     * The day the figure was first reported: its earliest dated report (undated reports of the same
     * figure, such as a dateline article's, go with it), or null when no report of it is dated
     * (never evolving then).
     */
    LocalDate first() {
        return first;
    }

    /** The statements in reading order, each once. */
    List<Figure> ordered() {
        List<Figure> out = new ArrayList<>(figures);
        out.sort((x, y) -> Voice.byPosition(x.voice(), y.voice()));
        return out;
    }

    /**
     * The same figure split by the day of each report (undated reports in a group of their own): the
     * figure as it stood at each moment, so that it is compared only with what others said that day.
     */
    List<FigureGroup> byDay() {
        java.util.Map<LocalDate, FigureGroup> days = new java.util.LinkedHashMap<>();
        FigureGroup undated = new FigureGroup();
        undated.whole = this;
        for (Figure f : figures) {
            (f.date() == null ? undated : days.computeIfAbsent(f.date(), d -> {
                FigureGroup day = new FigureGroup();
                day.whole = this;
                return day;
            })).add(f);
        }
        List<FigureGroup> out = new ArrayList<>(days.values());
        if (!undated.figures.isEmpty()) {
            out.add(undated);
        }
        return out;
    }

    /** The figure on every day this group is one day's part of (itself when it is not a day's part). */
    FigureGroup whole() {
        return whole;
    }

    /**
     * How many articles give this figure in this group: for one day's part of a moving count, on that
     * day only (the figure the coverage settled on at that moment, not over the whole story).
     */
    long articles() {
        return figures.stream().map(f -> f.voice().fileName()).distinct().count();
    }

    /** How many articles give this figure, on any day. */
    long articlesAnyDay() {
        return whole.articles();
    }

    /** Low first, then high: how a cluster lists its figures. */
    static int byValue(FigureGroup a, FigureGroup b) {
        int c = Double.compare(a.range().low(), b.range().low());
        return c != 0 ? c : Double.compare(a.range().high(), b.range().high());
    }
}
