package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One body, one name across the folder (the last of {@link Institutions}' passes): two parties that are the same words
 * once the folder's short forms are read for their long forms ({@link PartyNames#shortForm}) are one party, named as the
 * folder's speakers name it most — "Dinas Kesehatan Lembah Hijau" beside "Dinkes KLH" where the folder writes "Dinas
 * Kesehatan (Dinkes)" and "Kabupaten Lembah Hijau (KLH)": the place written open, without its marker, is the place the
 * short form names. Otherwise one body is two parties for the findings. Ties go to the name first in alphabetical order.
 * A party opening with a word for an organisation's kind is the party the folder writes without it, when the folder gives
 * that one too ("Dinas Gulkarmat DKI Jakarta" beside "Gulkarmat DKI Jakarta", "Partai Wetan" beside "Wetan"): Indonesian
 * writes a body's kind before its name or leaves it off, one body either way.
 */
final class OneBodyOneName {
    private OneBodyOneName() {
    }

    /** Renames, in {@code party}, each party to the most used one that reads as the same words. */
    static void complete(Map<Statement, String> party, PartyNames names) {
        Map<String, Integer> count = new HashMap<>();
        party.values().forEach(p -> {
            if (p != null) {
                count.merge(p, 1, Integer::sum);
            }
        });
        Map<String, List<String>> byWords = new HashMap<>();
        for (String p : count.keySet()) {
            byWords.computeIfAbsent(names.shortForm(p), k -> new ArrayList<>()).add(p);
        }
        Map<String, String> rename = new HashMap<>();
        Comparator<String> most = Comparator.comparing((String p) -> count.get(p)).reversed()
                .thenComparing(Comparator.naturalOrder());
        for (List<String> same : byWords.values()) {
            if (same.size() > 1) {
                String name = same.stream().min(most).orElseThrow();
                same.forEach(p -> rename.put(p, name));
            }
        }
        Map<String, String> byShortForm = new HashMap<>();
        for (String p : count.keySet()) {
            byShortForm.putIfAbsent(names.shortForm(p), rename.getOrDefault(p, p));
        }
        for (String p : count.keySet()) {
            names.withoutKind(p).map(names::shortForm).map(byShortForm::get)
                    .filter(q -> !q.equals(rename.getOrDefault(p, p)))
                    .ifPresent(q -> rename.put(p, q));
        }
        if (!rename.isEmpty()) {
            party.replaceAll((s, p) -> p == null ? null : rename.getOrDefault(p, p));
        }
    }
}
