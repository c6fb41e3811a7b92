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
 * other short form: the body's own name going on (a port, a seat), never who heads it. Pure.
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
                         Institutions.Words words) {
        Set<String> shortForms = new HashSet<>();
        party.values().forEach(p -> {
            if (p != null && p.indexOf(' ') < 0 && acronyms.idOf(p).filter(p::equals).isPresent()) {
                shortForms.add(p);
            }
        });
        if (shortForms.isEmpty()) {
            return;
        }
        Map<String, Map<String, Integer>> runs = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).isWord() && shortForms.contains(t.get(i).text())) {
                    String run = runAfter(t, i + 1, acronyms, nameWords, words);
                    if (!run.isEmpty()) {
                        runs.computeIfAbsent(t.get(i).text(), k -> new HashMap<>()).merge(run, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> fuller = new HashMap<>();
        runs.forEach((shortForm, written) -> {
            List<String> twice = written.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
            if (twice.size() == 1) {
                fuller.put(shortForm, shortForm + " " + twice.get(0));
            }
        });
        party.replaceAll((s, p) -> p == null ? null : fuller.getOrDefault(p, p));
    }

    /** The capitalised words from {@code from} that go on a body's name, joined; "" when none does. */
    private static String runAfter(List<Token> t, int from, Acronyms acronyms, Set<String> nameWords, Institutions.Words words) {
        List<String> run = new ArrayList<>();
        for (int k = from; k < t.size() && run.size() <= MAX_WORDS; k++) {
            Token x = t.get(k);
            if (!x.isWord() || !x.isCapitalized()) {
                break;
            }
            String lower = x.lower();
            if (x.isNumber() || Institutions.roman(x) || nameWords.contains(x.text()) || words.roles().contains(lower)
                    || words.titles().contains(lower) || words.suffixes().contains(lower) || words.placeMarkers().contains(lower)
                    || acronyms.idOf(x.text()).isPresent() || FolderNames.isAcronym(x)) {
                return "";
            }
            run.add(x.text());
        }
        return run.size() > MAX_WORDS ? "" : String.join(" ", run);
    }
}
