package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures for one quantity that disagree among themselves: a connected group of conflicting
 * figures (each conflicts with at least one other in it), reported as one finding instead of one
 * per pair. Sides: conflicting figures go on opposite sides when the conflicts allow it (two
 * figures, or a low and a high camp); when they do not (three figures each against the other two),
 * the figure most articles report at that moment goes on side 0 and every other on side 1 (the figure
 * the coverage settled on against the ones that depart from it; ties go to the figure most articles
 * report on any day, then to the lower figure; the same figure given at another moment goes with it), and the
 * explanation lists every figure.
 *
 * @param groups    the figures, lowest first
 * @param conflicts the disagreeing pairs
 * @param side      which side each figure is on
 */
record FigureCluster(List<FigureGroup> groups, List<Conflict> conflicts, Map<FigureGroup, Integer> side) {

    /** Two figures that disagree, and how. */
    record Conflict(FigureGroup a, FigureGroup b, NumericRule.Kind kind) {
    }

    FigureCluster {
        groups = List.copyOf(groups);
        conflicts = List.copyOf(conflicts);
        side = Map.copyOf(side);
    }

    /** The kinds of disagreement present, hard first. */
    Set<NumericRule.Kind> kinds() {
        Set<NumericRule.Kind> out = EnumSet.noneOf(NumericRule.Kind.class);
        conflicts.forEach(c -> out.add(c.kind()));
        return out;
    }

    /** True when every conflict sets its two figures on opposite sides. */
    boolean sidesOppose() {
        return conflicts.stream().allMatch(c -> !side.get(c.a()).equals(side.get(c.b())));
    }

    /** The connected groups of conflicting figures, each with its sides. Groups in no conflict are left out. */
    static List<FigureCluster> of(List<FigureGroup> groups, List<Conflict> conflicts) {
        Map<FigureGroup, List<Conflict>> edges = new IdentityHashMap<>();
        for (Conflict c : conflicts) {
            edges.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c);
            edges.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c);
        }
        List<FigureGroup> sorted = new ArrayList<>(groups);
        sorted.sort(FigureGroup::byValue);
        Map<FigureGroup, Integer> seen = new IdentityHashMap<>();
        List<FigureCluster> out = new ArrayList<>();
        for (FigureGroup start : sorted) {
            if (seen.containsKey(start) || !edges.containsKey(start)) {
                continue;
            }
            List<FigureGroup> members = new ArrayList<>();
            List<Conflict> inside = new ArrayList<>();
            Map<FigureGroup, Integer> colour = new HashMap<>();
            boolean twoSided = true;
            Deque<FigureGroup> queue = new ArrayDeque<>(List.of(start));
            colour.put(start, 0);
            seen.put(start, 0);
            while (!queue.isEmpty()) {
                FigureGroup g = queue.poll();
                members.add(g);
                for (Conflict c : edges.get(g)) {
                    FigureGroup o = c.a() == g ? c.b() : c.a();
                    if (c.a() == g) {
                        inside.add(c);
                    }
                    if (!colour.containsKey(o)) {
                        colour.put(o, 1 - colour.get(g));
                        seen.put(o, 0);
                        queue.add(o);
                    } else if (colour.get(o).equals(colour.get(g))) {
                        twoSided = false;
                    }
                }
            }
            members.sort(FigureGroup::byValue);
            out.add(new FigureCluster(members, inside, twoSided ? colour : byConsensus(members)));
        }
        return out;
    }

    /**
     * The figure most articles report at the cluster's moment on side 0 (ties: the figure most
     * articles report on any day, then the lower), every other figure on side 1. The same figure given on
     * another day ({@link FigureGroup#whole}: "17 orang tewas" dated Friday night in two outlets, undated in
     * one of them) is that figure too and goes on side 0: set against itself, one outlet's count (or its copy
     * on another page) would contradict what it says.
     */
    private static Map<FigureGroup, Integer> byConsensus(List<FigureGroup> members) {
        FigureGroup consensus = members.get(0);
        long best = -1;
        long bestAnyDay = -1;
        for (FigureGroup g : members) {
            long articles = g.articles();
            long anyDay = g.articlesAnyDay();
            if (articles > best || articles == best && anyDay > bestAnyDay) {
                best = articles;
                bestAnyDay = anyDay;
                consensus = g;
            }
        }
        Map<FigureGroup, Integer> out = new HashMap<>();
        for (FigureGroup g : members) {
            out.put(g, g.whole() == consensus.whole() ? 0 : 1);
        }
        return out;
    }
}
