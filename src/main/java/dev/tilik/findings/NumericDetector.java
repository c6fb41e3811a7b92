package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures for one quantity that disagree. A quantity is what the figures count, when the language's
 * {@code counts} rules name it ("41 orang meninggal", "luka berat 16", "the death toll rose to 21"):
 * such figures are compared across the whole folder, whatever their statements' topics; otherwise a
 * quantity is a topic group + unit group. A sum of money is compared in its topic group by its currency
 * even when a counted thing was read beside it ("8 juta dolar, sekitar Rp 171 miliar" names the rupiah
 * amount of the dollars; "8 juta dolar atau Rp 131 miliar" does not): how the conversion is worded does
 * not make two amounts of one sum different quantities. Mentions are grouped by figure (qualifier and range) and
 * only distinct figures are compared, so the work grows with the number of distinct figures, not
 * with the number of mentions.
 *
 * <p>A quantity reported on two days or more is a moving count (a toll, the missing): a figure is
 * what a source said at one moment, so figures conflict only when they were given for the same day
 * ("67" and "61, not 67" on 17 May), and a finding cites only that day's reports (61 repeated on
 * the 18th after the correction is not set against the 67 of the 17th). Figures of different days
 * are the count moving on, up or down: all such pairs make one evolving finding per quantity (not a
 * contradiction), the figures in the order they first appeared. An undated figure of a moving count
 * is compared with nothing: its moment is unknown. A quantity reported on one day (or undated)
 * compares every distinct figure with every other. Conflicting figures are grouped into clusters:
 * one numeric finding per cluster, not per pair.
 */
final class NumericDetector implements Detector {
    /** How a finding over figures that count one thing across the folder names its topic ("count of the dead"). */
    private static final String COUNTED = "count of the ";

    /** One figure in one statement, with the day and (when its sentence says) the minute of the day it speaks for. */
    record Figure(Voice voice, FigureRange range, LocalDate date, Integer minute) {
    }

    @Override
    public List<Finding> detect(Story story) {
        NumericRule rule = story.rules().numeric();
        if (rule == null) {
            return List.of();
        }
        YearResolver years = new YearResolver(story);
        TimeOfDay hours = new TimeOfDay(rule);
        List<Finding> out = new ArrayList<>();
        NumericText text = new NumericText(story.names());
        Map<String, Map<String, FigureGroup>> byCount = new TreeMap<>();
        for (Voice v : story.voices()) {
            if (v.headline() || !rule.stances().contains(v.statement().stance())) {
                continue;
            }
            for (NumberMention m : v.statement().numbers()) {
                if (m.counted() != null && (m.unit() == null || rule.unitKey(m.unit()) != null)) {
                    Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null),
                            hours.minuteOf(v));
                    byCount.computeIfAbsent(m.counted(), k -> new TreeMap<>())
                            .computeIfAbsent(f.range().signature(), k -> new FigureGroup()).add(f);
                }
            }
        }
        byCount.forEach((counted, groups) -> {
            if (measure(counted)) {
                out.addAll(compare(rule, counted, counted, "the " + counted, true, true, true, groups, text));
            } else {
                out.addAll(compare(rule, COUNTED + counted, COUNTED + counted, "the " + counted, rule.mayFall(counted),
                        false, false, groups, text));
            }
        });
        for (String topic : story.topicGroups()) {
            Map<String, Map<String, FigureGroup>> quantities = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (!rule.stances().contains(v.statement().stance())) {
                    continue;
                }
                for (NumberMention m : v.statement().numbers()) {
                    String unit = rule.unitKey(m.unit());
                    if (unit != null && (m.counted() == null || story.isCurrency(m.unit())) && !rule.isGeneric(m.unit())) {
                        Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null),
                            hours.minuteOf(v));
                        quantities.computeIfAbsent(unit, k -> new TreeMap<>())
                                .computeIfAbsent(f.range().signature(), k -> new FigureGroup()).add(f);
                    }
                }
            }
            String label = story.rules().topicLabel(topic);
            // Sums whose every figure has a counted thing are compared across the folder already.
            quantities.values().removeIf(groups -> groups.values().stream().flatMap(g -> g.figures().stream())
                    .allMatch(f -> f.range().mention().counted() != null));
            quantities.forEach((unit, groups) -> out.addAll(compare(rule, topic, label, unit, false, false, true, groups, text)));
        }
        return out;
    }

    /**
     * @param mayFall true for a count that may fall as days pass (the missing); any other count only
     *                grows, so its lower figure on a later day conflicts with the earlier one unless the
     *                later report's article says the figure was corrected
     * @param fixed   true for one thing's measure ({@link #moved}): it moves only when its dated reports disagree
     * @param measure true for figures of a unit that count no named thing ("263 bidang", "30 km"): one
     *                speaker giving two of them in one article measures two things (a breakdown, another
     *                scope), so figures only that voice gives are not set against each other
     */
    private static List<Finding> compare(NumericRule rule, String topic, String label, String unit, boolean mayFall,
                                         boolean fixed, boolean measure, Map<String, FigureGroup> groups, NumericText text) {
        List<FigureGroup> list = new ArrayList<>(groups.values());
        boolean moving = fixed ? moved(rule, list) : list.stream().flatMap(g -> g.figures().stream()).map(Figure::date)
                .filter(java.util.Objects::nonNull).distinct().count() >= 2;
        List<FigureGroup> moments = new ArrayList<>();
        Map<FigureGroup, Map<LocalDate, FigureGroup>> dayOf = new java.util.IdentityHashMap<>();
        for (FigureGroup g : list) {
            List<FigureGroup> days = moving ? g.byDay() : List.of(g);
            moments.addAll(days);
            Map<LocalDate, FigureGroup> byDay = new java.util.HashMap<>();
            days.forEach(d -> byDay.put(d.first(), d));
            dayOf.put(g, byDay);
        }
        Set<FigureGroup> stale = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (FigureGroup m : moments) {
            if (moving && !mayFall && m.first() != null && outdated(m, list)) {
                stale.add(m);
            }
        }
        List<FigureCluster.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            for (int j = i + 1; j < moments.size(); j++) {
                FigureGroup a = moments.get(i);
                FigureGroup b = moments.get(j);
                if (moving && (a.first() == null || !a.first().equals(b.first())
                        || stale.contains(a) || stale.contains(b)) || correctedWithin(rule, a, b)
                        || movedFrom(rule, a, b) || movedFrom(rule, b, a) || measure && oneVoice(a, b)
                        || movedWithinDay(a, b, mayFall)) {
                    continue;
                }
                a.range().against(b.range(), rule.boundsTolerance())
                        .ifPresent(kind -> conflicts.add(new FigureCluster.Conflict(a, b, kind)));
            }
        }
        Set<FigureGroup> chain = new LinkedHashSet<>();
        Set<FigureGroup> later = new LinkedHashSet<>();
        for (int i = 0; i < list.size() && moving; i++) {
            for (int j = i + 1; j < list.size(); j++) {
                FigureGroup a = list.get(i);
                FigureGroup b = list.get(j);
                Optional<NumericRule.Kind> kind = a.range().against(b.range(), rule.boundsTolerance());
                if (kind.isEmpty() || !movedOn(a, b, rule.evolvingMinDays())) {
                    continue;
                }
                FigureGroup newer = b.first().isAfter(a.first()) ? b : a;
                FigureGroup older = newer == a ? b : a;
                FigureGroup newerDay = dayOf.get(newer).get(newer.first());
                if (!mayFall && older.range().above(newer.range()) && !correction(rule, newerDay)) {
                    // a count that only grows, first given lower after it was given higher: the two first reports conflict
                    conflicts.add(new FigureCluster.Conflict(dayOf.get(older).get(older.first()), newerDay, kind.get()));
                } else {
                    chain.add(a);
                    chain.add(b);
                    later.add(newer);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (FigureCluster c : FigureCluster.of(moments, conflicts)) {
            LocalDate day = c.groups().get(0).first();
            boolean oneDay = moving && c.groups().stream().allMatch(g -> day != null && day.equals(g.first()));
            out.add(text.numeric(rule, topic, label, unit, c, oneDay ? day : null));
        }
        if (!chain.isEmpty()) {
            List<FigureGroup> ordered = new ArrayList<>(chain);
            ordered.sort(Comparator.comparing(FigureGroup::first).thenComparing(FigureGroup::byValue));
            out.add(text.evolving(rule, topic, label, unit, ordered, later));
        }
        return out;
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

    /** True when one article alone gives both figures, from one speaker (or one party). */
    private static boolean oneVoice(FigureGroup a, FigureGroup b) {
        Set<String> files = new java.util.HashSet<>();
        Set<String> speakers = new java.util.HashSet<>();
        Set<String> parties = new java.util.HashSet<>();
        for (FigureGroup g : List.of(a, b)) {
            for (Figure f : g.figures()) {
                files.add(f.voice().statement().fileName());
                speakers.add(f.voice().statement().speaker());
                parties.add(String.valueOf(f.voice().statement().party()));
            }
        }
        return files.size() == 1 && (speakers.size() == 1 || parties.size() == 1 && !parties.contains("null"));
    }

    /**
     * A measured thing (counted key "length of pagar", see {@code NumberExtractor}): the attribute of one
     * thing, not a tally of people.
     */
    static boolean measure(String counted) {
        return counted.contains(" of ");
    }

    /**
     * A measure is one thing's size, fixed unless its dated reports show it moving: two figures that
     * disagree first given on different days (a flooded area spreading, a loss estimate raised). A measure
     * every dated report gives alike is fixed, and an undated report departing from it is compared with
     * it (where a count reported on two days would leave the undated report's moment unknown).
     */
    private static boolean moved(NumericRule rule, List<FigureGroup> figures) {
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
     * source at that moment; the count's change is the evolving finding's.
     */
    private static boolean outdated(FigureGroup day, List<FigureGroup> figures) {
        FigureGroup whole = day.whole();
        if (whole.first() == null || !day.first().isAfter(whole.first())) {
            return false;
        }
        for (FigureGroup h : figures) {
            if (h != whole && h.first() != null && h.range().above(whole.range())
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
    private static boolean movedFrom(NumericRule rule, FigureGroup to, FigureGroup from) {
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
     * Two figures given only by one article that says a figure was corrected ("berbeda dari jumlah
     * sebelumnya yang dilaporkan mencapai 67", "revised"): the article itself tells of the change, it
     * does not disagree with itself.
     */
    private static boolean correctedWithin(NumericRule rule, FigureGroup a, FigureGroup b) {
        Set<String> files = new java.util.HashSet<>();
        a.figures().forEach(f -> files.add(f.voice().fileName()));
        b.figures().forEach(f -> files.add(f.voice().fileName()));
        return files.size() == 1 && correction(rule, a);
    }

    /** True when an article reporting this figure says a figure was corrected ("ralat", "duplikasi", "revised"). */
    private static boolean correction(NumericRule rule, FigureGroup g) {
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
    private static boolean movedOn(FigureGroup a, FigureGroup b, int minDays) {
        return a.first() != null && b.first() != null
                && Math.abs(ChronoUnit.DAYS.between(a.first(), b.first())) >= minDays;
    }
}
