package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The breadth guard of the propositions pass: a proposition whose members share only what the whole
 * folder is about is the story's subject, not one claim ("pagar laut", "banjir", "the bus"), and a
 * contradiction found inside it would set unrelated claims against each other. Such a proposition is
 * split into its real claims: its members are placed again on their other words, joining the
 * propositions those words lead to, and a member left with nothing else proposes nothing. A rebuttal
 * by pronoun or paraphrase ("hal tersebut tidak logis, mengingat biayanya …") is placed again on the
 * words of the claim it answers, all of them: that claim is what it says, and its own words are its
 * reasons, which would otherwise lead it away from the claim (a background word there, "dibangun oleh
 * warga" in a folder about who built something, is part of the claim answered). Only when the claim
 * answered holds nothing but the background does the rebuttal go by its own words, like any member.
 *
 * <p>A word is the folder's <em>background</em> when claims in at least half of the folder's articles
 * hold it. A proposition is <em>broad</em> when its key words (held by half its members) are few
 * enough to name a subject ({@link #SUBJECT_WORDS}), every one of them is background, and none is
 * disputed: members negating a background word
 * ("Pertamax bukan oplosan" in a folder about the rumour that it is) make that word the very claim
 * argued over, and the proposition stays. A rules topic's hint that the claims of half the folder's articles
 * carry is background too ({@link #backgroundHints}). A folder too small to have a background (fewer statements
 * than the pass needs, see {@code Propositions}) argues over its shared words, so nothing is split.
 */
final class BroadPropositions {
    /** Share of the folder's articles whose claims must hold a word for it to be the folder's background. */
    static final double BACKGROUND_ARTICLES = 0.5;
    /** Share of a key word's holders that must negate it for the word itself to be disputed. */
    static final double DISPUTED = 0.2;
    /** Members that must negate a key word for it to be disputed, whatever the share. */
    private static final int DISPUTED_MIN = 2;
    /**
     * Most key words a subject has: a story's subject is named by a short noun phrase ("pagar laut",
     * "banjir lahar dingin"); members sharing more words share a predicate too, a claim repeated in
     * most articles ("jembatan ditutup karena kabel baja putus").
     */
    static final int SUBJECT_WORDS = 3;

    private BroadPropositions() {
    }

    /**
     * Splits the broad propositions in place: removes them from {@code groups} and {@code index}
     * and places their members again, without the background words (a rebuttal on the claim it answers).
     *
     * @param answered    per statement, the keys of the claim it answers by pronoun or paraphrase (empty for most)
     * @param background  the folder's background ({@link #background(List, List, List, int)}); empty for a folder too small
     *                      to have one, which splits nothing
     * @return true when a proposition was split
     */
    static boolean split(List<Statement> all, List<List<ClaimWords.Word>> words, List<Set<String>> answered,
                         List<Map<String, Double>> vectors, Set<String> background, List<PropositionGroup> groups,
                         Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        if (background.isEmpty()) {
            return false;
        }
        List<PropositionGroup> broad = new ArrayList<>();
        for (PropositionGroup g : groups) {
            if (isBroad(g, words, background)) {
                broad.add(g);
            }
        }
        if (broad.isEmpty()) {
            return false;
        }
        Set<PropositionGroup> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(broad);
        groups.removeIf(gone::contains);
        for (PropositionGroup g : broad) {
            for (String key : g.centroid.keySet()) {
                List<PropositionGroup> holding = index.get(key);
                if (holding != null) {
                    holding.removeIf(gone::contains);
                }
            }
        }
        for (PropositionGroup g : broad) {
            for (int m : g.members) {
                groupOf[m] = null;
                Map<String, Double> rest = new LinkedHashMap<>(vectors.get(m));
                rest.keySet().retainAll(answered.get(m));
                if (background.containsAll(rest.keySet())) {
                    rest = new LinkedHashMap<>(vectors.get(m));
                    rest.keySet().removeAll(background);
                }
                if (!rest.isEmpty()) {
                    Propositions.place(m, rest, words.get(m), groups, index, groupOf);
                }
            }
        }
        return true;
    }

    /**
     * The folder's background: its background {@code words} ({@link #background(List, List, int)}) and the rules topics'
     * hints the claims of at least half its articles hold.
     */
    static Set<String> withHints(Set<String> words, List<Statement> all, List<Map<String, Double>> vectors, int articles) {
        if (articles == 0) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(words);
        out.addAll(backgroundHints(all, vectors, articles));
        return out;
    }

    /** Words the claims of at least half the folder's articles hold. */
    static Set<String> background(List<Statement> all, List<List<ClaimWords.Word>> words, int articles) {
        return heldWidely(all, i -> words.get(i).stream().map(ClaimWords.Word::key), articles);
    }

    /**
     * The rules' lexicon topics the claims of at least half the folder's articles carry: what the story is set
     * in, as a word held that widely is ("amunisi" in a folder about a blast while ammunition was destroyed, whose
     * claims argue over who was there and what went off). Their hint keys are background like such words, so a
     * proposition held together by one and by background words alone is split; a topic the members themselves
     * dispute keeps its proposition through the lexicon words they negate.
     */
    static Set<String> backgroundHints(List<Statement> all, List<Map<String, Double>> vectors, int articles) {
        return heldWidely(all, i -> vectors.get(i).keySet().stream().filter(Propositions::isHintKey), articles);
    }

    /** The keys ({@code keysOf} each statement) the claims of at least {@link #BACKGROUND_ARTICLES} of the articles hold. */
    private static Set<String> heldWidely(List<Statement> all, java.util.function.IntFunction<java.util.stream.Stream<String>> keysOf,
                                          int articles) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String file = all.get(i).fileName();
            keysOf.apply(i).forEach(k -> holders.computeIfAbsent(k, x -> new HashSet<>()).add(file));
        }
        Set<String> out = new HashSet<>();
        holders.forEach((k, files) -> {
            if (files.size() >= BACKGROUND_ARTICLES * articles) {
                out.add(k);
            }
        });
        return out;
    }

    /** Every key word background, none disputed; a proposition seeded by a rules topic is never broad. */
    static boolean isBroad(PropositionGroup g, List<List<ClaimWords.Word>> words, Set<String> background) {
        if (g.hint != null || g.members.size() < 2) {
            return false;
        }
        List<String> keys = g.centroid.keySet().stream().filter(g::isKeyWord).toList();
        if (keys.isEmpty() || keys.size() > SUBJECT_WORDS || !background.containsAll(keys)) {
            return false;
        }
        Map<String, Integer> negated = new HashMap<>();
        for (int m : g.members) {
            words.get(m).stream().filter(w -> w.negated() && keys.contains(w.key())).map(ClaimWords.Word::key).distinct()
                    .forEach(k -> negated.merge(k, 1, Integer::sum));
        }
        for (String k : keys) {
            int count = negated.getOrDefault(k, 0);
            if (count >= DISPUTED_MIN && count >= DISPUTED * g.holders.get(k)) {
                return false;
            }
        }
        return true;
    }
}
