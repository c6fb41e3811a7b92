package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The police and military units a speaker phrase names for {@link Institutions}: a one-word office made of a head part
 * and its unit ("Dandim" → Kodim, rules {@code unitHeads}), a unit of a service whose people hold ranks named by itself
 * or after such an office ("Kakorlantas Polri" → Korlantas Polri), and a rank's service mark ("Mayjen TNI"), no body.
 */
final class ServiceUnits {
    /** A unit named in a phrase and the token after its name. */
    record Named(String name, int end) {
    }

    private final Institutions.Words words;
    private final Acronyms acronyms;
    /** Every capitalised word of the folder: a unit read out of a one-word office must be one when it is not defined. */
    private final Set<String> capitalised;
    /** A short form the folder defines for a place: never a unit. */
    private final Predicate<String> isPlace;
    /** The short forms of the police and military units ({@code bodyKinds} of the kinds {@code ranks} name: "Polri", "Kodim"). */
    private final Set<String> kindUnits = new HashSet<>();
    /** The head parts of one-word offices, the longest first ("Wadan" before "Dan"). */
    private final List<Map.Entry<String, String>> unitHeads;

    ServiceUnits(Institutions.Words words, Acronyms acronyms, Set<String> capitalised, Predicate<String> isPlace) {
        // The units of the services whose people hold ranks (police, army): a school is no such unit.
        words.ranks().values().forEach(kind -> kindUnits.addAll(words.bodyKinds().getOrDefault(kind, List.of())));
        List<Map.Entry<String, String>> parts = new ArrayList<>(words.unitHeads().entrySet());
        parts.sort(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        this.unitHeads = List.copyOf(parts);
        this.words = words;
        this.acronyms = acronyms;
        this.capitalised = capitalised;
        this.isPlace = isPlace;
    }

    /**
     * The unit named at token {@code i}, or null: a one-word office made of a head part and its unit ("Kabasarnas",
     * "Dandim"), or a police or military unit named by itself ("Karo Penmas Divisi Humas Mabes Polri"): the unit speaks,
     * the divisions and the rank's service mark after it ("Marsekal Madya TNI") aside.
     */
    Named at(List<Token> t, int i) {
        String unit = unitOf(t.get(i), false);
        int end = i + 1;
        boolean bare = unit == null && kindUnits.contains(t.get(i).text()) && !rankMark(t, i);
        // A unit the folder writes, headed by a one-word office right before a service it belongs to, is named
        // with it ("Kakorlantas Polri" → Korlantas Polri).
        String within = unit != null || bare || end >= t.size() || !kindUnits.contains(t.get(end).text())
                || rankMark(t, end) ? null : unitOf(t.get(i), true);
        if (bare || within != null) {
            while (end < t.size() && (kindUnits.contains(t.get(end).text()) || serviceBranch(t.get(end))) && !rankMark(t, end)) {
                end++;
            }
            unit = (within != null ? within + " " : "") + t.subList(within != null ? i + 1 : i, end).stream().map(Token::text)
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return unit == null ? null : new Named(unit, end);
    }

    /**
     * The unit a one-word office heads, read from its head part ("Kabasarnas" → Basarnas, "Dandim" → Kodim, "Pangdam" →
     * Kodam, rules {@code unitHeads}), when the folder defines the unit (not a place) or {@code bodyKinds} name it, or, when
     * {@code written}, when the folder writes it capitalised ("Kakorlantas" → Korlantas); else null.
     */
    String unitOf(Token x, boolean written) {
        if (!x.isWord() || !x.isCapitalized()) {
            return null;
        }
        for (Map.Entry<String, String> e : unitHeads) {
            String p = e.getKey();
            String text = x.text();
            if (text.length() < p.length() + 3 || !text.startsWith(p) || !Character.isLowerCase(text.charAt(p.length()))) {
                continue;
            }
            String rest = text.substring(p.length());
            String unit = e.getValue().isEmpty() ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1) : e.getValue() + rest;
            Optional<String> id = acronyms.idOf(unit);
            if (id.isPresent() && !isPlace.test(id.get())) {
                return id.get();
            }
            if (kindUnits.contains(unit) || written && capitalised.contains(unit)) {
                return unit;
            }
        }
        return null;
    }

    /**
     * A service mark written right after a rank, or one word after it ("Pol" in "Brigjen Pol", "TNI" in "Marsekal Madya
     * TNI"): part of the rank, never the body the speaker speaks for.
     */
    boolean rankMark(List<Token> t, int i) {
        if (!words.ranks().containsKey(t.get(i).lower())) {
            return false;
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (words.ranks().containsKey(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code i} is a rank's word ({@code ranks}: "Laksamana", "Kombes"), or the grade a rank of two words writes after
     * its first ("Pertama" in "Laksamana Pertama", rules {@code ranks} holding "Laksamana Pertama"): the person's, never a
     * body's nor its region's.
     */
    static boolean rankWord(List<Token> t, int i, java.util.Map<String, String> ranks) {
        return ranks.containsKey(t.get(i).lower())
                || i > 0 && t.get(i).isWord() && ranks.containsKey(t.get(i - 1).lower() + " " + t.get(i).lower());
    }

    /** A service's branch written after its short form ("AL" in "TNI AL"): two capital letters. */
    static boolean serviceBranch(Token x) {
        return x.isWord() && x.text().length() == 2 && FolderNames.isAcronym(x);
    }
}
