package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import dev.tilik.model.Qualifier;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Exact figures of two articles that are almost one figure ("137 ton" and "138 ton", "10.665" and "10.669"):
 * two outlets rarely give large exact counts a few units apart for two different things, so such a pair is
 * one quantity written two ways even when the words around the figures file them under two quantities
 * ({@link NumericDetector}'s counted things, fates and topics). A pair is set against each other only when
 * nothing tells the figures apart: neither counts a named thing the other does not, neither says a fate the
 * other does not, their units agree (or only say people are counted), and they were given on one day (or one
 * side's day is unknown; figures of two days are a count moving on). Pairs the detector already compares
 * under one quantity are left to it. Sorted by value, each figure is compared only with the few that follow
 * it within the tolerance, so the work grows with the number of figures.
 */
final class NearFigures {
    /** Smallest figure compared: below it, neighbouring values are too often two things' counts. */
    static final double SMALLEST = 100;
    /** How far apart, as a share of the larger, two figures may be and still be one figure written two ways. */
    static final double TOLERANCE = 0.01;

    private NearFigures() {
    }

    /**
     * One numeric finding per cluster of near figures.
     *
     * @param figures  every figure of the folder's voices the detector reads
     * @param quantity the quantity the detector files each figure under (null: compared under none)
     */
    static List<Finding> find(NumericRule rule, Story story, List<Figure> figures, Function<Figure, String> quantity,
                              NumericText text) {
        List<Figure> exact = new ArrayList<>();
        for (Figure f : figures) {
            if (candidate(rule, story, f.range().mention())) {
                exact.add(f);
            }
        }
        exact.sort(Comparator.comparingDouble(f -> f.range().mention().value()));
        Map<String, FigureGroup> group = new HashMap<>();
        Set<Figure> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
        List<FigureGroup> groups = new ArrayList<>();
        List<FigureCluster.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            Figure a = exact.get(i);
            double va = a.range().mention().value();
            for (int j = i + 1; j < exact.size(); j++) {
                Figure b = exact.get(j);
                double vb = b.range().mention().value();
                if (vb - va > TOLERANCE * vb) {
                    break;
                }
                if (vb == va || !near(rule, a, b) || compared(quantity.apply(a), quantity.apply(b))) {
                    continue;
                }
                conflicts.add(new FigureCluster.Conflict(groupOf(a, group, grouped, groups), groupOf(b, group, grouped, groups),
                        NumericRule.Kind.HARD));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (FigureCluster c : FigureCluster.of(groups, conflicts)) {
            String unit = c.groups().stream().map(g -> g.range().mention().unit()).filter(Objects::nonNull)
                    .filter(u -> !rule.isGeneric(u)).findFirst().orElse("one count");
            out.add(text.numeric(rule, "near figures", "figures a few units apart", unit, c, null));
        }
        return out;
    }

    /** An exact figure large enough, of no money, no share and no unit the rules ignore. */
    private static boolean candidate(NumericRule rule, Story story, NumberMention m) {
        return m.qualifier() == Qualifier.EXACT && m.value() != null && m.value() >= SMALLEST && !m.inWords()
                && !story.isCurrency(m.unit()) && !percent(m.unit()) && (m.unit() == null || rule.unitKey(m.unit()) != null);
    }

    private static boolean percent(String unit) {
        return unit != null && (unit.contains("%") || unit.equalsIgnoreCase("persen") || unit.equalsIgnoreCase("percent"));
    }

    /** True when nothing tells the two figures apart: two articles, one day, one thing, one fate, one unit. */
    private static boolean near(NumericRule rule, Figure a, Figure b) {
        NumberMention x = a.range().mention();
        NumberMention y = b.range().mention();
        return !a.voice().fileName().equals(b.voice().fileName())
                && (a.date() == null || b.date() == null || a.date().equals(b.date()))
                && !differ(x.counted(), y.counted()) && !differ(x.which(), y.which())
                && (people(rule, x.unit()) && people(rule, y.unit())
                    || x.unit() != null && y.unit() != null && Objects.equals(rule.unitKey(x.unit()), rule.unitKey(y.unit())));
    }

    /** True when the detector compares the two figures under one quantity already. */
    private static boolean compared(String a, String b) {
        return a != null && a.equals(b);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** No unit, or one that only says people are counted. */
    private static boolean people(NumericRule rule, String unit) {
        return unit == null || rule.isGeneric(unit);
    }

    /** The group of every figure written as {@code f} is (one qualifier and range) that is near another. */
    private static FigureGroup groupOf(Figure f, Map<String, FigureGroup> group, Set<Figure> grouped,
                                       List<FigureGroup> groups) {
        FigureGroup g = group.computeIfAbsent(f.range().signature(), k -> {
            FigureGroup made = new FigureGroup();
            groups.add(made);
            return made;
        });
        if (grouped.add(f)) {
            g.add(f);
        }
        return g;
    }
}
