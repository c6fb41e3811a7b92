package dev.tilik.statements;

import dev.tilik.text.FullNames;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A body named without its region or its number is the one body of that name the folder's speakers speak for with
 * them: "Dinas Kesehatan setempat" read as "Dinkes" is "Dinkes Wetan" when that is the only Dinkes the folder's
 * speakers speak for; "SMKN" is "SMKN 4 Wetan", "Disperinaker" (an English office naming its regency apart) is
 * "Disperinaker Wetan", "Kodim Wetan" (its place already written) is "Kodim 0712 Wetan". The fuller body may add only
 * places and a unit's number: "Kemenkumham" is never "Imigrasi
 * Kemenkumham" (a part is no region), and with two regions ("Dinkes Wetan", "Dinkes Kulon") the body stays as it is.
 * A group of people, named in lower case ("warga", "keluarga korban"), is no body and is left alone. A body the folder
 * writes as the state's, a state form right after its name ("KPU RI", rules {@code stateForms}), is the national body
 * when named bare: "Ketua KPU" speaks for the national commission, never the one regional office a single speaker of
 * the folder speaks for ("KPU Wetan"), unless the text gives the region ({@link #statesOwn}).
 */
final class RegionalBodies {
    private RegionalBodies() {
    }

    /**
     * Completes, in place, each party in {@code party} that is a body named short of the one fuller body there;
     * {@code folder} is the folder's statements in order (the first spelling of a body is its spelling), {@code place}
     * tells a place word or a place's short form of the folder.
     */
    static void complete(List<Statement> folder, Map<Statement, String> party, Predicate<String> place) {
        complete(folder, party, place, Set.of());
    }

    /**
     * As {@link #complete(List, Map, Predicate)}, leaving each body of {@code national} as it is: the folder writes it
     * as the state's ({@link #statesOwn}), so named bare it is the national body, not a region's office.
     */
    static void complete(List<Statement> folder, Map<Statement, String> party, Predicate<String> place, Set<String> national) {
        Map<Set<String>, String> spelled = new LinkedHashMap<>();
        for (Statement s : folder) {
            String p = party.get(s);
            if (p != null && body(p)) {
                spelled.putIfAbsent(words(p), p);
            }
        }
        FullNames full = new FullNames(spelled.keySet());
        // once a name, not once a statement: a large folder names one body in thousands of statements
        Map<String, String> completed = new HashMap<>();
        party.replaceAll((s, p) -> p == null || !body(p) || national.contains(p) ? p
                : completed.computeIfAbsent(p, name -> completed(name, full, spelled, place)));
    }

    /** The one fuller body {@code p} is short of, as first spelled, or {@code p} itself. */
    private static String completed(String p, FullNames full, Map<Set<String>, String> spelled, Predicate<String> place) {
        Set<String> short_ = words(p);
        List<Set<String>> fuller = full.maximal(short_);
        if (fuller.size() != 1) {
            return p;
        }
        Set<String> added = new LinkedHashSet<>(fuller.get(0));
        added.removeAll(short_);
        // a place added, or the short name already holds its place and the fuller one adds only its number ("Kodim Lereng",
        // "Kodim 0712 Lereng"): one unit of one territory, written with its number or without
        boolean regional = (added.stream().anyMatch(place) || !added.isEmpty() && short_.stream().anyMatch(place))
                && added.stream().allMatch(w -> place.test(w) || Institutions.unitNumber(w) || Institutions.territorialNumber(w));
        return regional ? spelled.get(fuller.get(0)) : p;
    }

    /** Most words of a body's name read before a state form. */
    private static final int MAX_NAME = 4;

    /**
     * The bodies {@code texts} write as the state's: each run of capitalised words (at most {@value #MAX_NAME}) ending
     * right before a state form of {@code stateForms} (lower case, "ri", "republik indonesia"), every tail of it ("KPU
     * RI" → "KPU"; "Komisi Pemilihan Umum RI" → "Umum", "Pemilihan Umum", "Komisi Pemilihan Umum").
     */
    static Set<String> statesOwn(List<List<Token>> texts, Set<String> stateForms) {
        List<String[]> forms = stateForms.stream().map(f -> f.split(" ")).toList();
        Set<String> out = new java.util.HashSet<>();
        for (List<Token> t : texts) {
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).isWord() || !startsStateForm(t, i, forms)) {
                    continue;
                }
                String name = "";
                for (int j = i - 1; j >= 0 && j >= i - MAX_NAME && t.get(j).isWord() && t.get(j).isCapitalized(); j--) {
                    name = name.isEmpty() ? t.get(j).text() : t.get(j).text() + " " + name;
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static boolean startsStateForm(List<Token> t, int i, List<String[]> forms) {
        for (String[] f : forms) {
            int k = 0;
            while (k < f.length && i + k < t.size() && t.get(i + k).isWord() && t.get(i + k).lower().equals(f[k])) {
                k++;
            }
            if (k == f.length) {
                return true;
            }
        }
        return false;
    }

    /** A body's name opens with a capital or is a short form; a group's noun is lower case. */
    private static boolean body(String p) {
        return !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && !p.contains("+");
    }

    private static Set<String> words(String p) {
        return new LinkedHashSet<>(Arrays.asList(p.split(" ")));
    }
}
