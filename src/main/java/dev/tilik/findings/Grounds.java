package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ground a denial gives for itself, told again in its own article, is the denial's evidence, not its other side.
 * "Dinas Kesehatan menyebut kematian BR bukan akibat MBG karena gejala muncul beberapa hari setelah konsumsi", and
 * two sentences on, "menurut penelusuran, ada jeda lebih dari dua hari antara waktu konsumsi MBG dengan munculnya
 * gejala": the second is why the office denies, reported as the article's own account, and it holds none of what is
 * denied. Read by {@link StanceDetector}: such a statement leaves side 1.
 *
 * <p>A denial's ground is what follows one of the rules' {@code grounds} ("karena", "sebab", "because") after a content
 * word of its claim; a statement retells it when it is in the same article, negates nothing of its own and holds at
 * least {@link #SHARED} of the ground's content words by their roots. Across articles a statement is never taken for a
 * ground: another outlet telling the same fact may be telling it against the denial.
 */
final class Grounds {
    /** How many of a ground's content words, by their roots, a statement must hold to retell it. */
    static final int SHARED = 2;

    /** Knows no ground word: no statement retells a ground (rules with no language). */
    static final Grounds NONE = new Grounds(List.of());

    private final Map<String, List<List<String>>> groundsFrom;

    /** @param grounds words opening the ground a speaker gives ("karena", "sebab", "because"), of every language */
    Grounds(Collection<String> grounds) {
        this.groundsFrom = Phrases.byFirstWord(Phrases.phrases(grounds));
    }

    /** The grounds of every language of {@code languages}. */
    static Grounds of(Collection<LanguageRules> languages) {
        return new Grounds(languages.stream().flatMap(l -> l.statements().grounds().stream()).toList());
    }

    /**
     * A test of whether a statement retells, in its own article, the ground one of {@code denials} gives: each denial's
     * ground read once, by its article, for every statement the test is asked of.
     */
    java.util.function.Predicate<Voice> retellingGroundOf(List<Voice> denials, ClaimWords words) {
        if (groundsFrom.isEmpty()) {
            return v -> false;
        }
        Map<String, List<Given>> givenIn = new HashMap<>();
        for (Voice d : denials) {
            Set<String> ground = ground(d, words);
            if (ground.size() >= SHARED) {
                givenIn.computeIfAbsent(d.fileName(), f -> new ArrayList<>()).add(new Given(d, ground));
            }
        }
        return v -> retells(v, givenIn.getOrDefault(v.fileName(), List.of()), words);
    }

    /** A denial and the roots of the ground it gives. */
    private record Given(Voice denial, Set<String> ground) {
    }

    /** True when {@code v} retells one of the grounds its own article's denials give. */
    private static boolean retells(Voice v, List<Given> given, ClaimWords words) {
        Set<String> own = null;
        for (Given g : given) {
            if (g.denial() == v) {
                continue;
            }
            if (own == null) {
                List<String> t = words.claimTokens(v);
                if (words.nextNegation(t, 0) != null) {
                    return false; // a negation of its own: it may deny the ground
                }
                own = roots(words.words(t, 0, t.size()), OneQuestion.language(v));
            }
            int shared = 0;
            for (String r : g.ground()) {
                if (own.contains(r) && ++shared >= SHARED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The roots of the content words after the first ground word that follows a content word of {@code d}'s claim. The
     * tokens before that ground word are asked whether they are content words only up to the first that is: a long
     * claim giving no ground (most denials) is not read word by word for a test already met.
     */
    private Set<String> ground(Voice d, ClaimWords words) {
        List<String> t = words.claimTokens(d);
        boolean content = false;
        for (int i = 0; i < t.size(); i++) {
            int n = content ? Phrases.longest(groundsFrom, t, i) : 0;
            if (n > 0) {
                return roots(words.words(t, i + n, t.size()), OneQuestion.language(d));
            }
            // read until the first content word only: after it, whether the rest are content words changes nothing
            content = content || words.contentWord(t.get(i));
        }
        return Set.of();
    }

    private static Set<String> roots(Set<String> words, String lang) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(OneQuestion.root(w, lang)));
        return out;
    }
}
