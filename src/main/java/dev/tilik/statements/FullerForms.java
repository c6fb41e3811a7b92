package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body's short form as a party takes the fuller form the folder itself writes for it (any story): "KSOP" where the
 * folder writes "KSOP Tanjung Mulia" in two places and after "KSOP" no other run of capitalised words twice, so one
 * body is one party across the folder however its speakers were named. The run after the short form is capitalised
 * words that are no person's name word, no role, title, legal or state form, no numbered unit ("Komisi V") and no
 * other short form, and no run a unit's number goes on ("PTW Divre 3": "Divre 3" a numbered unit inside the body): the
 * body's own name going on (a port, a seat), never who heads it; a run holding a demonstrative
 * ("Ini", "Itu", rules {@code demonstratives}) is a headline's clause glued to the short form ("Kemenkes Temukan Ini",
 * printed twice on one page), never a body's name: no noun phrase naming a body points back. A short form no fuller form
 * follows twice takes the one parent the folder writes right before it twice ("AD" where the folder writes "TNI AD"),
 * when the parent is a body other speakers speak for or stands before the short form in more than half the places the
 * folder writes it: a short form of its own, no role, title, legal or state form, number or person's name word, so
 * "Kepala AD" never counts; a body mostly written bare is the whole, and a unit written before it ("IKP Kemenkominfo",
 * the folder's part-of pairs) is part of it, no parent. Pure.
 */
final class FullerForms {
    /** Most words the fuller form adds. */
    private static final int MAX_WORDS = 3;

    private FullerForms() {
    }

    /**
     * Each party in {@code party} that is one of the folder's short forms, taken to its one fuller form.
     *
     * @param nameWords the words of the folder's speakers' names: never part of a body's name
     */
    static void complete(Map<Statement, String> party, List<List<Token>> texts, Acronyms acronyms, Set<String> nameWords,
                         Institutions.Words words, Map<String, String> partOf) {
        Set<String> shortForms = new HashSet<>();
        Set<String> spokenFor = new HashSet<>(party.values());
        party.values().forEach(p -> {
            if (p != null && p.indexOf(' ') < 0 && acronyms.idOf(p).filter(p::equals).isPresent()) {
                shortForms.add(p);
            }
        });
        if (shortForms.isEmpty()) {
            return;
        }
        Map<String, Map<String, Integer>> runs = new HashMap<>();
        Map<String, Map<String, Integer>> parents = new HashMap<>();
        Map<String, Integer> written = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isWord() && shortForms.contains(t.get(i).text())) {
                    String shortForm = t.get(i).text();
                    written.merge(shortForm, 1, Integer::sum);
                    count(runs, shortForm, runAfter(t, i + 1, acronyms, nameWords, words));
                    count(parents, shortForm, i > 0 ? parentBefore(t.get(i - 1), shortForm, acronyms, nameWords, words) : "");
                }
            }
        }
        Map<String, String> fuller = new HashMap<>();
        shortForms.forEach(shortForm -> {
            String after = onlyTwice(runs.get(shortForm));
            String before = onlyTwice(parents.get(shortForm));
            if (after != null) {
                fuller.put(shortForm, shortForm + " " + after);
            } else if (before != null && !shortForm.equals(partOf.get(before))
                    && (spokenFor.contains(before) || 2 * parents.get(shortForm).get(before) > written.get(shortForm))) {
                fuller.put(shortForm, before + " " + shortForm);
            }
        });
        party.replaceAll((s, p) -> p == null ? null : fuller.getOrDefault(p, p));
    }

    private static void count(Map<String, Map<String, Integer>> runs, String shortForm, String run) {
        if (!run.isEmpty()) {
            runs.computeIfAbsent(shortForm, k -> new HashMap<>()).merge(run, 1, Integer::sum);
        }
    }

    /** The one run written twice or more among {@code written}; null when none or several are. */
    private static String onlyTwice(Map<String, Integer> written) {
        if (written == null) {
            return null;
        }
        List<String> twice = written.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
        return twice.size() == 1 ? twice.get(0) : null;
    }

    /** {@code x}, right before the short form, when it is a short form of a parent body ("TNI" in "TNI AD"); else "". */
    private static String parentBefore(Token x, String shortForm, Acronyms acronyms, Set<String> nameWords, Institutions.Words words) {
        boolean shortOfItsOwn = x.isWord() && (acronyms.idOf(x.text()).isPresent() || FolderNames.isAcronym(x));
        if (!shortOfItsOwn || x.text().equals(shortForm) || namesNoBody(x, nameWords, words)
                || words.stateForms().contains(x.lower())) {
            return "";
        }
        return x.text();
    }

    /** True for a word that names no body: a number, a numbered unit's numeral, a person's name word, a role, title, legal form or place marker. */
    private static boolean namesNoBody(Token x, Set<String> nameWords, Institutions.Words words) {
        String lower = x.lower();
        return x.isNumber() || Institutions.roman(x) || nameWords.contains(x.text()) || words.roles().contains(lower)
                || words.titles().contains(lower) || words.suffixes().contains(lower) || words.placeMarkers().contains(lower);
    }

    /** The capitalised words from {@code from} that go on a body's name, joined; "" when none does. */
    private static String runAfter(List<Token> t, int from, Acronyms acronyms, Set<String> nameWords, Institutions.Words words) {
        List<String> run = new ArrayList<>();
        for (int k = from; k < t.size() && run.size() <= MAX_WORDS; k++) {
            Token x = t.get(k);
            if (!x.isWord() || !x.isCapitalized()) {
                if (!run.isEmpty() && x.isWord() && Institutions.unitNumber(x.text())) {
                    // "PTW Divre 3": the run names a numbered unit inside the body, as "Komisi V" does
                    return "";
                }
                break;
            }
            if (namesNoBody(x, nameWords, words) || acronyms.idOf(x.text()).isPresent() || FolderNames.isAcronym(x)
                    || words.demonstratives().contains(x.lower())) {
                return "";
            }
            run.add(x.text());
        }
        return run.size() > MAX_WORDS ? "" : String.join(" ", run);
    }
}
