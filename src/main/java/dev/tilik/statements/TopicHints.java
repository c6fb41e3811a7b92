package dev.tilik.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules' lexicon topics as {@link Propositions} weighs them: which the folder is about (they seed one proposition),
 * which it is not (their statements let go of them), and which proposition each topic names once the claims are grouped.
 */
final class TopicHints {
    /** Share of the folder's statements that must name a lexicon topic for it to hint propositions. */
    private static final double HINT_SHARE = 0.05;

    private TopicHints() {
    }

    /** How many statements name each lexicon topic by a lexicon word in their own sentence (carrying it counts zero). */
    static Map<String, Integer> namedHints(List<Statement> all, Propositions.Read[] reads) {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Statement s = all.get(i);
            if (s.topic() != null) {
                named.merge(s.topic(), reads[i].namesTopic() ? 1 : 0, Integer::sum);
            }
        }
        return named;
    }

    /**
     * Lexicon topics the folder is not about: named, by a lexicon word in a statement's own
     * sentence, by fewer than {@link #HINT_SHARE} of the statements (and fewer than two). Their
     * statements, and those that only inherited them, find their propositions from their words like
     * any other ("kerja sama" once in a fuel scare is not the story's military cooperation).
     */
    static Set<String> weakHints(Map<String, Integer> named, int n) {
        Set<String> weak = new TreeSet<>();
        named.forEach((h, count) -> {
            if (count < 2 || count < HINT_SHARE * n) {
                weak.add(h);
            }
        });
        return weak;
    }

    /**
     * Lexicon topics the folder is about: named, by a lexicon word in a statement's own sentence, by
     * more than half the statements of a folder big enough to have a background (as a word more than
     * half of them hold is its background). Such a topic is the folder's subject as the rules know it,
     * a claim the rules say is argued over ("troops sent to Russia": denied, asserted with growing
     * figures, seen, declined), so its statements make one proposition, however each words it. A
     * topic fewer of them name is one word among a claim's own (a shooting story's claims touching
     * "senjata" are still many claims).
     */
    static Set<String> subjectHints(Map<String, Integer> named, int n) {
        Set<String> subject = new TreeSet<>();
        if (n >= Propositions.BACKGROUND_FOLDER) {
            named.forEach((h, count) -> {
                if (count * 2 > n) {
                    subject.add(h);
                }
            });
        }
        return subject;
    }

    /**
     * A statement let go of its lexicon topic: with no topic; a claim the lexicon alone made
     * unplaceable ({@code other}) that has words of its own asserts them. One a marker made other (a
     * question, an appeal, a wish) still asserts nothing, nor does one held back for its own words
     * ({@link StanceBasis#OWN_WORDS}): it takes no side while findings are made, wherever the folder places it,
     * and is shown as the assertion it is ({@link StanceBasis#shownAs}) — made an assertion here, it joined
     * other sources' denials and figures as a side it never took.
     */
    static Statement loose(Statement s, List<ClaimWords.Word> words) {
        if (s.topic() == null) {
            return s;
        }
        Statement t = s.withTopic(null);
        if (t.stance() == dev.tilik.model.Stance.OTHER && t.basis() != StanceBasis.MARKER
                && t.basis() != StanceBasis.OWN_WORDS && !words.isEmpty()) {
            t = t.withStance(dev.tilik.model.Stance.ASSERT, StanceBasis.CUE);
        }
        return t;
    }

    /**
     * A lexicon topic names the one proposition most of its statements joined, when they are at least
     * half of it; every other proposition is named by its own words, whatever lexicon words its
     * members carry (a shooting story's claims all touch "senjata", and are still many claims).
     *
     * @return the lexicon topics the folder holds as one proposition: most (more than half) of the
     * statements carrying one joined the proposition it names, so it is what they argue over, and each
     * of them keeps it (a bare "membantah semua laporan itu" answering it included); a topic whose
     * statements scatter over many propositions, or split evenly between two (a brawl and an ethics
     * inquiry, each touching "senjata api"), was only a word they share, and they take their
     * propositions' names. A topic that seeded its proposition ({@link #subjectHints}) holds it; a wide one
     * ({@link WideHints}: the story's setting) names its proposition for the passes that leave a lexicon's propositions
     * alone, but is never held.
     */
    static Set<String> nameByHints(List<Statement> all, List<PropositionGroup> groups, Set<String> wide) {
        Map<String, PropositionGroup> best = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        Set<String> held = new TreeSet<>();
        for (Statement s : all) {
            if (s.topic() != null) {
                carriers.merge(s.topic(), 1, Integer::sum);
            }
        }
        for (PropositionGroup g : groups) {
            if (g.hint != null) {
                held.add(g.hint);
                continue;
            }
            Map<String, Integer> carried = new HashMap<>();
            for (int m : g.members) {
                String t = all.get(m).topic();
                if (t != null) {
                    carried.merge(t, 1, Integer::sum);
                }
            }
            carried.forEach((h, c) -> {
                if (c >= 2 && c * 2 >= g.members.size() && c > bestCount.getOrDefault(h, 0)) {
                    best.put(h, g);
                    bestCount.put(h, c);
                }
            });
        }
        best.forEach((h, g) -> {
            if (g.hint == null && !held.contains(h)) {
                g.hint = h;
                if (!wide.contains(h) && bestCount.get(h) * 2 > carriers.get(h)) {
                    held.add(h);
                }
            }
        });
        return held;
    }
}
