package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Divisions the folder writes right after the body they belong to (any story; rules {@code divisionWords}): "… diteruskan
 * kepada Basarnas Kantor SAR Wetan …" makes "Kantor SAR Wetan" a division of Basarnas, so a speaker phrase naming the
 * division without its parent ("Kepala Kantor SAR Wetan, Rina Wati") speaks for the parent, one body for the folder. The
 * parent is a body the folder defines (never a place); the division opens with a division word ("Kantor", "Direktorat")
 * and runs over two capitalised words or more. A division written after two parents has none. Immutable.
 */
final class ParentBodies {
    /** Most words of a division's name. */
    private static final int MAX_WORDS = 6;

    /** A division's words, lower case, to the body the folder writes it after. */
    private final Map<List<String>, String> parentOf;

    /** Words after which a division says where the speaker was, not whom they speak for ("di"), lower case. */
    private final Set<String> scopeWords;

    private ParentBodies(Map<List<String>, String> parentOf, Set<String> scopeWords) {
        this.parentOf = Map.copyOf(parentOf);
        this.scopeWords = scopeWords;
    }

    /**
     * The divisions the folder's {@code texts} write right after a body {@code acronyms} defines.
     *
     * @param words         the pass's words: {@code divisionWords} a division's name opens with, {@code scopeWords}
     * @param isPlace       a defined short form that is a place, never a parent
     */
    static ParentBodies of(List<List<Token>> texts, Acronyms acronyms, Institutions.Words words, Predicate<String> isPlace) {
        Map<List<String>, String> parentOf = new HashMap<>();
        Set<List<String>> clash = new HashSet<>();
        Set<String> divisionWords = words.divisionWords();
        if (divisionWords.isEmpty()) {
            return new ParentBodies(parentOf, words.scopeWords());
        }
        for (List<Token> t : texts) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (!t.get(i).isWord() || !t.get(i).isCapitalized()) {
                    continue;
                }
                var body = acronyms.at(t, i);
                if (body.isEmpty() || isPlace.test(body.get().getKey())) {
                    continue;
                }
                int from = i + body.get().getValue();
                List<String> division = division(t, from, divisionWords);
                String parent = body.get().getKey();
                if (division.size() >= 2 && !division.contains(parent.toLowerCase(Locale.ROOT))) {
                    if (!parent.equals(parentOf.getOrDefault(division, parent))) {
                        clash.add(division);
                    }
                    parentOf.put(division, parent);
                }
                i = from - 1;
            }
        }
        clash.forEach(parentOf::remove);
        return new ParentBodies(parentOf, words.scopeWords());
    }

    /**
     * A party opening with a division word that holds, as a run of its words, a body other speakers of the folder speak
     * for ("Bagian Pelayanan Jasa Wetan Kantor Kulon" where others speak for "Jasa Wetan") is that body, the longest such;
     * changed in {@code party}.
     */
    static void divisionsOfParties(Map<Statement, String> party, Set<String> divisionWords) {
        Set<String> bodies = new HashSet<>();
        party.values().forEach(p -> {
            if (p != null && !opensWithDivision(p, divisionWords)) {
                bodies.add(p);
            }
        });
        Map<String, String> bodyOf = new HashMap<>();
        party.replaceAll((s, p) -> p == null || !opensWithDivision(p, divisionWords) ? p
                : bodyOf.computeIfAbsent(p, x -> held(x, bodies)));
    }

    /** True for a party whose first word is a division word ("Bagian Pelayanan …"). */
    private static boolean opensWithDivision(String party, Set<String> divisionWords) {
        int space = party.indexOf(' ');
        return divisionWords.contains((space < 0 ? party : party.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** The longest of {@code bodies} whose words run inside {@code division}'s after its first; the division when none. */
    private static String held(String division, Set<String> bodies) {
        List<String> words = List.of(division.split(" "));
        String best = division;
        int most = 0;
        for (String b : bodies) {
            List<String> w = List.of(b.split(" "));
            if (w.size() > most && java.util.Collections.indexOfSubList(words.subList(1, words.size()), w) >= 0) {
                best = b;
                most = w.size();
            }
        }
        return best;
    }

    /** The capitalised run from {@code from} opening with a division word, lower case; empty when none opens there. */
    private static List<String> division(List<Token> t, int from, Set<String> divisionWords) {
        if (from >= t.size() || !t.get(from).isWord() || !t.get(from).isCapitalized() || !divisionWords.contains(t.get(from).lower())) {
            return List.of();
        }
        List<String> run = new ArrayList<>();
        for (int k = from; k < t.size() && run.size() < MAX_WORDS && t.get(k).isWord() && t.get(k).isCapitalized(); k++) {
            run.add(t.get(k).lower());
        }
        return run;
    }

    /** True when the folder writes no division after its parent. */
    boolean isEmpty() {
        return parentOf.isEmpty();
    }

    /**
     * The parent of a division the speaker phrase names, its case aside ("Kepala kantor SAR Wetan Rina"), or null. The
     * division is named whole: the words after it in the phrase are no part of its name (a name, a clause).
     */
    String parentIn(List<Token> phrase) {
        if (parentOf.isEmpty()) {
            return null;
        }
        for (Map.Entry<List<String>, String> e : parentOf.entrySet()) {
            List<String> division = e.getKey();
            for (int i = 0; i + division.size() <= phrase.size(); i++) {
                if (named(phrase, i, division)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private boolean named(List<Token> phrase, int i, List<String> division) {
        if (i > 0 && phrase.get(i - 1).isWord() && scopeWords.contains(phrase.get(i - 1).lower())) {
            return false; // "di Kantor SAR Wetan" says where the speaker was, not whom they speak for
        }
        for (int k = 0; k < division.size(); k++) {
            Token x = phrase.get(i + k);
            if (!x.isWord() || !x.lower().equals(division.get(k)) || k > 0 && !x.isCapitalized()) {
                return false;
            }
        }
        return true;
    }
}
