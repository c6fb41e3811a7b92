package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a proposition is called where a fact-checker reads it (the finding list, its panel, the reports): a phrase of
 * its claims, as they write it. Only content words name it: never a verb of doing or saying, an address word, a number
 * word or currency, or an English particle stranded in Indonesian copy (the rules' {@code labelStops}, through
 * {@link Lexicon#labelStops}). The label is the pair of such words standing side by side in two members or more
 * ("uang tebusan", "data center", "tata kelola") that weighs most times the members writing it, one of its words among the proposition's heaviest;
 * failing one, its two heaviest such words, in the order the claims most often write them. The label names a
 * proposition; it never decides which statements make one ({@link Propositions} keeps the grouping of the words'
 * weights, and a label two propositions would share is not given).
 */
final class PropositionLabel {
    /** How many of a proposition's heaviest label words a phrase must hold one of. */
    private static final int HEAVIEST = 3;
    /** Members that must write a phrase for it to name their proposition. */
    private static final int SHARED = 2;

    private PropositionLabel() {
    }

    /**
     * A claim's tokens as label slots: each content word ({@code words}, in token order) that may name a proposition,
     * null for any other token.
     */
    static List<ClaimWords.Word> slots(List<Token> tokens, List<ClaimWords.Word> words, Set<String> stops) {
        List<ClaimWords.Word> out = new ArrayList<>(tokens.size());
        int w = 0;
        for (Token t : tokens) {
            if (w < words.size() && t.text().equals(words.get(w).surface())) {
                ClaimWords.Word word = words.get(w++);
                out.add(stops.contains(t.lower()) ? null : word);
            } else {
                out.add(null);
            }
        }
        return out;
    }

    /**
     * The label of a proposition.
     *
     * @param scores  its words' weights to a label ({@link PropositionGroup#labelScores}), heaviest naming it best
     * @param members each member's label slots ({@link #slots})
     * @return the label, or null when fewer than two words may name it
     */
    static String of(Map<String, Double> scores, List<List<ClaimWords.Word>> members) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Set<String> labelled = new HashSet<>();
        for (List<ClaimWords.Word> m : members) {
            for (ClaimWords.Word w : m) {
                if (w != null && scores.containsKey(w.key())) {
                    labelled.add(w.key());
                    forms.computeIfAbsent(w.key(), k -> new TreeMap<>()).merge(w.surface().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        if (labelled.size() < 2) {
            return null;
        }
        List<String> heaviest = labelled.stream()
                .sorted(Comparator.<String, Double>comparing(scores::get).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        String phrase = phrase(scores, members, new HashSet<>(heaviest.subList(0, Math.min(HEAVIEST, heaviest.size()))), forms);
        if (phrase != null) {
            return phrase;
        }
        String a = heaviest.get(0);
        String b = heaviest.get(1);
        if (before(members, b, a) > before(members, a, b)) {
            String t = a;
            a = b;
            b = t;
        }
        String together = writtenTogether(members, a, b);
        return together != null ? together : mostWritten(forms.get(a)) + " " + mostWritten(forms.get(b));
    }

    /**
     * The two words as the members holding both write them, the form most of those write (of forms written as often,
     * the first in order): each word's most written form alone could come from claims of two languages, "clear cuaca"
     * of an English claim's "clear" and the Indonesian claims' "cuaca". Null when no member holds both.
     */
    private static String writtenTogether(List<List<ClaimWords.Word>> members, String a, String b) {
        Map<String, Integer> pairs = new TreeMap<>();
        for (List<ClaimWords.Word> m : members) {
            String fa = null;
            String fb = null;
            for (ClaimWords.Word w : m) {
                if (w != null && fa == null && w.key().equals(a)) {
                    fa = w.surface().toLowerCase(Locale.ROOT);
                }
                if (w != null && fb == null && w.key().equals(b)) {
                    fb = w.surface().toLowerCase(Locale.ROOT);
                }
            }
            if (fa != null && fb != null) {
                pairs.merge(fa + " " + fb, 1, Integer::sum);
            }
        }
        return pairs.isEmpty() ? null : mostWritten(pairs);
    }

    /**
     * The pair of label words side by side in {@value #SHARED} members or more, holding one of {@code heavy}, that weighs
     * most times the members writing it ("uang tebusan" in every claim before "bayar uang" in two).
     */
    private static String phrase(Map<String, Double> scores, List<List<ClaimWords.Word>> members, Set<String> heavy,
                                 Map<String, Map<String, Integer>> forms) {
        Map<String, Set<Integer>> holders = new TreeMap<>();
        Map<String, Map<String, Integer>> written = new HashMap<>();
        Map<String, Double> weight = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            List<ClaimWords.Word> slots = members.get(m);
            for (int i = 0; i + 1 < slots.size(); i++) {
                ClaimWords.Word x = slots.get(i);
                ClaimWords.Word y = slots.get(i + 1);
                if (x == null || y == null || x.key().equals(y.key()) || !scores.containsKey(x.key())
                        || !scores.containsKey(y.key()) || !heavy.contains(x.key()) && !heavy.contains(y.key())) {
                    continue;
                }
                String key = x.key() + " " + y.key();
                holders.computeIfAbsent(key, k -> new HashSet<>()).add(m);
                written.computeIfAbsent(key, k -> new TreeMap<>())
                        .merge((x.surface() + " " + y.surface()).toLowerCase(Locale.ROOT), 1, Integer::sum);
                weight.put(key, scores.get(x.key()) + scores.get(y.key()));
            }
        }
        String best = null;
        for (Map.Entry<String, Set<Integer>> e : holders.entrySet()) {
            if (e.getValue().size() < SHARED) {
                continue;
            }
            if (best == null || weight.get(e.getKey()) * e.getValue().size() > weight.get(best) * holders.get(best).size()) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        // of forms written as often, the one whose words the members write most: the folder's own language's
        // ("tanggul jebol" over the English member's "levee breach", the same keys through the glossary)
        Map<String, Integer> byForm = written.get(best);
        String form = null;
        for (Map.Entry<String, Integer> e : byForm.entrySet()) {
            if (form == null || e.getValue() > byForm.get(form)
                    || e.getValue().equals(byForm.get(form)) && wordsWritten(e.getKey(), best, forms) > wordsWritten(form, best, forms)) {
                form = e.getKey();
            }
        }
        return form;
    }

    /** How often the members write the words of a phrase's form, each as that word of the phrase. */
    private static int wordsWritten(String form, String keys, Map<String, Map<String, Integer>> forms) {
        String[] w = form.split(" ");
        String[] k = keys.split(" ");
        int n = 0;
        for (int i = 0; i < w.length && i < k.length; i++) {
            n += forms.getOrDefault(k[i], Map.of()).getOrDefault(w[i], 0);
        }
        return n;
    }

    /** How many members write {@code a} before {@code b} (their first places). */
    private static int before(List<List<ClaimWords.Word>> members, String a, String b) {
        int n = 0;
        for (List<ClaimWords.Word> m : members) {
            int ia = -1;
            int ib = -1;
            for (int i = 0; i < m.size(); i++) {
                ClaimWords.Word w = m.get(i);
                if (w != null && w.key().equals(a) && ia < 0) {
                    ia = i;
                }
                if (w != null && w.key().equals(b) && ib < 0) {
                    ib = i;
                }
            }
            if (ia >= 0 && ib >= 0 && ia < ib) {
                n++;
            }
        }
        return n;
    }

    /** The form written most often; of forms written as often, the first in order. */
    private static String mostWritten(Map<String, Integer> forms) {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
