package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import dev.tilik.rules.NumericRule;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * How the figures of one quantity moved between reports: on to another day, within a day at known hours,
 * from a figure a sentence names, or by a correction an article tells. {@link NumericDetector} asks these
 * before it sets two figures against each other.
 */
final class FigureMoves {
    private FigureMoves() {
    }

    /**
     * Two reports of one day at known hours, every report of one figure before every report of the other,
     * the later giving more (any other figure, for a count that may fall): the count moving within the
     * day ("sekitar 220" by 13.00, 449 that night), not sources disagreeing. A count that only grows and
     * is given lower later in the day still conflicts.
     */
    static boolean movedWithinDay(FigureGroup a, FigureGroup b, boolean mayFall) {
        if (a.first() == null || !a.first().equals(b.first())) {
            return false;
        }
        int[] ha = hours(a);
        int[] hb = hours(b);
        if (ha == null || hb == null) {
            return false;
        }
        FigureGroup earlier = ha[1] < hb[0] ? a : hb[1] < ha[0] ? b : null;
        if (earlier == null) {
            return false;
        }
        FigureGroup later = earlier == a ? b : a;
        return mayFall || later.range().above(earlier.range());
    }

    /**
     * Two figures of one day of a count that only grows, every report of both from one body (the one party the
     * reports name; a report naming none goes with it), the higher written as that body's updated count (the rule's
     * {@code updates}, in its sentence): that body's count as it came in that day, an earlier and a later figure of it
     * though no hour is written ("9 rumah rusak" from the district office, then "menurut data yang sudah ter-update,
     * 12 rumah rusak"), not two sources disagreeing. Two bodies, a figure whose reports name none, or one body's two
     * figures that no sentence calls an update (an official's figure printed two ways) still conflict.
     */
    static boolean updatedThatDay(NumericRule rule, FigureGroup a, FigureGroup b) {
        if (rule.updates().isEmpty() || a.first() == null || !a.first().equals(b.first())
                || !updated(rule, a.range().above(b.range()) ? a : b)) {
            return false;
        }
        String body = null;
        for (FigureGroup g : List.of(a, b)) {
            boolean named = false;
            for (Figure f : g.figures()) {
                String party = f.voice().statement().party();
                if (party == null) {
                    continue;
                }
                if (body != null && !body.equals(party)) {
                    return false;
                }
                body = party;
                named = true;
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /** True when a report of the figure writes it as an updated count ({@code updates} in its sentence). */
    private static boolean updated(NumericRule rule, FigureGroup g) {
        for (Figure f : g.figures()) {
            String sentence = f.voice().sentenceText().toLowerCase(java.util.Locale.ROOT);
            for (String w : rule.updates()) {
                if (Names.containsWord(sentence, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The earliest and latest minute of a group's reports, or null when a report gives no hour; a report
     * without one takes its article's hour for the same figure (a lead restating the quotation "…," kata
     * Asep, Senin malam).
     */
    private static int[] hours(FigureGroup g) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        Set<String> timed = new java.util.HashSet<>();
        for (Figure f : g.figures()) {
            if (f.minute() != null) {
                timed.add(f.voice().fileName());
                lo = Math.min(lo, f.minute());
                hi = Math.max(hi, f.minute());
            }
        }
        for (Figure f : g.figures()) {
            if (f.minute() == null && !timed.contains(f.voice().fileName())) {
                return null;
            }
        }
        return timed.isEmpty() ? null : new int[] {lo, hi};
    }

    /**
     * A measure is one thing's size, fixed unless its dated reports show it moving: two figures that
     * disagree first given on different days (a flooded area spreading, a loss estimate raised). A measure
     * every dated report gives alike is fixed, and an undated report departing from it is compared with
     * it (where a count reported on two days would leave the undated report's moment unknown).
     */
    static boolean moved(NumericRule rule, List<FigureGroup> figures) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                FigureGroup a = figures.get(i);
                FigureGroup b = figures.get(j);
                if (a.first() != null && b.first() != null && !a.first().equals(b.first())
                        && a.range().against(b.range(), rule.boundsTolerance()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One day's reports of a figure that a higher figure had already replaced: first given on an
     * earlier day, and a higher figure first given after that and by this day ("37" repeated on Monday
     * from Sunday's data, when Monday's figure is 43). Such a report is out of date, not a second
     * source at that moment; the count's change is the evolving finding's. A higher figure the folder names as put
     * right ({@code past}, values: "sebelumnya dilaporkan 15 … dikoreksi"), however another report qualifies it ("at least
     * 15"), replaced nothing.
     */
    static boolean outdated(FigureGroup day, List<FigureGroup> figures, Set<Double> past) {
        FigureGroup whole = day.whole();
        if (whole.first() == null || !day.first().isAfter(whole.first())) {
            return false;
        }
        for (FigureGroup h : figures) {
            if (h != whole && h.first() != null && h.range().above(whole.range()) && (h.range().mention().value() == null || !past.contains(h.range().mention().value()))
                    && h.first().isAfter(whole.first()) && !h.first().isAfter(day.first())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence giving a figure of {@code to} names a figure of {@code from} as the one
     * the count moved from ("67 people died," … said Wednesday, raising the death toll from 58"):
     * the count moving at that moment, which the article itself tells.
     */
    static boolean movedFrom(NumericRule rule, FigureGroup to, FigureGroup from) {
        Set<String> written = new java.util.HashSet<>();
        from.figures().forEach(f -> written.add(f.range().mention().text().toLowerCase(java.util.Locale.ROOT)));
        for (Figure f : to.figures()) {
            String sentence = f.voice().statement().sentence().coveredText(f.voice().article().document().text())
                    .toLowerCase(java.util.Locale.ROOT);
            for (String w : rule.movedFrom()) {
                for (String figure : written) {
                    if (Names.containsWord(sentence, w + " " + figure)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when a report of {@code to} says the count rose to it (rules {@code risenTo}: "bertambah menjadi 22", "rose
     * to 22"), {@code from} is lower and every report of {@code from} comes from a body that gives {@code to} too: on
     * one day, the lower figure is where that body's count stood before it rose. Another body's lower figure ("19"
     * from the police against the agency's "rose to 21") still conflicts.
     */
    static boolean roseTo(NumericRule rule, FigureGroup to, FigureGroup from) {
        if (rule.risenTo().isEmpty() || !to.range().above(from.range())) {
            return false;
        }
        Set<String> bodies = new java.util.HashSet<>();
        to.figures().forEach(f -> bodies.add(f.voice().statement().party()));
        for (Figure f : from.figures()) {
            if (f.voice().statement().party() == null || !bodies.contains(f.voice().statement().party())) {
                return false;
            }
        }
        for (Figure f : to.figures()) {
            String sentence = f.voice().statement().sentence().coveredText(f.voice().article().document().text())
                    .toLowerCase(java.util.Locale.ROOT);
            String figure = f.range().mention().text().toLowerCase(java.util.Locale.ROOT);
            for (String w : rule.risenTo()) {
                if (Names.containsWord(sentence, w + " " + figure)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two figures given only by one article that says a figure was corrected ("berbeda dari jumlah
     * sebelumnya yang dilaporkan mencapai 67", "revised"): the article itself tells of the change, it
     * does not disagree with itself.
     */
    static boolean correctedWithin(NumericRule rule, FigureGroup a, FigureGroup b) {
        Set<String> files = new java.util.HashSet<>();
        a.figures().forEach(f -> files.add(f.voice().fileName()));
        b.figures().forEach(f -> files.add(f.voice().fileName()));
        return files.size() == 1 && correction(rule, a);
    }

    /** True when an article reporting this figure says a figure was corrected ("ralat", "duplikasi", "revised"). */
    static boolean correction(NumericRule rule, FigureGroup g) {
        for (Figure f : g.figures()) {
            String text = f.voice().article().document().text().toLowerCase(java.util.Locale.ROOT);
            for (String w : rule.corrections()) {
                if (Names.containsWord(text, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two figures first reported at least {@code minDays} apart: the count moved on between them. */
    static boolean movedOn(FigureGroup a, FigureGroup b, int minDays) {
        return a.first() != null && b.first() != null
                && Math.abs(ChronoUnit.DAYS.between(a.first(), b.first())) >= minDays;
    }
}
