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
 * A group of people, named in lower case ("warga", "keluarga korban"), is no body and is left alone.
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
        party.replaceAll((s, p) -> p == null || !body(p) ? p
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

    /** A body's name opens with a capital or is a short form; a group's noun is lower case. */
    private static boolean body(String p) {
        return !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && !p.contains("+");
    }

    private static Set<String> words(String p) {
        return new LinkedHashSet<>(Arrays.asList(p.split(" ")));
    }
}
