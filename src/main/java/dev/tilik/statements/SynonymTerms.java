package dev.tilik.statements;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A claim no proposition took that says what the members of one proposition say, in another word of the same meaning:
 * "tindakan itu dianggap berlebihan" where two members write "tindakan eksesif" (rules {@code synonyms}: words of one
 * meaning whatever the story).
 *
 * <p>A synonym made one key of the clustering ({@code glossary}) lends the claims writing it a new shared word, and on a
 * large story those claims became a proposition of their own, split off the one they argue over. Here the synonyms
 * change no proposition (no centroid, no label, no member), as {@link WrittenTerms} and {@link DeniedObjects} place
 * claims: they run after the folder's propositions are made, and a claim placed here never bridges two. A meaning is a
 * proposition's when at least {@link #WRITERS} of its members write one of its words, and no other proposition's members
 * do as often: a meaning two propositions hold is neither's ("meninggal" in a story of many deaths). A claim in no
 * proposition (none, or one of its own) writing a meaning takes that proposition; a claim writing the meanings of two
 * propositions takes neither. Meanings are looked up by the claim's own words, so the pass grows with the folder.
 */
final class SynonymTerms {
    /** Members of a proposition that must write one of a meaning's words for the meaning to be the proposition's. */
    static final int WRITERS = 2;

    private SynonymTerms() {
    }

    /** The rules' lists of words of one meaning as word (or two words, one space between) → the list's first word. */
    static Map<String, String> meanings(List<List<String>> synonyms) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> list : synonyms) {
            if (list.isEmpty()) {
                continue;
            }
            String meaning = normal(list.get(0));
            list.forEach(w -> out.putIfAbsent(normal(w), meaning));
        }
        return Map.copyOf(out);
    }

    private static String normal(String w) {
        return String.join(" ", w.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** The meanings {@code tokens} write: a word, or two words side by side, listed in {@code meanings}. */
    static Set<String> written(List<Token> tokens, Map<String, String> meanings) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            if (!a.isWord()) {
                continue;
            }
            String one = meanings.get(a.lower());
            if (one != null) {
                out.add(one);
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
                String two = meanings.get(a.lower() + " " + tokens.get(i + 1).lower());
                if (two != null) {
                    out.add(two);
                }
            }
        }
        return out;
    }

    /**
     * Places the claims no proposition took that write a proposition's meaning: {@code groupOf} is changed in place.
     *
     * @param meanings statement index → the meanings its claim writes ({@link ClaimWords.Language#synonyms})
     */
    static void place(int n, PropositionGroup[] groupOf, IntFunction<Set<String>> meanings) {
        Map<String, Map<PropositionGroup, Integer>> writers = new HashMap<>();
        Map<Integer, Set<String>> lone = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> m = meanings.apply(i);
            if (m.isEmpty()) {
                continue;
            }
            PropositionGroup g = groupOf[i];
            if (g == null || g.members.size() < 2) {
                lone.put(i, m);
                continue;
            }
            m.forEach(meaning -> writers.computeIfAbsent(meaning, k -> new IdentityHashMap<>()).merge(g, 1, Integer::sum));
        }
        if (lone.isEmpty()) {
            return;
        }
        Map<String, PropositionGroup> byMeaning = new HashMap<>();
        writers.forEach((meaning, byGroup) -> {
            // the meaning's one proposition: the only one with WRITERS members writing it (none when two have)
            List<PropositionGroup> holders = byGroup.entrySet().stream()
                    .filter(e -> e.getValue() >= WRITERS).map(Map.Entry::getKey).toList();
            if (holders.size() == 1) {
                byMeaning.put(meaning, holders.get(0));
            }
        });
        lone.keySet().stream().sorted().forEach(i -> {
            Set<PropositionGroup> into = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (String meaning : lone.get(i)) {
                PropositionGroup g = byMeaning.get(meaning);
                if (g != null) {
                    into.add(g);
                }
            }
            if (into.size() == 1) {
                groupOf[i] = into.iterator().next();
            }
        });
    }
}
