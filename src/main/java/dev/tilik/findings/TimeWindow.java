package dev.tilik.findings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Keeps a comparison inside a time window: of two sides, only the statements dated within
 * {@code days} of some statement of the other side stay (an undated statement always stays). A
 * denial today does not answer a report of months ago. Sorted dates and a ceiling/floor look-up
 * per statement: n log n, never all pairs. Dates come from the statement's own date mention, else
 * its article's publication date, else the latest date its article writes in full ({@link YearResolver#spokenOn}).
 */
final class TimeWindow {
    private final YearResolver years;
    private final Map<Voice, Optional<LocalDate>> dates = new HashMap<>();

    TimeWindow(YearResolver years) {
        this.years = years;
    }

    /** Filters both sides in place; true when each side still has a statement. */
    boolean keep(List<Voice> side0, List<Voice> side1, Integer days) {
        if (days == null) {
            return !side0.isEmpty() && !side1.isEmpty();
        }
        List<Voice> kept0 = within(side0, side1, days);
        List<Voice> kept1 = within(side1, kept0, days);
        // Each kept list is its side filtered in order, so it replaces the side (a retainAll against
        // a list compared every pair: 6 % of check's time on 1,000 articles).
        replace(side0, kept0);
        replace(side1, kept1);
        return !side0.isEmpty() && !side1.isEmpty();
    }

    private static void replace(List<Voice> side, List<Voice> kept) {
        if (kept.size() != side.size()) {
            side.clear();
            side.addAll(kept);
        }
    }

    private List<Voice> within(List<Voice> side, List<Voice> other, int days) {
        TreeSet<LocalDate> otherDates = new TreeSet<>();
        boolean otherUndated = false;
        for (Voice v : other) {
            Optional<LocalDate> d = dateOf(v);
            if (d.isPresent()) {
                otherDates.add(d.get());
            } else {
                otherUndated = true;
            }
        }
        List<Voice> out = new ArrayList<>();
        for (Voice v : side) {
            Optional<LocalDate> d = dateOf(v);
            if (d.isEmpty() || otherUndated || near(d.get(), otherDates, days)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean near(LocalDate d, TreeSet<LocalDate> dates, int days) {
        LocalDate floor = dates.floor(d);
        LocalDate ceiling = dates.ceiling(d);
        return floor != null && ChronoUnit.DAYS.between(floor, d) <= days
                || ceiling != null && ChronoUnit.DAYS.between(d, ceiling) <= days;
    }

    private Optional<LocalDate> dateOf(Voice v) {
        return dates.computeIfAbsent(v, years::spokenOn);
    }
}
