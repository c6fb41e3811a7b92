package dev.tilik.statements;

import dev.tilik.text.FullNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The carrying pass of {@link Institutions}: a person's one institution given to their statements that have none,
 * a person keyed by the one fuller name of the folder holding their name.
 */
final class Carrying {
    /** An institution the folder defines, with or without its region. */
    private final Predicate<String> defined;
    /** A body named right before another in a speaker phrase, to the body it is part of ({@link Institutions}). */
    private final Map<String, String> partOf;

    Carrying(Predicate<String> defined, Map<String, String> partOf) {
        this.defined = defined;
        this.partOf = partOf;
    }

    /**
     * A person's one institution given to their statements that have none. A name is keyed by the
     * one fuller name of the folder holding all its words ("Fadjar" → Fadjar Djoko Santoso); the
     * offices the text gives a person outside any attribution count too ("Bupati Sukamaju Rina
     * Wulandari menutup …"). A short name two fuller names hold ("Zaki" for "Ahmad Zaki Iskandar" and
     * "Ahmed Zaki Iskandar") takes their institution when they agree on one. A person none of whose statements has an
     * institution, nor any apposition, takes the one office the narration gives them after a role word ({@code narrated},
     * {@link Appositions#narrated}).
     */
    void carry(Map<Statement, String> party, Map<Statement, List<String>> name, Map<Set<String>, String> appositions,
               Map<Set<String>, String> narrated) {
        Set<Set<String>> names = new HashSet<>(appositions.keySet());
        name.values().forEach(n -> {
            if (!n.isEmpty()) {
                names.add(Set.copyOf(n));
            }
        });
        FullNames full = new FullNames(names);
        Map<Set<String>, Set<String>> institutionsOf = new HashMap<>();
        Map<Set<String>, Set<String>> definedOf = new HashMap<>();
        Map<Set<String>, Map<String, Integer>> countsOf = new HashMap<>();
        Map<Statement, Set<String>> keyOf = new java.util.IdentityHashMap<>();
        java.util.function.BiConsumer<Set<String>, String> seen = (key, p) -> {
            countsOf.computeIfAbsent(key, k -> new HashMap<>()).merge(p, 1, Integer::sum);
            institutionsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(p);
            if (defined(p)) {
                definedOf.computeIfAbsent(key, k -> new TreeSet<>()).add(p);
            }
        };
        name.forEach((s, n) -> {
            if (n.isEmpty()) {
                return;
            }
            Set<String> key = full.fullest(Set.copyOf(n));
            keyOf.put(s, key);
            if (party.get(s) != null) {
                seen.accept(key, party.get(s));
            }
        });
        appositions.forEach((n, p) -> seen.accept(full.fullest(n), p));
        // The narration's names key only this lookup: adding them to the names above would re-key everyone else.
        Set<Set<String>> withNarrated = new HashSet<>(names);
        withNarrated.addAll(narrated.keySet());
        FullNames fuller = new FullNames(withNarrated);
        Map<Set<String>, String> narratedOf = new HashMap<>();
        Set<Set<String>> clash = new HashSet<>();
        narrated.forEach((n, p) -> {
            Set<String> key = fuller.fullest(n);
            if (!p.equals(narratedOf.getOrDefault(key, p))) {
                clash.add(key);
            }
            narratedOf.put(key, p);
        });
        clash.forEach(narratedOf::remove);
        keyOf.forEach((s, key) -> {
            Set<String> defined = wholes(definedOf.get(key));
            Set<String> found = institutionsOf.get(key);
            String p = party.get(s);
            String main = majority(countsOf.get(key));
            if (defined != null && defined.size() == 1 && (p == null || !defined(p))) {
                party.put(s, defined.iterator().next());
            } else if (p == null && found != null && found.size() == 1) {
                party.put(s, found.iterator().next());
            } else if ((p == null || !defined(p)) && main != null) {
                party.put(s, main);
            } else if (p == null && found == null) {
                party.put(s, heldBy(key, definedOf));
            } else if (p == null) {
                party.put(s, mostPrecise(found));
            } else if (defined != null && partOf.containsKey(p) && defined.contains(partOf.get(p))) {
                party.put(s, partOf.get(p));
            }
            if (party.get(s) == null && found == null) {
                party.put(s, narratedOf.get(fuller.fullest(Set.copyOf(name.get(s)))));
            }
            String q = party.get(s);
            if (q != null) {
                party.put(s, refined(q, key, institutionsOf));
            }
        });
    }

    /**
     * A person still given no party once every party is settled, whose other statements give one body at two levels
     * (one party the other with words before or after it: "Mabes TNI" and "TNI", as "Kepala Pusat Penerangan Mabes TNI"
     * and "Kepala Pusat Penerangan TNI" write one office), takes the one given more often than all the others together
     * ({@link FolderSpeakers#level}): the English "Sianturi" for the folder's Kapuspen. Two bodies with no such words
     * between them are two people's or a clash, and give nothing. Names are keyed by the one fuller name holding them.
     */
    static void levelled(Map<Statement, String> party, Map<Statement, List<String>> name) {
        Set<Set<String>> names = new HashSet<>();
        name.values().forEach(n -> {
            if (!n.isEmpty()) {
                names.add(Set.copyOf(n));
            }
        });
        FullNames full = new FullNames(names);
        Map<Set<String>, Map<String, Integer>> countsOf = new HashMap<>();
        name.forEach((s, n) -> {
            if (!n.isEmpty() && party.get(s) != null) {
                countsOf.computeIfAbsent(full.fullest(Set.copyOf(n)), k -> new java.util.TreeMap<>()).merge(party.get(s), 1, Integer::sum);
            }
        });
        name.forEach((s, n) -> {
            if (!n.isEmpty() && party.containsKey(s) && party.get(s) == null) {
                Map<String, Integer> counts = countsOf.get(full.fullest(Set.copyOf(n)));
                if (counts != null && counts.size() > 1) {
                    party.put(s, FolderSpeakers.level(counts));
                }
            }
        });
    }

    /** The institutions of {@code found} that are no part of another of them ({@link #partOf}); null for null. */
    private Set<String> wholes(Set<String> found) {
        if (found == null || found.size() < 2) {
            return found;
        }
        Set<String> out = new TreeSet<>(found);
        out.removeIf(p -> partOf.containsKey(p) && found.contains(partOf.get(p)));
        return out;
    }

    /**
     * The one institution the person (or a fuller name holding theirs) is given elsewhere that is
     * {@code p} named more precisely ("Dinkes" → "Dinkes Wetan", "DPR" → "Komisi I DPR"); else {@code p}.
     */
    private static String refined(String p, Set<String> key, Map<Set<String>, Set<String>> institutionsOf) {
        Set<String> found = new TreeSet<>();
        institutionsOf.forEach((n, ps) -> {
            if (n.containsAll(key)) {
                ps.stream().filter(x -> narrows(x, p)).forEach(found::add);
            }
        });
        return found.size() == 1 ? found.iterator().next() : p;
    }

    /**
     * {@code x} is the institution {@code p} named more precisely: with its region after it ("BPBD Wetan" for
     * "BPBD") or as a numbered unit of it ("Komisi I DPR" for "DPR", {@link #numberedUnit}).
     */
    static boolean narrows(String x, String p) {
        if (x.startsWith(p + " ")) {
            return true;
        }
        if (!x.endsWith(" " + p)) {
            return false;
        }
        String[] unit = x.substring(0, x.length() - p.length() - 1).split(" ");
        return unit.length == 2 && (Institutions.roman(unit[1]) || unit[1].length() <= 2 && unit[1].chars().allMatch(Character::isDigit));
    }

    /** The one institution of {@code found} the others are all less precise forms of ("BPBD" beside "BPBD Wetan"), or null. */
    private static String mostPrecise(Set<String> found) {
        List<String> top = found.stream().filter(x -> found.stream().noneMatch(y -> narrows(y, x))).toList();
        return top.size() == 1 && found.stream().allMatch(x -> top.get(0).equals(x) || narrows(top.get(0), x)) ? top.get(0) : null;
    }

    /** The one defined institution every fuller name holding all of {@code key}'s words has, or null. */
    private static String heldBy(Set<String> key, Map<Set<String>, Set<String>> definedOf) {
        Set<String> found = new TreeSet<>();
        definedOf.forEach((n, p) -> {
            if (n.size() > key.size() && n.containsAll(key)) {
                found.addAll(p);
            }
        });
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The institution named for a person more often than all the others together, or null. */
    static String majority(Map<String, Integer> counts) {
        if (counts == null) {
            return null;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() > total).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private boolean defined(String party) {
        return defined.test(party);
    }
}
