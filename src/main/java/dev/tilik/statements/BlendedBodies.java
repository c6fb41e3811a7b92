package dev.tilik.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A short form written inside another body's blended short form is that body: Indonesian blends a body's name from its
 * pieces ("Ba" + "SAR" + "nas": Badan SAR Nasional), and an office of it is often named by the middle piece alone
 * ("Kantor SAR Wetan", "tim SAR"). A party opening with a short form of three capitals or more ("SAR Wetan") whose letters
 * stand, with letters on both sides, inside exactly one one-word blended short form the folder's parties open with
 * ("Basarnas Wetan", "Basarnas") is that body, its place kept ("Basarnas Wetan"), when all that follows the short form is
 * places of the folder. A blend is a word with lower-case letters ("Basarnas"), never a longer run of capitals ("DPRD"
 * holds "DPR" and is another body). Pure but for the map it completes.
 */
final class BlendedBodies {
    private BlendedBodies() {
    }

    /** Renames, in {@code party}, each party opening with a short form one blend of the folder holds, as the class says. */
    static void complete(Map<Statement, String> party, Predicate<String> place) {
        Set<String> blends = new HashSet<>();
        party.values().forEach(p -> {
            if (p != null) {
                String first = p.split(" ")[0];
                if (first.length() >= 5 && Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(Locale.ROOT))
                        && first.chars().allMatch(Character::isLetter)) {
                    blends.add(first);
                }
            }
        });
        if (blends.isEmpty()) {
            return;
        }
        Map<String, String> renamed = new java.util.HashMap<>();
        party.replaceAll((s, p) -> p == null ? null : renamed.computeIfAbsent(p, q -> blended(q, blends, place)));
    }

    /** {@code p} with its opening short form read as the one blend holding it, or {@code p} itself. */
    static String blended(String p, Set<String> blends, Predicate<String> place) {
        String[] w = p.split(" ");
        String acronym = w[0];
        if (acronym.length() < 3 || !acronym.chars().allMatch(c -> Character.isUpperCase(c))) {
            return p;
        }
        for (int i = 1; i < w.length; i++) {
            if (!place.test(w[i])) {
                return p;
            }
        }
        String lower = acronym.toLowerCase(Locale.ROOT);
        List<String> holding = blends.stream().filter(b -> {
            int at = b.toLowerCase(Locale.ROOT).indexOf(lower);
            return at > 0 && at + lower.length() < b.length();
        }).toList();
        if (holding.size() != 1) {
            return p;
        }
        return holding.get(0) + p.substring(acronym.length());
    }
}
