package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.time.LocalDate;
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
 * is compared with nothing: its moment is unknown. A count that moves by its nature (a toll: the dead,
 * the missing, the rescued — every counted thing but the rules' {@code fixedCounts}, "passengers" on
 * board) is such a count even when reported on one day or none: figures of it whose day is unknown are
 * reports at unknown moments of a count coming in ("9 selamat", "11 orang berhasil diselamatkan", "14
 * orang selamat" with no day), not sources disagreeing. Any other quantity reported on one day (or
 * undated) compares every distinct figure with every other. Conflicting figures are grouped into clusters:
 * one numeric finding per cluster, not per pair. Figures whose sentences rank the events they count by
 * different ordinals ("kasus pertama" / "kasus kedua", {@link FigureRanks}) count two events and are never compared,
 * and a figure of what may come to be ("could possibly leave 3,000 jobless", {@link Projections}) with none; a total
 * its sentence breaks down is never set against one of its parts ({@link Totals}), nor a figure the folder writes as
 * a part of another by its own noun ("sembilan dari 13 korban … warga sipil" against "menewaskan 9 warga sipil" and
 * "menewaskan 13 orang", {@link FolderParts}), with it, not even as a count moving on. One figure written with and
 * without its scale word on two days ("Rp 150" / "Rp 150 ribu", {@link FigureRange#rescaled}) is a misprint at any
 * moment, never a count that moved.
 */
final class NumericDetector implements Detector {
    /** How a finding over figures that count one thing across the folder names its topic ("count of the dead"). */
    private static final String COUNTED = "count of the ";
    /** How a finding over counts read from the text names its topic ("count of those phk"). */
    private static final String FATE = "count of those ";
    /** Fewest letters of a fate read where the unit stands: a shorter stem is too often inside another word. */
    private static final int MIN_FATE = 4;

    /**
     * One figure in one statement, with the day and (when its sentence says) the minute of the day it speaks for;
     * {@code earlier} when its sentence names it as where the count stood before it was put right ({@link EarlierFigures}).
     */
    record Figure(Voice voice, FigureRange range, LocalDate date, Integer minute, boolean earlier) {
        /** A figure its sentence gives for its own moment. */
        Figure(Voice voice, FigureRange range, LocalDate date, Integer minute) {
            this(voice, range, date, minute, false);
        }
    }

    /** Reads no persons: runs while they are made. */
    @Override
    public boolean readsPersons() {
        return false;
    }

    @Override
    public List<Finding> detect(Story story) {
        NumericRule rule = story.rules().numeric();
        if (rule == null) {
            return List.of();
        }
        Clock clock = new Clock(new YearResolver(story), new TimeOfDay(rule), rule.approxTolerance(),
                Breakdowns.of(rule, story.voices()));
        NumericText text = new NumericText(story.names());
        FigureRanks ranks = new FigureRanks(rule);
        FolderParts parts = new FolderParts(story.articles(), story.numberWords());
        List<Figure> figures = figures(story, rule, clock);
        List<Finding> out = new ArrayList<>(countedThings(rule, figures, text, ranks, parts));
        for (String topic : story.topicGroups()) {
            out.addAll(unitsOnTopic(story, rule, topic, clock, text, ranks, parts));
        }
        out.addAll(NearFigures.find(rule, story, figures.stream().filter(f -> !f.earlier()).toList(),
                f -> quantity(rule, f), text));
        return out;
    }

    /**
     * When a voice's figures speak for: the day (its year resolved) and the minute its sentence gives,
     * worked out once per voice ({@code when}): a voice gives several figures, and the folder's counted
     * things and each topic's units ask for the same voices. A sentence that breaks down the count of the sentence
     * right before it and writes no date of its own ({@link Breakdowns}) speaks for that sentence's moment.
     */
    private record Clock(YearResolver years, TimeOfDay hours, double approxTolerance, Breakdowns breakdowns,
                         Map<Voice, When> when) {
        Clock(YearResolver years, TimeOfDay hours, double approxTolerance, Breakdowns breakdowns) {
            this(years, hours, approxTolerance, breakdowns, new java.util.HashMap<>());
        }

        Figure figure(NumericRule rule, Voice v, NumberMention m) {
            When w = when(v);
            return new Figure(v, FigureRange.of(m, approxTolerance), w.date(), w.minute(), EarlierFigures.named(rule, v, m));
        }

        private When when(Voice v) {
            When w = when.get(v);
            if (w == null) {
                Voice before = breakdowns.before(v);
                w = before != null ? when(before) : new When(years.figureDateOf(v).orElse(null), hours.minuteOf(v));
                when.put(v, w);
            }
            return w;
        }
    }

    /** A voice's day and minute ({@link Clock}). */
    private record When(LocalDate date, Integer minute) {
    }

    /**
     * Figures with a counted thing ("41 orang meninggal", a measure "panjang pagar"), compared across the
     * whole folder whatever their statements' topics: one quantity per counted thing.
     */
    private static List<Finding> countedThings(NumericRule rule, List<Figure> figures, NumericText text,
                                               FigureRanks ranks, FolderParts parts) {
        Map<String, Map<String, FigureGroup>> byCount = new TreeMap<>();
        Map<String, Map<String, FigureGroup>> byFate = new TreeMap<>();
        for (Figure f : figures) {
            NumberMention m = f.range().mention();
            if (m.counted() != null && (m.unit() == null || rule.unitKey(m.unit()) != null)) {
                add(byCount, m.counted(), f);
            } else if (readThing(rule, m)) {
                add(byFate, m.which(), f);
            }
        }
        List<Finding> out = new ArrayList<>();
        byCount.forEach((counted, groups) -> {
            if (repeats(counted)) {
                out.addAll(compare(rule, counted, counted, "the " + counted, true, true, true, false, true, groups, text, ranks, parts));
            } else if (measure(counted)) {
                out.addAll(compare(rule, counted, counted, "the " + counted, true, true, true, false,
                        rule.fixedCount(measured(counted)), groups, text, ranks, parts));
            } else {
                out.addAll(compare(rule, COUNTED + counted, COUNTED + counted, "the " + counted, rule.mayFall(counted),
                        false, false, !rule.fixedCount(counted), false, groups, text, ranks, parts));
            }
        });
        byFate.forEach((fate, groups) -> out.addAll(compare(rule, FATE + fate, FATE + fate, "those " + fate, true,
                false, false, true, false, groups, text, ranks, parts)));
        return out;
    }

    /**
     * Every figure of the folder's body voices whose stance figures are compared for, but one of what may come to be
     * ({@link Projections}): what {@link #countedThings} files by counted thing or fate, and {@link NearFigures} reads.
     */
    private static List<Figure> figures(Story story, NumericRule rule, Clock clock) {
        List<Figure> out = new ArrayList<>();
        for (Voice v : story.voices()) {
            if (v.headline() || !rule.stances().contains(v.statement().stance())) {
                continue;
            }
            for (NumberMention m : v.statement().numbers()) {
                if (!Projections.projected(rule, v, m) && !Ages.age(rule, v, m)) {
                    out.add(clock.figure(rule, v, m));
                }
            }
        }
        return out;
    }

    /**
     * The quantity a figure is compared under by {@link #countedThings} or {@link #unitsOnTopic} (its counted thing,
     * its fate, or its topic and unit), or null when under none.
     */
    private static String quantity(NumericRule rule, Figure f) {
        NumberMention m = f.range().mention();
        if (m.counted() != null && (m.unit() == null || rule.unitKey(m.unit()) != null)) {
            return "counted " + m.counted();
        }
        if (readThing(rule, m)) {
            return "fate " + m.which();
        }
        String unit = rule.unitKey(m.unit());
        String topic = f.voice().topicGroup();
        return unit == null || topic == null || rule.isGeneric(m.unit()) ? null : "unit " + topic + " " + unit;
    }

    /**
     * True for a count whose counted thing the rules do not name but its own sentence does, by what befell the
     * things it counts ({@link NumberMention#which}: "yang terkena PHK sebanyak 700 orang", "3.000 orang
     * dirumahkan"), written with no noun of its own or a noun of people only: such counts meet across the folder
     * when what befell them agrees, as a count that moves by its nature and may fall (compared only within one
     * known day), since the text says nothing of how it moves. A noun of people only is any of the rules'
     * {@code genericUnits} ("85 warga dirawat", "92 jiwa terdampak" meet "97 orang dirawat"), or the word the fate
     * is read from standing where the noun would ("92 orang dirawat": "orang" skipped, the verb taken for the unit).
     * A count with a noun of its own ("700 karyawan") is its topic's unit's ({@link #unitsOnTopic}).
     */
    static boolean readThing(NumericRule rule, NumberMention m) {
        return m.counted() == null && m.which() != null && !m.inWords()
                && (m.unit() == null || rule.isGeneric(m.unit()) || fateWord(m.unit(), m.which()));
    }

    /** True when a figure's unit is the verb its fate was read from ("dirawat" for "rawat", "treated" for "treat"). */
    private static boolean fateWord(String unit, String which) {
        return which.length() >= MIN_FATE && unit.toLowerCase(java.util.Locale.ROOT).contains(which);
    }

    /**
     * Figures of one topic group by unit: those with no counted thing, and sums of money (compared by their
     * currency even when a counted thing was read beside them). A unit whose every figure has a counted
     * thing is left to {@link #countedThings}, which compares it across the folder already.
     */
    private static List<Finding> unitsOnTopic(Story story, NumericRule rule, String topic, Clock clock, NumericText text,
                                              FigureRanks ranks, FolderParts parts) {
        Map<String, Map<String, FigureGroup>> quantities = new TreeMap<>();
        for (Voice v : story.bodyVoicesOn(topic)) {
            if (!rule.stances().contains(v.statement().stance())) {
                continue;
            }
            for (NumberMention m : v.statement().numbers()) {
                String unit = rule.unitKey(m.unit());
                if (unit != null && (m.counted() == null || story.isCurrency(m.unit())) && !rule.isGeneric(m.unit())
                        && !readThing(rule, m) && !Projections.projected(rule, v, m) && !Ages.age(rule, v, m)) {
                    add(quantities, unit, clock.figure(rule, v, m));
                }
            }
        }
        String label = story.rules().topicLabel(topic);
        quantities.values().removeIf(groups -> groups.values().stream().flatMap(g -> g.figures().stream())
                .allMatch(f -> f.range().mention().counted() != null));
        List<Finding> out = new ArrayList<>();
        quantities.forEach((unit, groups) -> out.addAll(compare(rule, topic, label, unit, false, false, true, false, false,
                groups, text, ranks, parts)));
        return out;
    }

    /** Files a figure under its quantity and its figure (qualifier and range). */
    private static void add(Map<String, Map<String, FigureGroup>> quantities, String quantity, Figure f) {
        quantities.computeIfAbsent(quantity, k -> new TreeMap<>())
                .computeIfAbsent(f.range().signature(), k -> new FigureGroup()).add(f);
    }

    /**
     * @param mayFall true for a count that may fall as days pass (the missing); any other count only
     *                grows, so its lower figure on a later day conflicts with the earlier one unless the
     *                later report's article says the figure was corrected
     * @param fixed   true for one thing's measure ({@link FigureMoves#moved}): it moves only when its dated reports disagree
     * @param measure true for figures of a unit that count no named thing ("263 bidang", "30 km"): one
     *                speaker giving two of them in one article measures two things (a breakdown, another
     *                scope), so figures only that voice gives are not set against each other, nor two it gives
     *                everywhere and some article prints together ({@link #oneSpeaker})
     * @param moves   true for a count that moves by its nature (a toll): compared as a moving count
     *                whatever the number of days its figures give, so only figures of one known day meet
     * @param settled true for a count of one past act ("menembak sebanyak empat kali"): what was done is done,
     *                so its figures never move, whatever days they were given on, and every two that differ
     *                conflict (two shots said on Wednesday, four the next week: one report is wrong)
     * @param ranks   the ordinals the figures' sentences rank their events by: figures of two ranks are never compared
     */
    private static List<Finding> compare(NumericRule rule, String topic, String label, String unit, boolean mayFall,
                                         boolean fixed, boolean measure, boolean moves, boolean settled,
                                         Map<String, FigureGroup> groups, NumericText text, FigureRanks ranks,
                                         FolderParts parts) {
        Set<Double> past = new java.util.HashSet<>();
        List<FigureGroup> list = present(groups, past);
        boolean moving = !settled && (fixed ? FigureMoves.moved(rule, list) : moves || list.stream()
                .flatMap(g -> g.figures().stream()).map(Figure::date).filter(java.util.Objects::nonNull).distinct().count() >= 2);
        Map<FigureGroup, Map<LocalDate, FigureGroup>> dayOf = new java.util.IdentityHashMap<>();
        List<FigureGroup> moments = moments(list, moving, dayOf);
        List<FigureCluster.Conflict> conflicts = sameMoment(rule, list, moments, moving, mayFall, measure, ranks, parts,
                past);
        Set<FigureGroup> chain = new LinkedHashSet<>();
        Set<FigureGroup> later = new LinkedHashSet<>();
        if (moving) {
            acrossDays(rule, list, dayOf, mayFall, conflicts, chain, later, ranks, parts);
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
     * The figures as each report gives them for its own moment: a figure its sentence names as where the count stood
     * before ({@link EarlierFigures}) is left out, and its value put in {@code past} (a figure the folder names as put
     * right replaced no other, however qualified, {@link FigureMoves#outdated}). A figure only such sentences give is
     * left out whole.
     */
    private static List<FigureGroup> present(Map<String, FigureGroup> groups, Set<Double> past) {
        List<FigureGroup> out = new ArrayList<>();
        groups.values().forEach(g -> {
            FigureGroup now = new FigureGroup();
            for (Figure f : g.figures()) {
                if (f.earlier()) {
                    if (f.range().mention().value() != null) {
                        past.add(f.range().mention().value());
                    }
                } else {
                    now.add(f);
                }
            }
            if (!now.figures().isEmpty()) {
                out.add(now);
            }
        });
        return out;
    }

    /**
     * The moments figures are compared at: each figure whole, or, for a moving count, each figure on each
     * day it was given ({@code dayOf} is filled with each figure's days).
     */
    private static List<FigureGroup> moments(List<FigureGroup> list, boolean moving,
                                             Map<FigureGroup, Map<LocalDate, FigureGroup>> dayOf) {
        List<FigureGroup> moments = new ArrayList<>();
        for (FigureGroup g : list) {
            List<FigureGroup> days = moving ? g.byDay() : List.of(g);
            moments.addAll(days);
            Map<LocalDate, FigureGroup> byDay = new java.util.HashMap<>();
            days.forEach(d -> byDay.put(d.first(), d));
            dayOf.put(g, byDay);
        }
        return moments;
    }

    /**
     * Figures given at one moment that disagree: every pair of moments of one day (of any day when the count
     * does not move), less a report out of date that day, an article telling of its own correction, a count
     * moving from a figure its sentence names, rising to one ("bertambah menjadi 22" over a lower figure of that
     * day, {@link FigureMoves#roseTo}) or within the day, and two figures of one voice's measure.
     */
    private static List<FigureCluster.Conflict> sameMoment(NumericRule rule, List<FigureGroup> list,
                                                           List<FigureGroup> moments, boolean moving, boolean mayFall,
                                                           boolean measure, FigureRanks ranks, FolderParts parts,
                                                           Set<Double> past) {
        Set<FigureGroup> stale = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (FigureGroup m : moments) {
            if (moving && !mayFall && m.first() != null && FigureMoves.outdated(m, list, past)) {
                stale.add(m);
            }
        }
        List<FigureCluster.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            for (int j = i + 1; j < moments.size(); j++) {
                FigureGroup a = moments.get(i);
                FigureGroup b = moments.get(j);
                if (moving && (a.first() == null || !a.first().equals(b.first())
                        || stale.contains(a) || stale.contains(b))) {
                    continue;
                }
                // Whether the two figures disagree at all is read from their ranges alone: asked first,
                // the reasons to let a disagreement pass (each reads the figures' sentences) are read
                // only for pairs that disagree.
                Optional<NumericRule.Kind> kind = a.range().against(b.range(), rule.boundsTolerance());
                if (kind.isEmpty() || apart(a, b) || ranks.apart(a, b) || parts.apart(a, b)
                        || FigureMoves.correctedWithin(rule, a, b)
                        || FigureMoves.movedFrom(rule, a, b) || FigureMoves.movedFrom(rule, b, a)
                        || moving && (FigureMoves.roseTo(rule, a, b) || FigureMoves.roseTo(rule, b, a))
                        || measure && (oneVoice(a, b) || oneSpeaker(a, b)) || FigureMoves.movedWithinDay(a, b, mayFall)
                        || moving && !mayFall && FigureMoves.updatedThatDay(rule, a, b)
                        || Totals.partOf(rule, a, b) || Totals.partOf(rule, b, a)
                        || besideIt(a, b) || besideIt(b, a)) {
                    continue;
                }
                conflicts.add(new FigureCluster.Conflict(a, b, kind.get()));
            }
        }
        return conflicts;
    }

    /**
     * True when every report of {@code a} is a sentence that gives {@code b} too: one sentence writing two figures
     * of one quantity lists two things ("At least 260 firefighters and 52 fire engines", rewritten by one site "260
     * firefighters and 52 firefighters"; "tewas 13 orang … 10 orang dewasa dan tiga anak-anak", a part beside its
     * whole), and a sentence does not contradict itself. A figure some report gives alone is still set against
     * the other.
     */
    static boolean besideIt(FigureGroup a, FigureGroup b) {
        for (Figure f : a.figures()) {
            boolean beside = false;
            for (Figure o : b.figures()) {
                beside |= o.voice().fileName().equals(f.voice().fileName())
                        && o.voice().statement().sentence().equals(f.voice().statement().sentence());
            }
            if (!beside) {
                return false;
            }
        }
        return true;
    }

    /**
     * A moving count's figures first given days apart: the count moving on ({@code chain}, its newer
     * figures in {@code later}), or, for a count that only grows first given lower after it was given
     * higher and no correction told, or for one figure written with and without its scale word, the two
     * first reports in conflict (added to {@code conflicts}).
     */
    private static void acrossDays(NumericRule rule, List<FigureGroup> list,
                                   Map<FigureGroup, Map<LocalDate, FigureGroup>> dayOf, boolean mayFall,
                                   List<FigureCluster.Conflict> conflicts, Set<FigureGroup> chain,
                                   Set<FigureGroup> later, FigureRanks ranks, FolderParts parts) {
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                FigureGroup a = list.get(i);
                FigureGroup b = list.get(j);
                Optional<NumericRule.Kind> kind = a.range().against(b.range(), rule.boundsTolerance());
                if (kind.isEmpty() || apart(a, b) || ranks.apart(a, b) || parts.apart(a, b)
                        || !FigureMoves.movedOn(a, b, rule.evolvingMinDays())) {
                    continue;
                }
                FigureGroup newer = b.first().isAfter(a.first()) ? b : a;
                FigureGroup older = newer == a ? b : a;
                FigureGroup newerDay = dayOf.get(newer).get(newer.first());
                if (!mayFall && older.range().above(newer.range()) && !FigureMoves.correction(rule, newerDay)
                        || older.range().rescaled(newer.range())) {
                    conflicts.add(new FigureCluster.Conflict(dayOf.get(older).get(older.first()), newerDay, kind.get()));
                } else {
                    chain.add(a);
                    chain.add(b);
                    later.add(newer);
                }
            }
        }
    }

    /**
     * True when the two figures count or measure different things of one noun: every figure of each says which
     * ({@link NumberMention#which}) and no figure of one says what a figure of the other says — different fates
     * ("74 siswa yang dirawat", those still in care, against "364 siswa yang dilarikan ke rumah sakit", those
     * taken there; "18 agencies to be restored" against "affected 160 agencies"), or measures of things under two
     * names ("Pulau Manuran seluas 746 hektare", "Pulau Gag … 6.030 hektare"). A figure whose words do not say is
     * set against any other, as before.
     */
    static boolean apart(FigureGroup a, FigureGroup b) {
        return told(which(a), which(b));
    }

    /**
     * True when both groups' figures say what tells them apart ({@code which}, a rank) and none says what one
     * of the other says; null: a figure of that group does not say.
     */
    static <T> boolean told(Set<T> a, Set<T> b) {
        return a != null && b != null && java.util.Collections.disjoint(a, b);
    }

    /** What a group's figures say of which things they count, or null when one says nothing. */
    private static Set<String> which(FigureGroup g) {
        Set<String> out = new java.util.HashSet<>();
        for (Figure f : g.figures()) {
            if (f.range().mention().which() == null) {
                return null;
            }
            out.add(f.range().mention().which());
        }
        return out;
    }

    /**
     * True when every article giving either figure gives both, each from one speaker (or one party): the figures
     * are what each voice tells apart ("di bawah 100 persen, di bawah 50 persen"), two things measured, whether one
     * article prints them or several outlets print the same voice.
     */
    private static boolean oneVoice(FigureGroup a, FigureGroup b) {
        Map<String, List<Figure>> byFile = new TreeMap<>();
        for (FigureGroup g : List.of(a, b)) {
            for (Figure f : g.figures()) {
                byFile.computeIfAbsent(f.voice().statement().fileName(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Figure> figures : byFile.values()) {
            Set<String> speakers = new java.util.HashSet<>();
            Set<String> parties = new java.util.HashSet<>();
            for (Figure f : figures) {
                speakers.add(f.voice().statement().speaker());
                parties.add(String.valueOf(f.voice().statement().party()));
            }
            boolean both = figures.stream().anyMatch(a.figures()::contains) && figures.stream().anyMatch(b.figures()::contains);
            if (!both || speakers.size() != 1 && (parties.size() != 1 || parties.contains("null"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when one speaker (one name, or one party's speakers named with and without a title, {@link #oneName}) gives
     * every figure of both groups across the folder and some article prints two of them from that voice: a voice that gives two figures of one unit in one report measures two things (a
     * total and its parts, "120 bidang … 100 bidang … 15 bidang … 5 bidang"; two groups' rises, "di bawah 50 persen"
     * and "180 persen"), and an outlet quoting only one of them does not make the voice contradict itself. Figures of
     * one voice that no article prints together (one official's "Rp20 ribu" in one outlet, "Rp200 ribu" in another)
     * are still set against each other: one of those reports is wrong.
     */
    static boolean oneSpeaker(FigureGroup a, FigureGroup b) {
        Set<String> speakers = new java.util.HashSet<>();
        Set<String> parties = new java.util.HashSet<>();
        Map<String, Set<FigureGroup>> byFile = new java.util.HashMap<>();
        for (FigureGroup g : List.of(a, b)) {
            for (Figure f : g.figures()) {
                speakers.add(f.voice().statement().speaker());
                parties.add(String.valueOf(f.voice().statement().party()));
                byFile.computeIfAbsent(f.voice().statement().fileName(), k -> java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>())).add(g);
            }
        }
        boolean oneOf = speakers.size() == 1 || parties.size() == 1 && !parties.contains("null") && oneName(speakers);
        return oneOf && byFile.values().stream().anyMatch(gs -> gs.size() == 2);
    }

    /**
     * True when every speaker's name is the shortest one or ends with it as its last words ("Bupati Wetan Darsono" and
     * "Darsono"): one person, named with and without a title. Two people of one party ("Kepala NIS", "Pentagon") are not.
     */
    private static boolean oneName(Set<String> speakers) {
        String shortest = speakers.stream().filter(java.util.Objects::nonNull).min(Comparator.comparingInt(String::length))
                .orElse(null);
        if (shortest == null || speakers.contains(null)) {
            return false;
        }
        String tail = " " + shortest.toLowerCase(java.util.Locale.ROOT);
        return speakers.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT))
                .allMatch(x -> x.equals(tail.substring(1)) || x.endsWith(tail));
    }

    /**
     * A measured thing (counted key "length of pagar", see {@code NumberExtractor}): the attribute of one
     * thing, not a tally of people.
     */
    static boolean measure(String counted) {
        return counted.contains(" of ");
    }

    /**
     * The thing a measure measures ("kapasitas" of "weight of kapasitas"): when the rules' {@code fixedCounts} name it
     * (a capacity), the measure is one fact of the thing, settled whatever days its reports were given on.
     */
    static String measured(String counted) {
        return counted.substring(counted.indexOf(" of ") + 4);
    }

    /** A count of times one act was done (counted key "times of tembak", see {@code MeasuredThing.act}). */
    static boolean repeats(String counted) {
        return counted.startsWith("times of ");
    }
}
