package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A press or information office speaks for the body it serves (any story; rules {@code pressUnits}): "Kepala Dinas
 * Penerangan TNI AD" speaks for TNI AD, "Kepala Pusat Penerangan (Kapuspen) Mabes TNI" for Mabes TNI. Indonesian names a
 * unit before its parent, so the parent is the run of capitalised words the folder writes right after the unit's name
 * (its short form, its head's title "Kapuspen", its long form or its head's long form; a short form in parentheses
 * passed over), up to a rank or a comma and ending in a short form. Where the folder writes the parent in several ways,
 * one holding all the others at its end ("Mabes TNI" beside "TNI") is the parent; else the one written most. A unit
 * whose parent the folder never writes after it keeps the parent its party names ("Puspen TNI" → TNI), or itself. Pure.
 */
final class PressUnits {
    /** Most names a parent run holds. */
    private static final int MAX_NAMES = 3;

    private PressUnits() {
    }

    /** Each party in {@code party} that is a press office, to the body it serves. */
    static void complete(Map<Statement, String> party, List<List<Token>> texts, Acronyms acronyms, Institutions.Words words) {
        if (words.pressUnits().isEmpty()) {
            return;
        }
        Map<String, String> served = new HashMap<>();
        for (String p : new java.util.HashSet<>(party.values())) {
            if (p == null) {
                continue;
            }
            List<String> unit = unit(p, acronyms, words);
            if (unit.isEmpty()) {
                continue;
            }
            String own = String.join(" ", Arrays.asList(p.split(" ")).subList(unit.size(), p.split(" ").length));
            String parent = parent(written(unit, acronyms, words), texts, acronyms, words);
            String body = parent != null ? parent : own;
            if (!body.isEmpty()) {
                served.put(p, body);
            }
        }
        if (!served.isEmpty()) {
            party.replaceAll((s, p) -> p == null ? null : served.getOrDefault(p, p));
        }
    }

    /**
     * The words of {@code party} naming a press office: its first word when that word's long form, or its head's, holds a
     * press word ("Puspen": "Kepala Pusat Penerangan"), else its words up to a press word ("Dinas Penerangan"); else none.
     */
    static List<String> unit(String party, Acronyms acronyms, Institutions.Words words) {
        List<String> w = Arrays.asList(party.split(" "));
        String first = w.get(0);
        List<String> longForms = new ArrayList<>();
        acronyms.longOf(first).ifPresent(longForms::add);
        headTitles(first, words).forEach(t -> acronyms.roleLongOf(t).ifPresent(longForms::add));
        if (longForms.stream().anyMatch(l -> press(Arrays.asList(l.split(" ")), words) >= 0)) {
            return List.of(first);
        }
        int at = press(w, words);
        return at < 0 ? List.of() : w.subList(0, at + 1);
    }

    /** The index of the first press word in {@code w}, or -1. */
    private static int press(List<String> w, Institutions.Words words) {
        for (int i = 0; i < w.size(); i++) {
            if (words.pressUnits().contains(w.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** The one-word titles of the unit's head: a role prefix and the unit ("Kapuspen"). */
    private static List<String> headTitles(String unit, Institutions.Words words) {
        List<String> out = new ArrayList<>();
        for (String prefix : words.rolePrefixes()) {
            out.add(Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + Character.toLowerCase(unit.charAt(0)) + unit.substring(1));
        }
        return out;
    }

    /** Every way the folder may write the unit: its words, its head's title, its long form and its head's long form. */
    private static List<List<String>> written(List<String> unit, Acronyms acronyms, Institutions.Words words) {
        List<List<String>> out = new ArrayList<>();
        out.add(unit);
        if (unit.size() == 1) {
            acronyms.longOf(unit.get(0)).ifPresent(l -> out.add(Arrays.asList(l.split(" "))));
            for (String title : headTitles(unit.get(0), words)) {
                out.add(List.of(title));
                acronyms.roleLongOf(title).ifPresent(l -> out.add(Arrays.asList(l.split(" "))));
            }
        }
        return out;
    }

    /** The parent the folder writes after the unit's forms, as the class says; null when it writes none. */
    private static String parent(List<List<String>> forms, List<List<Token>> texts, Acronyms acronyms, Institutions.Words words) {
        Map<String, Integer> runs = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                for (List<String> form : forms) {
                    if (Acronyms.matches(t, i, form)) {
                        String run = runAfter(t, i + form.size(), acronyms, words);
                        if (!run.isEmpty()) {
                            runs.merge(run, 1, Integer::sum);
                        }
                        break;
                    }
                }
            }
        }
        for (String run : runs.keySet()) {
            if (runs.keySet().stream().allMatch(o -> o.equals(run) || run.endsWith(" " + o))) {
                return run;
            }
        }
        return runs.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The body written from token {@code from}, a short form in parentheses passed over: capitalised words and the
     * folder's names, up to a rank, role or title in no capitals, cut back to its last short form; "" when none.
     */
    private static String runAfter(List<Token> t, int from, Acronyms acronyms, Institutions.Words words) {
        int k = from;
        if (k + 2 < t.size() && t.get(k).is("(") && t.get(k + 2).is(")")) {
            k += 3;
        }
        List<String> run = new ArrayList<>();
        int lastShort = 0;
        while (k < t.size() && run.size() < MAX_NAMES) {
            Token x = t.get(k);
            java.util.Optional<Map.Entry<String, Integer>> named = acronyms.at(t, k);
            if (named.isPresent()) {
                run.add(named.get().getKey());
                k += named.get().getValue();
                lastShort = run.size();
                continue;
            }
            boolean acronym = FolderNames.isAcronym(x);
            String lower = x.lower();
            if (!x.isWord() || !x.isCapitalized() || !acronym && (words.ranks().containsKey(lower) || words.roles().contains(lower)
                    || words.titles().contains(lower))) {
                break;
            }
            run.add(x.text());
            lastShort = acronym ? run.size() : lastShort;
            k++;
        }
        return String.join(" ", run.subList(0, lastShort));
    }
}
