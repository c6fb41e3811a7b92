package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every statement giving one figure (same qualifier and range) for one quantity, with its date span. */
final class FigureGroup {
    private final List<Figure> figures = new ArrayList<>();
    private LocalDate first;

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

    /** Low first, then high: how a cluster lists its figures. */
    static int byValue(FigureGroup a, FigureGroup b) {
        int c = Double.compare(a.range().low(), b.range().low());
        return c != 0 ? c : Double.compare(a.range().high(), b.range().high());
    }
}
