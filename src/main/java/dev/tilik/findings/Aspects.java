package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The aspect of an event a claim is about: its cause ("penyebab", "disebabkan", "caused by"), where it started ("berasal
 * dari", "titik awal", "originated"), a count ("jumlah", "number of"), a time ("kapan", "when"). Two claims about one
 * event answer one question only when they are about one aspect: a refusal to name a fire's cause does not decline the
 * denial of where it started. A claim naming no aspect is about the event as a whole and meets any.
 *
 * <p>The aspects and their words are the rules' {@code aspects} of every language, one map from an aspect's name to its
 * phrases; the same name in two languages is one aspect. Read by {@link MisreportDetector} and, for a no-comment set against a
 * confirmation, {@link StanceDetector}.
 */
final class Aspects {
    /** Knows no aspect: every claim is about the event as a whole (rules with no language). */
    static final Aspects NONE = new Aspects(Map.of());

    /** Each phrase by its first word, and the aspect each phrase names. */
    private final Map<String, List<List<String>>> phrasesFrom;
    private final Map<List<String>, String> aspectOf = new HashMap<>();

    /** @param aspects an aspect's name → the phrases that name it ("cause" → "penyebab", "caused by") */
    Aspects(Map<String, ? extends Collection<String>> aspects) {
        List<List<String>> all = new ArrayList<>();
        aspects.forEach((aspect, words) -> Phrases.phrases(words).forEach(p -> {
            aspectOf.putIfAbsent(p, aspect);
            all.add(p);
        }));
        this.phrasesFrom = Phrases.byFirstWord(all);
    }

    /** The aspects of every language of {@code languages}, one aspect per name. */
    static Aspects of(Collection<LanguageRules> languages) {
        Map<String, List<String>> joined = new java.util.LinkedHashMap<>();
        languages.forEach(l -> l.statements().aspects().forEach(
                (aspect, words) -> joined.computeIfAbsent(aspect, k -> new ArrayList<>()).addAll(words)));
        return new Aspects(joined);
    }

    /** The aspects the tokens {@code t} of a claim name ({@link ClaimWords#tokens}), none for the event as a whole. */
    Set<String> named(List<String> t) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            int n = Phrases.longest(phrasesFrom, t, i);
            if (n > 0) {
                out.add(aspectOf.get(t.subList(i, i + n)));
            }
        }
        return out;
    }

    /** True when two claims' aspects let them answer one question: one names none, or they share one. */
    static boolean agree(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
