package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A rules topic the claims of half the folder's articles carry is where the story is set, not one claim: in a folder
 * about a blast while expired ammunition was destroyed, "amunisi" is written by the claims of nearly every article
 * (who was there and why, what went off, who pays the families), and a topic kept on that word alone set one denial
 * against twenty unrelated assertions. Such a <em>wide</em> topic names no proposition: one it would name
 * ({@link TopicHints#nameByHints}) is labelled by its own words ({@link #label}), and no claim keeps it alone. The claims
 * it alone would have kept together (in no proposition of two, naming it) are told apart by what else they share: a
 * denial meets the claims sharing a word of what it denies, outside the folder's background; a denial with the claims
 * it meets is a proposition of its own, named by its own words, and a claim no denial meets keeps no topic. Every pair
 * such a proposition holds was a pair under the wide topic, so the
 * split only takes pairs away. A topic the folder is about ({@link TopicHints#subjectHints}: more than half its
 * statements name it) seeds its proposition and is never wide; a folder too small to have a background has none.
 */
final class WideHints {
    private WideHints() {
    }

    /**
     * The lexicon topics whose hint keys the claims of at least half the folder's articles hold
     * ({@link BroadPropositions#backgroundHints}), but none the folder is about ({@code subject}).
     */
    static Set<String> of(List<Statement> all, List<Map<String, Double>> vectors, int articles, boolean hasBackground,
                          Set<String> subject) {
        Set<String> out = new TreeSet<>();
        if (!hasBackground || articles == 0) {
            return out;
        }
        for (String key : BroadPropositions.backgroundHints(all, vectors, articles)) {
            String hint = key.substring(Propositions.HINT_KEY.length());
            if (!subject.contains(hint)) {
                out.add(hint);
            }
        }
        return out;
    }

    /**
     * The label a proposition is shown by: a wide topic names none, so a proposition it names is labelled by its own
     * words ({@link PropositionGroup#ownLabel}); any other by {@link PropositionGroup#label}.
     */
    static String label(PropositionGroup g, Set<String> wide) {
        return g.hint != null && wide.contains(g.hint) ? g.ownLabel() : g.label();
    }

    /**
     * Tells apart, topic by topic, the statements only a wide topic would keep together: in no proposition of two,
     * carrying a wide topic their own claim names ({@code namesTopic}). A denial among them meets only the claims its
     * own words share: those sharing at least {@link RebuttalsBeside#SHARED} of its key words written in lower case
     * that are not the folder's {@code background} (the wide topic's own word is: "amunisi"). A denial and the claims
     * it meets make one proposition in {@code groupOf} (two denials meeting one claim, one proposition), still named
     * by the topic for the passes that leave a lexicon's propositions alone, labelled by its own words ({@link #label});
     * a claim no denial meets is left in none. Candidates come through an index of the words, capped as the
     * clustering's are ({@link Propositions#CANDIDATE_CAP}), never by asking every pair.
     */
    static void split(List<Statement> all, java.util.function.IntPredicate namesTopic, Set<String> wide,
                      List<Map<String, Double>> vectors, List<List<ClaimWords.Word>> words, Set<String> background,
                      PropositionGroup[] groupOf) {
        Map<String, List<Integer>> kept = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            PropositionGroup g = groupOf[i];
            String topic = all.get(i).topic();
            if ((g == null || g.members.size() < 2) && topic != null && wide.contains(topic) && namesTopic.test(i)) {
                kept.computeIfAbsent(topic, t -> new ArrayList<>()).add(i);
                groupOf[i] = null;
            }
        }
        kept.forEach((topic, members) -> {
            Map<Integer, Set<String>> own = new HashMap<>();
            Map<String, List<Integer>> holders = new HashMap<>();
            for (int i : members) {
                Set<String> keys = RebuttalsBeside.keys(words.get(i));
                keys.removeAll(background);
                own.put(i, keys);
                keys.forEach(k -> holders.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
            }
            Map<Integer, Integer> root = new HashMap<>();
            for (int d : members) {
                if (all.get(d).stance() != dev.tilik.model.Stance.DENY) {
                    continue;
                }
                Set<Integer> meets = new java.util.HashSet<>();
                for (String k : denied(words.get(d), own.get(d))) {
                    List<Integer> with = holders.get(k);
                    if (with.size() <= Propositions.CANDIDATE_CAP) {
                        meets.addAll(with);
                    }
                }
                for (int j : meets) {
                    if (j != d) {
                        root.put(find(root, j), find(root, d));
                    }
                }
            }
            Map<Integer, PropositionGroup> made = new HashMap<>();
            for (int i : members) {
                if (root.containsKey(i)) {
                    PropositionGroup g = made.computeIfAbsent(find(root, i), r -> new PropositionGroup(topic));
                    Map<String, Double> rest = new LinkedHashMap<>(vectors.get(i));
                    rest.keySet().removeIf(k -> Propositions.isHintKey(k) || background.contains(k));
                    g.add(i, rest, words.get(i));
                    groupOf[i] = g;
                }
            }
        });
    }

    /**
     * What a denial denies, of its {@code own} words: those its negation reaches in its own clause ("Tidak sampai
     * mengantar amunisi atau alat peledak" denies the carrying, not the explosives), else, for a denial its cue makes
     * ("membantah ayahnya meninggal karena ikut memulung sisa amunisi"), all of them.
     */
    private static Set<String> denied(List<ClaimWords.Word> words, Set<String> own) {
        Set<String> reached = new java.util.HashSet<>();
        for (ClaimWords.Word w : words) {
            if ((w.reached() || w.pending()) && !w.subordinate() && own.contains(w.key())) {
                reached.add(w.key());
            }
        }
        return reached.isEmpty() ? own : reached;
    }

    /** The first member of {@code i}'s set ({@code i} itself when it joined none), the sets linked through {@code root}. */
    private static int find(Map<Integer, Integer> root, int i) {
        int r = i;
        while (root.getOrDefault(r, r) != r) {
            r = root.get(r);
        }
        root.putIfAbsent(i, r);
        return r;
    }
}
