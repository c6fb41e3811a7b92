package dev.tilik.rules;

import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Figures for the same quantity (same topic, same unit group) that disagree.
 *
 * @param id              rule id for numeric findings
 * @param evolvingId      rule id for evolving figures (growing over dated statements)
 * @param approxTolerance how far "sekitar 1.500" reaches either side, as a fraction (0.1 → 1,350–1,650)
 * @param boundsTolerance opposite one-sided bounds ("hingga 3.000" / "setidaknya 3.000") whose ranges
 *                        overlap by at most this fraction of the figure disagree in what they claim
 * @param evolvingMinDays a higher figure first reported at least this many days after a lower one
 *                        was first reported is an evolving figure, not a contradiction (later
 *                        reports repeating the lower figure included)
 * @param stances         statements with these stances carry figures worth comparing
 * @param unitGroups      units that count the same thing ("tentara", "pasukan", "troops")
 * @param ignoreUnits     units never compared ("tahun": a year is not a quantity)
 * @param genericUnits    optional: units that only say people are counted ("orang", "people"): such a
 *                        figure is compared only when its counted thing is known (dead, missing …)
 * @param severity        per kind of disagreement: hard (exact figures apart), soft (approximate
 *                        figures apart), bounds (opposite bounds meeting at one point)
 * @param movedFrom       optional: words right before a figure that make it the one a count moved
 *                        from ("raising the death toll from 58", "naik dari 58"): when a figure's own
 *                        sentence names the other figure so, the two are the count moving, not a conflict
 * @param clockWords      optional: words before a clock time ("pukul 07.15", "at 9"): the moment of a day a
 *                        report speaks for
 * @param timesOfDay      optional: words naming a part of the day, with the hour they stand for ("malam": 21,
 *                        "this morning": 9): two reports of one day at different hours are the count
 *                        moving within the day when the later is higher
 * @param ranks           optional: ordinal words with the rank they stand for ("kedua": 2, "second": 2): two
 *                        figures whose sentences rank the event they count by different ordinals ("kasus
 *                        pertama" / "kasus kedua", "the first wave" / "the second wave") are two quantities
 * @param rankForms       optional: how a rank is written with its digits, "#" standing for them ("ke-#", "#nd")
 * @param rankTimes       optional: words after an ordinal that make it no rank of an event but of a time
 *                        ("pertama kali", "the first time")
 * @param rankModifiers   optional: words that rank an event without being ordinals, with the rank they stand for
 *                        ("awal": 1, "susulan": 2, "initial": 1): read only beside a word in lower case or a mark,
 *                        never before a name or a figure ("kasus awal", "the initial outbreak"; not "awal
 *                        Maret", "awal 2025", which say when)
 * @param projections     optional: words that, in the clause of a figure, make it what may come to be, not what is
 *                        ("could possibly leave 3,000 jobless", "berpotensi kehilangan 2.000", "800 … nantinya
 *                        bisa berjualan"): such a figure is set against no other
 * @param sums            optional: words that, in the clause of a figure, make it a sum of several amounts or counts
 *                        ("total santunan Rp125 juta", "a total of 40"): when its own article gives, in other figures
 *                        of its unit, two or three parts that add up to it exactly, a figure equal to one of those
 *                        parts is a part of it, not another report of it
 * @param risenTo         optional: words right before a figure that make it the one a count rose to ("bertambah
 *                        menjadi 22", "rose to 22"): a lower figure given the same day is where the count stood before,
 *                        not a conflict
 * @param breakdowns      optional: words opening a sentence that break down the count of the sentence before it
 *                        ("Rinciannya, 8 orang meninggal …" after "per Senin pagi tercatat 20 korban"): a sentence
 *                        so opened that writes no date of its own speaks for the day and hour of the sentence before
 * @param earlier         optional: words before a figure that make it where the count stood before ("sebelumnya
 *                        dilaporkan 15", "awalnya disebutkan 50", "initially reported 15"): when the same sentence then says
 *                        the count was corrected ({@code corrections}) or turns ({@code turns}) to a figure of the same
 *                        thing, the earlier figure is no side of a conflict at that moment
 * @param turns           optional: words after which a sentence gives the figure it holds now, in place of one it named
 *                        as earlier ("namun", "sebenarnya", "but")
 * @param ages            optional: words giving someone's age ("usia", "berusia", "aged"): a figure in the two words after
 *                        one, or in a clause holding one and followed by a unit of {@code ageUnits} (right after it or
 *                        after the range it opens), is an age, set against no count
 * @param ageUnits        optional: units of years an age is written with ("tahun", "years")
 * @param ago             optional: words right after a date in a claim that mark its day as past ("yang lalu", "ago"):
 *                        the day of an event, never the moment a figure of the claim counts up to
 * @param updates         optional: words in a figure's sentence that give it as a body's updated count ("ter-update",
 *                        "terbaru", "updated", "latest"): a lower figure the same body gave the same day is where its
 *                        count stood before, not a conflict
 */
public record NumericRule(String id, String evolvingId, double approxTolerance, double boundsTolerance,
                          int evolvingMinDays, List<Stance> stances, List<List<String>> unitGroups,
                          List<String> ignoreUnits, Map<String, Severity> severity, List<String> genericUnits,
                          List<String> fallingCounts, List<String> corrections, List<String> asOf,
                          List<String> movedFrom, List<String> clockWords, Map<String, Integer> timesOfDay,
                          List<String> fixedCounts, Map<String, Integer> ranks, List<String> rankForms,
                          List<String> rankTimes, Map<String, Integer> rankModifiers, List<String> projections,
                          List<String> sums, List<String> risenTo, List<String> breakdowns,
                          List<String> earlier, List<String> turns, List<String> ages, List<String> ageUnits,
                          List<String> ago, List<String> updates) {

    /** The kinds of numeric disagreement, as named in {@code severity}. */
    public enum Kind { HARD, SOFT, BOUNDS }

    public NumericRule {
        RuleIds.check("id", id);
        RuleIds.check("evolvingId", evolvingId);
        if (!(approxTolerance >= 0 && approxTolerance < 1)) {
            throw new IllegalArgumentException("approxTolerance: expected a fraction from 0 up to 1, e.g. 0.1");
        }
        if (!(boundsTolerance >= 0 && boundsTolerance < 1)) {
            throw new IllegalArgumentException("boundsTolerance: expected a fraction from 0 up to 1, e.g. 0.02");
        }
        if (evolvingMinDays < 1) {
            throw new IllegalArgumentException("evolvingMinDays: expected a whole number of days, at least 1");
        }
        stances = stances == null || stances.isEmpty() ? List.of(Stance.ASSERT, Stance.CONFIRM) : List.copyOf(stances);
        unitGroups = unitGroups == null ? List.of() : unitGroups.stream().map(g -> List.copyOf(lower(g))).toList();
        ignoreUnits = ignoreUnits == null ? List.of() : List.copyOf(lower(ignoreUnits));
        genericUnits = genericUnits == null ? List.of() : List.copyOf(lower(genericUnits));
        fallingCounts = fallingCounts == null ? List.of() : List.copyOf(lower(fallingCounts));
        fixedCounts = fixedCounts == null ? List.of() : List.copyOf(lower(fixedCounts));
        corrections = corrections == null ? List.of() : List.copyOf(lower(corrections));
        asOf = asOf == null ? List.of() : List.copyOf(lower(asOf));
        movedFrom = movedFrom == null ? List.of() : List.copyOf(lower(movedFrom));
        clockWords = clockWords == null ? List.of() : List.copyOf(lower(clockWords));
        Map<String, Integer> hours = new HashMap<>();
        if (timesOfDay != null) {
            timesOfDay.forEach((w, h) -> {
                if (w == null || w.isBlank() || h == null || h < 0 || h > 23) {
                    throw new IllegalArgumentException("timesOfDay: expected a word and an hour from 0 to 23, got \""
                            + w + "\": " + h);
                }
                hours.put(w.strip().toLowerCase(Locale.ROOT), h);
            });
        }
        timesOfDay = Map.copyOf(hours);
        ranks = ranksOf("ranks", ranks);
        rankModifiers = ranksOf("rankModifiers", rankModifiers);
        rankForms = rankForms == null ? List.of() : List.copyOf(lower(rankForms));
        for (String f : rankForms) {
            if (f.indexOf('#') < 0 || f.indexOf('#') != f.lastIndexOf('#')) {
                throw new IllegalArgumentException("rankForms: expected one \"#\" for the digits, as in \"ke-#\", got \"" + f + "\"");
            }
        }
        rankTimes = rankTimes == null ? List.of() : List.copyOf(lower(rankTimes));
        projections = projections == null ? List.of() : List.copyOf(lower(projections));
        sums = sums == null ? List.of() : List.copyOf(lower(sums));
        risenTo = risenTo == null ? List.of() : List.copyOf(lower(risenTo));
        breakdowns = breakdowns == null ? List.of() : List.copyOf(lower(breakdowns));
        earlier = earlier == null ? List.of() : List.copyOf(lower(earlier));
        turns = turns == null ? List.of() : List.copyOf(lower(turns));
        ages = ages == null ? List.of() : List.copyOf(lower(ages));
        ageUnits = ageUnits == null ? List.of() : List.copyOf(lower(ageUnits));
        ago = ago == null ? List.of() : List.copyOf(lower(ago));
        updates = updates == null ? List.of() : List.copyOf(lower(updates));
        Objects.requireNonNull(severity, "severity: expected {\"hard\": …, \"soft\": …, \"bounds\": …}");
        for (Kind k : Kind.values()) {
            if (severity.get(key(k)) == null) {
                throw new IllegalArgumentException("severity." + key(k) + ": expected one of " + Severity.ids());
            }
        }
        for (String k : severity.keySet()) {
            if (List.of("hard", "soft", "bounds").indexOf(k) < 0) {
                throw new IllegalArgumentException("severity: expected one of hard, soft, bounds, got \"" + k + "\"");
            }
        }
        severity = Map.copyOf(severity);
        Map<String, String> seen = new HashMap<>();
        for (List<String> g : unitGroups) {
            for (String u : g) {
                if (seen.put(u, g.get(0)) != null) {
                    throw new IllegalArgumentException("unitGroups: \"" + u + "\" is in two groups; expected each unit once");
                }
            }
        }
    }

    /**
     * True for a counted thing that is one fact of an event and does not move ("passengers" on board):
     * any other count (a toll: the dead, the missing, the rescued) moves as reports come in, so a figure of
     * it whose day is unknown is set against no other.
     */
    public boolean fixedCount(String counted) {
        return counted != null && fixedCounts.contains(counted.toLowerCase(java.util.Locale.ROOT));
    }

    /** True for a counted thing that may fall as time passes (the missing are found): a lower figure later is news, not a conflict. */
    public boolean mayFall(String counted) {
        return counted != null && fallingCounts.contains(counted.toLowerCase(java.util.Locale.ROOT));
    }

    public Severity severityOf(Kind kind) {
        return severity.get(key(kind));
    }

    /** True for a unit that only says people are counted ("orang"). */
    public boolean isGeneric(String unit) {
        return unit != null && genericUnits.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    /** The key figures are compared under: the unit group's first unit, the unit itself, or null when ignored. */
    public String unitKey(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (ignoreUnits.contains(u)) {
            return null;
        }
        for (List<String> g : unitGroups) {
            if (g.contains(u)) {
                return g.get(0);
            }
        }
        return u;
    }

    private static String key(Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    /** Words with the rank each stands for, lower case; {@code field} names them in an error. */
    private static Map<String, Integer> ranksOf(String field, Map<String, Integer> in) {
        Map<String, Integer> out = new HashMap<>();
        if (in != null) {
            in.forEach((w, r) -> {
                if (w == null || w.isBlank() || r == null || r < 1) {
                    throw new IllegalArgumentException(field + ": expected a word and a rank from 1, got \"" + w + "\": " + r);
                }
                out.put(w.strip().toLowerCase(Locale.ROOT), r);
            });
        }
        return Map.copyOf(out);
    }

    private static List<String> lower(List<String> l) {
        if (l == null || l.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("expected a list of non-empty unit words");
        }
        return l.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
