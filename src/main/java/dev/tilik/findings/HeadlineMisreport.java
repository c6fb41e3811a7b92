package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A misreport whose side is a headline: an outlet's own headline ({@link Voice#outlet}) has a person do
 * something ("Menkominfo Salahkan Tenant …") that the same person, in other outlets' bodies, says in so many
 * words he is not doing ("ini bukan menyalahkan tenant"), in a claim of any stance that negates the act. The person is met in the headline by a word of the
 * speaker phrases the folder gives them (a title, "Menkominfo", or a name); the act by the roots of the words
 * the denial negates, its verb and what it is done to ("menyalahkan tenant"), every one in the headline. The
 * headline must assert and not negate the act itself: a headline that says "not" of it reports the denial.
 */
final class HeadlineMisreport {
    /** Words after a denial's negation that name the act denied: its verb and what it is done to. */
    static final int ACT_WORDS = 2;
    /** Fewest letters a word of the act or of the person's phrase needs to be read (no particle, no initial). */
    static final int LETTERS = 4;
    private static final String WHY = "The headline has the speaker do what the speaker, as other outlets quote "
            + "the same words, says outright is not being done: check the speaker's own words before repeating the headline.";

    private HeadlineMisreport() {
    }

    static List<Finding> detect(Story story, String rule) {
        // a person's claims that negate an act (denying it, or asserting through a neutral cue that it is not so)
        Map<String, List<Voice>> denialsOf = new TreeMap<>();
        for (Voice v : story.voices()) {
            String person = story.persons().of(v);
            if (person != null && !v.headline() && v.statement().stance() != Stance.NO_COMMENT) {
                denialsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
            }
        }
        // each denial's act read once per language, not once for every headline (H x D reads, each hashing a voice)
        Map<String, Map<String, List<Map.Entry<Voice, Set<String>>>>> actsIn = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Voice h : story.voices()) {
            if (!h.outlet() || h.statement().stance() != Stance.ASSERT) {
                continue;
            }
            String lang = OneQuestion.language(h);
            Set<String> roots = new HashSet<>();
            Set<String> words = new HashSet<>(Normal.wordList(h.claimText()));
            words.forEach(w -> roots.add(OneQuestion.root(w, lang)));
            // what the headline itself negates it reports as not done ("Bawaslu Nyatakan Tak Ada Penggelembungan …")
            Set<String> negated = new HashSet<>();
            story.restatements().negatedPredicate(h).forEach(w -> negated.add(OneQuestion.root(w, lang)));
            actsIn.computeIfAbsent(lang, l -> acts(story, denialsOf, l)).forEach((person, acts) -> {
                List<Voice> met = acts.stream().filter(e -> !e.getKey().fileName().equals(h.fileName()))
                        .filter(e -> roots.containsAll(e.getValue()) && java.util.Collections.disjoint(e.getValue(), negated))
                        .map(Map.Entry::getKey).toList();
                if (met.isEmpty() || !named(story, person, words)) {
                    return;
                }
                List<Voice> side0 = Sides.ordered(List.of(h), story.names());
                List<Voice> side1 = Sides.ordered(met, story.names());
                String title = h.fileName() + ": headline has " + person + " do what " + person + " says is not being done";
                String explanation = "The headline of " + h.fileName() + " says \u201C" + Normal.spaces(h.claimText()) + "\u201D; "
                        + person + ", as " + side1.get(0).fileName() + " quotes, says \u201C" + Normal.spaces(side1.get(0).claimText())
                        + "\u201D. " + WHY;
                out.add(Sides.clustered(List.of(rule, "headline", h.fileName(), person), FindingType.MISREPORT, Severity.HIGH, rule,
                        h.topicGroup() != null ? h.topicGroup() : side1.get(0).topicGroup(), title, explanation, side0, side1));
            });
        }
        return out;
    }

    /** Each person's denials that negate an act, in their order, with the act's roots in {@code lang} ({@link #act}). */
    private static Map<String, List<Map.Entry<Voice, Set<String>>>> acts(Story story, Map<String, List<Voice>> denialsOf,
                                                                          String lang) {
        Map<String, List<Map.Entry<Voice, Set<String>>>> out = new TreeMap<>();
        denialsOf.forEach((person, denials) -> denials.forEach(d -> act(story, d, lang)
                .ifPresent(a -> out.computeIfAbsent(person, k -> new ArrayList<>()).add(Map.entry(d, a)))));
        return out;
    }

    /**
     * The roots of the act a denial negates: what its first negation rules out ({@link Restatements#negatedPredicate}:
     * "bukan menyalahkan tenant" → salah, tenant), when that is {@value #ACT_WORDS} words or more, each of
     * {@value #LETTERS} letters or more (a verb and what it is done to, not one word a headline may hold by chance).
     */
    private static java.util.Optional<Set<String>> act(Story story, Voice d, String lang) {
        Set<String> w = story.restatements().negatedPredicate(d);
        if (w.size() < ACT_WORDS || w.stream().anyMatch(x -> x.length() < LETTERS)) {
            return java.util.Optional.empty();
        }
        Set<String> out = new HashSet<>();
        w.forEach(x -> out.add(OneQuestion.root(x, lang)));
        return java.util.Optional.of(out);
    }

    /** True when the headline holds a word ({@value #LETTERS} letters or more) of a speaker phrase the folder gives the person. */
    private static boolean named(Story story, String person, Set<String> headline) {
        for (Voice v : story.voices()) {
            if (person.equals(story.persons().of(v))) {
                for (String w : Normal.wordList(v.statement().speaker())) {
                    if (w.length() >= LETTERS && headline.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
