package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.rules.NumericRule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Numeric and evolving findings: titles and read-aloud explanations. */
final class NumericText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** How many figures a title names before "and N more". */
    private static final int TITLE_FIGURES = 3;

    private final Names names;

    NumericText(Names names) {
        this.names = names;
    }

    /**
     * One finding for a cluster of conflicting figures; its id is the quantity, the day (for a moving
     * count) and the cluster's lowest and highest figure.
     *
     * @param day the day all its figures were given, for a count that moves over days; else null
     */
    Finding numeric(NumericRule rule, String topic, String label, String unit, FigureCluster cluster, LocalDate day) {
        List<FigureGroup> groups = cluster.groups();
        String title = "Figures for " + unit + " disagree" + (day == null ? "" : " on " + DAY.format(day))
                + named(label, unit) + ": " + groups.stream().limit(TITLE_FIGURES)
                .map(g -> "\u201C" + g.ordered().get(0).range().mention().text() + "\u201D")
                .collect(Collectors.joining(" vs "))
                + (groups.size() > TITLE_FIGURES ? " and " + (groups.size() - TITLE_FIGURES) + " more" : "");
        StringBuilder sb = new StringBuilder(opening(label, unit, "figures")).append(unit)
                .append(day == null ? " do not agree. " : " given for " + DAY.format(day) + " do not agree (the count "
                        + "was reported on several days; only that day's reports are set against each other). ");
        sb.append(Names.capitalise(groups.stream().map(g -> side(g.ordered())).collect(Collectors.joining("; "))))
                .append(". ");
        if (!cluster.sidesOppose()) {
            sb.append("These ").append(groups.size()).append(" figures cannot be split into two camps that agree "
                    + "within themselves: ").append(consensus(cluster))
                    .append(", the figure the most articles give, is listed first and set against each of the others. ");
        }
        for (NumericRule.Kind kind : cluster.kinds()) {
            sb.append(switch (kind) {
                case SOFT -> "Where ranges do not overlap but a figure is approximate, it is a soft discrepancy, not a "
                        + "hard contradiction: check which estimate is more recent or better sourced before citing either. ";
                case HARD -> "Where precise figures differ, they cannot both be right: one is wrong, out of date, or "
                        + "counts something else. ";
                case BOUNDS -> "Where one gives the figure as a ceiling and the other as a floor, they agree only if the "
                        + "figure is exactly at the bound, and they claim different things (one that there may be "
                        + "fewer, the other that there may be more). ";
            });
        }
        Severity severity = cluster.kinds().stream().map(rule::severityOf).min(Comparator.naturalOrder()).orElseThrow();
        List<String> ends = new ArrayList<>(List.of(groups.get(0).range().identity(),
                groups.get(groups.size() - 1).range().identity()));
        ends.sort(null);
        List<String> identity = day == null ? List.of(topic, unit, ends.get(0), ends.get(1))
                : List.of(topic, unit, day.toString(), ends.get(0), ends.get(1));
        return Sides.clustered(identity, FindingType.NUMERIC, severity,
                rule.id(), topic, title, sb.toString().strip(), side(cluster, 0), side(cluster, 1));
    }

    /**
     * The figure on side 0 of a cluster whose sides do not oppose, as written ("“17”"): the one most articles
     * give ({@code FigureCluster}'s consensus), which the finding lists first. The explanation once said "the
     * lower ones are listed first, the higher ones second", true of the halves the sides were before the
     * consensus chose them and false since: the panel showed "17" first and "2" after it.
     */
    private static String consensus(FigureCluster cluster) {
        FigureGroup g = cluster.groups().stream().filter(x -> cluster.side().get(x) == 0).findFirst()
                .orElse(cluster.groups().get(0));
        return "\u201C" + g.ordered().get(0).range().mention().text() + "\u201D";
    }

    /**
     * The topic after a quantity in a title, " (label)", or nothing when it only says the quantity again:
     * "Figures for the amount in Rp of honor disagree (amount in Rp of honor)" read the same words twice.
     */
    static String named(String label, String unit) {
        String u = unit.startsWith("the ") ? unit.substring(4) : unit;
        return u.endsWith(label) || label.endsWith(u) ? "" : " (" + label + ")";
    }

    /**
     * How an explanation opens, up to the quantity: "On troops, the figures for " or, when the topic only
     * repeats the quantity ({@link #named}), "The figures for " ("On amount in Rp of honor, the figures
     * for the amount in Rp of honor" said it twice).
     */
    static String opening(String label, String unit, String figures) {
        return named(label, unit).isEmpty() ? "The " + figures + " for " : "On " + label + ", the " + figures + " for ";
    }

    /** The figures in the order they first appeared; figures in {@code later} (the higher of some pair) go on side 1. */
    Finding evolving(NumericRule rule, String topic, String label, String unit, List<FigureGroup> chain,
                     Set<FigureGroup> later) {
        StringBuilder steps = new StringBuilder();
        for (FigureGroup g : chain) {
            Figure first = g.ordered().stream().filter(f -> g.first().equals(f.date())).findFirst().orElseThrow();
            steps.append(steps.length() > 0 ? ", then " : "").append('\u201C').append(first.range().mention().text())
                    .append("\u201D").append(read(first.range())).append(" from ").append(DAY.format(g.first()))
                    .append(" (").append(first.voice().statement().speaker()).append(", ").append(first.voice().fileName())
                    .append(g.figures().size() > 1 ? "; " + Names.statements(g.figures().size()) + " in all" : "")
                    .append(")");
        }
        String title = "Evolving figure for " + unit + named(label, unit) + ": \u201C"
                + chain.get(0).ordered().get(0).range().mention().text() + "\u201D \u2192 \u201C"
                + chain.get(chain.size() - 1).ordered().get(0).range().mention().text() + "\u201D";
        String explanation = opening(label, unit, "figure") + unit + " changes over dated statements: " + steps
                + ". A figure that rises or falls between dates is a count moving on (or corrected), not a "
                + "contradiction (a later report repeating an older figure is out of date); report the latest figure "
                + "with its date and source.";
        List<Voice> side0 = voices(chain.stream().filter(g -> !later.contains(g)).toList());
        Set<Voice> first = new HashSet<>(side0);
        List<Voice> side1 = voices(chain.stream().filter(later::contains).toList()).stream()
                .filter(v -> !first.contains(v)).toList();
        return Sides.clustered(List.of(topic, unit), FindingType.EVOLVING, Severity.INFO, rule.evolvingId(), topic,
                title, explanation, side0, side1);
    }

    /**
     * Who gives one figure: its speaker and party when one speaker gives it ("Rina (BPBD) gives “37” in
     * a.txt"), else the figure and every speaker giving it, none named as if it were theirs alone.
     */
    private String side(List<Figure> figures) {
        Figure f = figures.get(0);
        List<Voice> v = figures.stream().map(Figure::voice).distinct().toList();
        String figure = "\u201C" + f.range().mention().text() + "\u201D" + read(f.range());
        String speaker = f.voice().statement().speaker();
        boolean oneSpeaker = v.stream().map(x -> x.statement().speaker()).distinct().count() == 1;
        if (!oneSpeaker) {
            return figure + " is given in " + names.files(v) + " (" + Names.statements(figures.size()) + ", from "
                    + names.speakers(v) + ")";
        }
        String more = figures.size() > 1 ? " (" + Names.statements(figures.size()) + ")" : "";
        String party = names.parties(List.of(f.voice()));
        return speaker + (party.equalsIgnoreCase(speaker) ? "" : " (" + party + ")") + " gives " + figure + " in "
                + names.files(v) + more;
    }

    private static List<Voice> side(FigureCluster cluster, int side) {
        List<Voice> out = voices(cluster.groups().stream().filter(g -> cluster.side().get(g) == side).toList());
        if (side == 0) {
            return out;
        }
        Set<Voice> first = new HashSet<>(side(cluster, 0));
        return out.stream().filter(v -> !first.contains(v)).toList();
    }

    private static List<Voice> voices(List<FigureGroup> groups) {
        return groups.stream().flatMap(g -> g.ordered().stream()).map(Figure::voice).distinct().toList();
    }

    /** How a figure is read, in brackets after it as written; nothing for a measure, read as written. */
    private static String read(FigureRange r) {
        String counted = r.mention().counted();
        if (counted != null && NumericDetector.measure(counted)) {
            return "";
        }
        String described = r.describe();
        return described.equals(r.mention().text()) ? "" : " (" + described + ")"; // "37" is not read again as (37)
    }
}
