package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Two propositions that take opposite sides on one thing both write, joined: "the mining has not caused environmental
 * damage" and "the reefs are beginning to be damaged" were clustered apart on everything else they say, so no detector
 * ever set the denial against the assertion.
 *
 * <p>Run after the folder's propositions are made and the claims no proposition took are placed, changing no centroid,
 * as {@link DeniedObjects} places a denial: only which proposition a statement is read under changes, so nothing else
 * regroups. A key is a proposition's own when every member writes it, in lower case (a name says who or where), held
 * at a word's full weight (not the folder's background) and by no figure's count. On such a key, the propositions of two
 * members or more where every member denies it past its negation's head ({@link #deniedPastHead}: "tidak menyebabkan
 * kerusakan", never "tidak ditemukan kasus baru" against "ditemukan belatung") and those where every member asserts it
 * outside any negation are joined, when there are one of each at least and at most {@link #MAX_SIDES} in all: a key
 * many propositions write is the story's, not one thing argued over. The members take the largest one's reading.
 */
final class OpposedPropositions {
    /** A developer's trace of each key two opposed propositions write, and of each join, on standard error. */
    private static final boolean TRACE = Boolean.getBoolean("tilik.opposedTrace");
    /** The most propositions one key may join: a word many propositions write on either side is the story's. */
    static final int MAX_SIDES = 4;

    private OpposedPropositions() {
    }

    /** What one proposition's members do with one key they all write: how many deny it, how many assert it. */
    private record Side(PropositionGroup group, List<Integer> members, int deny, int assert_) {
        boolean denies() {
            return deny == members.size();
        }

        boolean asserts() {
            return assert_ == members.size();
        }
    }

    /** Joins opposed propositions: {@code groupOf} is changed in place. */
    static void join(List<Statement> all, List<List<ClaimWords.Word>> words, List<Map<String, Double>> vectors,
                     PropositionGroup[] groupOf, IntFunction<java.util.Set<String>> deniedPastHead, IntFunction<String> claimText) {
        Map<PropositionGroup, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] != null && groupOf[i].hint == null) {
                members.computeIfAbsent(groupOf[i], g -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Side>> byKey = new LinkedHashMap<>();
        for (Map.Entry<PropositionGroup, List<Integer>> e : members.entrySet()) {
            List<Integer> ms = e.getValue();
            Map<String, int[]> counts = new HashMap<>();
            for (int m : ms) {
                Map<String, Integer> denied = new HashMap<>();
                Stance stance = all.get(m).stance();
                java.util.Set<String> past = stance == Stance.DENY || stance == Stance.ASSERT ? deniedPastHead.apply(m) : java.util.Set.of();
                for (ClaimWords.Word w : words.get(m)) {
                    Double weight = vectors.get(m).get(w.key());
                    if (weight == null || weight < 1.0 || w.key().startsWith(Propositions.COUNTED_KEY)
                            || Character.isUpperCase(w.surface().charAt(0))) {
                        continue;
                    }
                    boolean claims = stance == Stance.ASSERT && !w.reached() && !w.pending() && !past.contains(w.key());
                    denied.merge(w.key(), past.contains(w.key()) ? 1 : claims ? 2 : 0, (x, y) -> x.equals(y) ? x : 0);
                }
                denied.forEach((k, d) -> {
                    int[] c = counts.computeIfAbsent(k, x -> new int[3]);
                    c[0]++;
                    if (d == 1) {
                        c[1]++;
                    } else if (d == 2) {
                        c[2]++;
                    }
                });
            }
            counts.forEach((k, c) -> {
                if (c[0] == ms.size()) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Side(e.getKey(), ms, c[1], c[2]));
                }
            });
        }
        Map<PropositionGroup, PropositionGroup> into = new IdentityHashMap<>();
        for (String key : new java.util.TreeSet<>(byKey.keySet())) {
            List<Side> sides = byKey.get(key).stream().filter(x -> x.group().members.size() >= 2).toList();
            List<Side> deny = sides.stream().filter(Side::denies).toList();
            List<Side> claim = sides.stream().filter(Side::asserts).toList();
            if (deny.isEmpty() || claim.isEmpty()) {
                continue;
            }
            if (TRACE) {
                trace(key, sides, claimText);
            }
            if (deny.size() + claim.size() > MAX_SIDES) {
                continue;
            }
            List<PropositionGroup> joined = new ArrayList<>();
            deny.forEach(x -> joined.add(root(into, x.group())));
            claim.forEach(x -> joined.add(root(into, x.group())));
            PropositionGroup keep = joined.get(0);
            for (PropositionGroup g : joined) {
                if (g.members.size() > keep.members.size()) {
                    keep = g;
                }
            }
            for (PropositionGroup g : joined) {
                if (g != keep) {
                    into.put(g, keep);
                    if (TRACE) {
                        System.err.println("opposed: JOIN on " + key + ": " + g.label() + " -> " + keep.label());
                    }
                }
            }
        }
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] != null) {
                groupOf[i] = root(into, groupOf[i]);
            }
        }
    }

    /**
     * The keys of the content words a claim's first negation in its own clause reaches past its head (the first content
     * word after it: what is negated, "caused", "signs", "lihat"), up to the clause's end at a comma or semicolon, in
     * lower case and none of the rules' {@code labelStops}: what the claim says is not so ("has not caused significant
     * environmental damage", "belum pernah lihat SK pencabutannya"). A negation's head is left out: "tidak ditemukan
     * kasus baru" and "ditemukan belatung" find different things.
     */
    static java.util.Set<String> deniedPastHead(List<Token> tokens, ContentWords content, Lexicon lex) {
        NegationScope scope = new NegationScope(lex);
        for (int i = 0; i < tokens.size(); i++) {
            var neg = lex.negations.at(tokens, i, tokens.size());
            if (neg.isEmpty()) {
                continue;
            }
            if (!(lex.denies(tokens, neg.get()) || lex.notYet(tokens, neg.get()))
                    || !scope.inOwnClause(tokens, 0, tokens.size(), neg.get().from())) {
                return java.util.Set.of();
            }
            java.util.Set<String> out = new java.util.TreeSet<>();
            boolean head = true;
            for (int j = neg.get().to(); j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.is(",") || t.is(";")) {
                    break;
                }
                if (!content.isContent(t)) {
                    continue;
                }
                if (head) {
                    head = false;
                } else if (!Character.isUpperCase(t.text().charAt(0)) && !lex.labelStops.contains(t.lower())) {
                    out.add(content.key(t));
                }
            }
            return out;
        }
        return java.util.Set.of();
    }

    private static PropositionGroup root(Map<PropositionGroup, PropositionGroup> into, PropositionGroup g) {
        PropositionGroup r = g;
        while (into.containsKey(r)) {
            r = into.get(r);
        }
        return r;
    }

    private static void trace(String key, List<Side> sides, IntFunction<String> claimText) {
        StringBuilder b = new StringBuilder("opposed: key " + key + "\n");
        for (Side s : sides) {
            b.append("  [").append(s.group().label()).append("] n=").append(s.members().size())
                    .append(" (clustered ").append(s.group().members.size()).append(") deny=").append(s.deny())
                    .append(" assert=").append(s.assert_()).append('\n');
            for (int m : s.members().subList(0, Math.min(3, s.members().size()))) {
                String t = claimText.apply(m).replace('\n', ' ');
                b.append("     · ").append(t, 0, Math.min(110, t.length())).append('\n');
            }
        }
        System.err.print(b);
    }
}
