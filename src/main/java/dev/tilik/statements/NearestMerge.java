package dev.tilik.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second look of {@link Propositions}: two propositions as close as a statement must be to join one are merged,
 * the nearest pair first, so each proposition goes with the one it is nearest to.
 */
final class NearestMerge {
    /** A proposition holding more than one in this many of the folder's statements is the story's subject to the first look. */
    static final int BIG_SHARE = 5;
    /**
     * Cosine above {@link Propositions#JOIN} a merge into the story's subject needs in the first look: more than the subject's
     * centroid moves with one statement more or less anywhere in the folder (0.001-0.003 on a 421-statement story).
     */
    static final double BIG_MARGIN = 0.01;

    private NearestMerge() {
    }

    /**
     * A second look: two propositions whose centroids are as close as a statement must be to join
     * one are one proposition met from two sides (claims taken in folder order can open a second
     * group before the first has its shape). Candidates come through the index, as for statements.
     *
     * <p>The closest pair is merged first, then the closest of what is left (the merged proposition's
     * centroid compared again), until no pair is close enough: each proposition goes with the one it
     * is nearest to. Taking the biggest proposition first and merging whatever clears the bar made
     * the grouping hang on the order of sizes: one right claim more, or a statement's claim a word
     * longer, put a proposition of 16 before one of 17 and let it take a third it was far from the
     * nearest to (a shooting story's "the victim was in the brawl" took "the shooting was not linked
     * to breaking up the brawl", and set claims of two questions against each other: docs/ACCURACY.md,
     * branch h11ex11). Ties go to the propositions opened first.
     */
    static void mergeClose(List<PropositionGroup> groups, Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        merge(groups, index, groupOf, Integer.MAX_VALUE);
    }

    /**
     * As {@link #mergeClose(List, Map, PropositionGroup[])}, for the first look of a folder with a background, made
     * before {@link BroadPropositions#split} knows which words are background: a merge into a proposition of more than
     * {@link #BIG_SHARE} of the folder's statements needs {@link #BIG_MARGIN} above {@link Propositions#JOIN}. Such a
     * proposition is the story's subject, the one nearly every statement joins: its centroid moves with each statement
     * anywhere in the folder, so a proposition lying at the bar from it is taken or not by a statement in neither (one new
     * claim moved every later cosine to the subject by 0.001-0.003 and took a 23-member proposition at 0.50023, which the
     * split then scattered in seven pieces: docs/ACCURACY.md, branches h35gr and h36gr).
     */
    static void mergeBeforeSplit(List<PropositionGroup> groups, Map<String, List<PropositionGroup>> index,
                                 PropositionGroup[] groupOf) {
        merge(groups, index, groupOf, groupOf.length / BIG_SHARE);
    }

    /** The second look, where a merge into a proposition of more than {@code big} statements needs {@link #BIG_MARGIN} more. */
    private static void merge(List<PropositionGroup> groups, Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf,
                              int big) {
        Map<PropositionGroup, Integer> born = new java.util.IdentityHashMap<>();
        for (PropositionGroup g : groups) {
            born.put(g, born.size());
        }
        Map<PropositionGroup, Integer> version = new java.util.IdentityHashMap<>();
        java.util.PriorityQueue<Close> queue = new java.util.PriorityQueue<>();
        for (PropositionGroup g : groups) {
            queueClose(g, index, born, version, queue, true, big);
        }
        Set<PropositionGroup> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!queue.isEmpty()) {
            Close c = queue.poll();
            if (gone.contains(c.a()) || gone.contains(c.b()) || version.getOrDefault(c.a(), 0) != c.aVersion()
                    || version.getOrDefault(c.b(), 0) != c.bVersion()) {
                continue; // one of them was merged, or grew, since they were compared
            }
            boolean aInto = c.a().hint != null || c.b().hint == null && c.a().members.size() >= c.b().members.size();
            PropositionGroup into = aInto ? c.a() : c.b();
            PropositionGroup from = aInto ? c.b() : c.a();
            absorb(into, from, index, groupOf);
            gone.add(from);
            version.merge(into, 1, Integer::sum);
            queueClose(into, index, born, version, queue, false, big);
        }
        groups.removeIf(gone::contains);
    }

    /** Two propositions close enough to be one: their cosine, their places in opening order, their versions compared. */
    private record Close(PropositionGroup a, PropositionGroup b, double cosine, int first, int second, int aVersion, int bVersion)
            implements Comparable<Close> {
        @Override
        public int compareTo(Close o) {
            int byCosine = Double.compare(o.cosine, cosine);
            if (byCosine != 0) {
                return byCosine;
            }
            return first != o.first ? Integer.compare(first, o.first) : Integer.compare(second, o.second);
        }
    }

    /**
     * Queues each proposition the index offers {@code g} (through words held by at most {@link Propositions#CANDIDATE_CAP}
     * propositions) that is close enough to it, never two a lexicon topic names; {@code later}: only those opened after it
     * (the first pass, each pair once); a pair one of which has more than {@code big} members needs {@link #BIG_MARGIN} more.
     */
    private static void queueClose(PropositionGroup g, Map<String, List<PropositionGroup>> index, Map<PropositionGroup, Integer> born,
                                   Map<PropositionGroup, Integer> version, java.util.PriorityQueue<Close> queue, boolean later,
                                   int big) {
        Set<PropositionGroup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int bg = born.get(g);
        for (String key : g.centroid.keySet()) {
            List<PropositionGroup> holding = index.getOrDefault(key, List.of());
            if (holding.size() > Propositions.CANDIDATE_CAP) {
                continue;
            }
            for (PropositionGroup other : holding) {
                Integer bo = born.get(other);
                if (other == g || bo == null || !seen.add(other) || other.hint != null && g.hint != null || later && bo < bg) {
                    continue;
                }
                double cos = g.cosine(other.centroid, other.norm2);
                boolean intoBig = Math.max(g.members.size(), other.members.size()) > big;
                if (cos >= Propositions.JOIN + (intoBig ? BIG_MARGIN : 0)) {
                    queue.add(new Close(g, other, cos, Math.min(bg, bo), Math.max(bg, bo), version.getOrDefault(g, 0),
                            version.getOrDefault(other, 0)));
                }
            }
        }
    }

    private static void absorb(PropositionGroup into, PropositionGroup from, Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        for (String key : from.centroid.keySet()) {
            List<PropositionGroup> holding = index.get(key);
            holding.remove(from);
            if (!into.centroid.containsKey(key)) {
                holding.add(into);
            }
        }
        from.centroid.forEach((k, w) -> into.centroid.merge(k, w, Double::sum));
        from.holders.forEach((k, c) -> into.holders.merge(k, c, Integer::sum));
        from.affirmed.forEach((k, c) -> into.affirmed.merge(k, c, Integer::sum));
        from.surfaces.forEach((k, m) -> m.forEach((f, c) -> into.surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(f, c, Integer::sum)));
        into.members.addAll(from.members);
        into.norm2 = 0;
        into.centroid.values().forEach(w -> into.norm2 += w * w);
        for (int m : from.members) {
            groupOf[m] = into;
        }
    }
}
