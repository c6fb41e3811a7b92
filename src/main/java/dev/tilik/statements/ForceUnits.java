package dev.tilik.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A police or military body in a speaker phrase named as the text ties the speaker to it, for {@link BodyNames}: a unit
 * of a force written right before the force is that unit of that force ("Kapuspen TNI", "Kepala Pusat Penerangan
 * (Puspen) TNI" → Puspen TNI; "Kabareskrim Polri" → Bareskrim Polri), and a force followed by its branch is the branch
 * ("TNI AD", "TNI Angkatan Darat" where the folder defines "AD"). A regional body a head title heads ({@code heads}:
 * "Polda", "Polres") is never the force here: a division before it speaks for it ({@link Offices}). Pure.
 */
final class ForceUnits {
    private final Acronyms acronyms;
    private final ServiceUnits units;
    /** The forces and their units ({@code bodyKinds} of the kinds {@code ranks} name). */
    private final Set<String> kindUnits = new HashSet<>();
    /** The bodies a head title heads ("Polda", "Pemkab"): a region's own body, whose divisions speak for it. */
    private final Set<String> headed;

    ForceUnits(Institutions.Words words, Acronyms acronyms, ServiceUnits units) {
        words.ranks().values().forEach(kind -> kindUnits.addAll(words.bodyKinds().getOrDefault(kind, List.of())));
        this.headed = Set.copyOf(words.heads().values());
        this.acronyms = acronyms;
        this.units = units;
    }

    /**
     * The body {@code name} written from token {@code at} to {@code end}, named with the unit of the force before it or
     * the force and its branch after it; {@code name} itself when neither is written.
     */
    String named(List<Token> t, int at, String name, int end) {
        if (!name.contains(" ") && force(t, end, t.get(Math.min(end, t.size() - 1)).text())) {
            return name + " " + t.get(end).text() + branch(t, end + 1);
        }
        if (force(t, at, name)) {
            String unit = unitBefore(t, at);
            return (unit != null ? unit + " " : "") + name + branch(t, end);
        }
        return name;
    }

    /** The token at {@code at}, named {@code name}, is a force the units of which are named before it, not a rank's mark. */
    private boolean force(List<Token> t, int at, String name) {
        return at < t.size() && kindUnits.contains(name) && !headed.contains(name) && !units.rankMark(t, at);
    }

    /**
     * The unit of a force written right before it, its short form in parentheses passed over: a unit of the kinds the
     * rules name ("Puspen"), a one-word office heading one ("Kapuspen"), or a long form the folder defines for one
     * ("Pusat Penerangan"); else null.
     */
    private String unitBefore(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 2 && t.get(k).is(")") && t.get(k - 2).is("(")) {
            String restated = unit(t.get(k - 1).text());
            if (restated != null) {
                return restated;
            }
            k -= 3;
        }
        if (k < 0 || !t.get(k).isWord()) {
            return null;
        }
        String word = unit(t.get(k).text());
        if (word != null) {
            return word;
        }
        String headed = units.unitOf(t.get(k), false);
        if (headed != null && kindUnits.contains(headed)) {
            return headed;
        }
        for (int j = Math.max(0, k - 5); j < k; j++) {
            Optional<Map.Entry<String, Integer>> m = acronyms.at(t, j);
            if (m.isPresent() && j + m.get().getValue() == k + 1 && unit(m.get().getKey()) != null) {
                return m.get().getKey();
            }
        }
        return null;
    }

    /** {@code name} when it is a unit of a force, not a force's region body, else null. */
    private String unit(String name) {
        return kindUnits.contains(name) && !headed.contains(name) ? name : null;
    }

    /** The branch written at token {@code from}, with a space before it ("TNI AD": two capitals, or a long form of such), or "". */
    private String branch(List<Token> t, int from) {
        if (from >= t.size()) {
            return "";
        }
        if (ServiceUnits.serviceBranch(t.get(from))) {
            return " " + t.get(from).text();
        }
        Optional<Map.Entry<String, Integer>> m = acronyms.at(t, from);
        boolean branch = m.isPresent() && m.get().getKey().length() == 2 && m.get().getKey().chars().allMatch(Character::isUpperCase);
        return branch ? " " + m.get().getKey() : "";
    }
}
