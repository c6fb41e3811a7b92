package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term a claim glosses by its initials ("pemutusan hubungan kerja (PHK)", "the Regional Disaster Agency (RDA)")
 * names one thing: a denial's question that reaches its words asks about the term whole, not about each word,
 * so a statement answers it through the term (its initials written in capitals, or its words in a row) and not
 * through one word's root ("putusan pailit … diputus" shares only "putus" with "pemutusan"). The term is keyed by
 * {@link #KEY} and its initials, a key no word's root can be.
 */
final class GlossedTerms {
    /** What marks a term's key among a claim's roots. */
    static final String KEY = "#";
    private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,6}\\b");
    private static final int LONGEST = 5;

    private GlossedTerms() {
    }

    /** A run of words and the initials the claim writes after them. */
    record Term(List<String> words, String initials) {
    }

    /** The terms {@code text} glosses: a run of two to five words followed by its initials written in capitals. */
    static List<Term> in(String text) {
        List<String> t = ClaimWords.tokens(text);
        Set<String> capitals = capitals(text);
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            for (int m = 2; m <= LONGEST && i + m < t.size() && word(t.get(i + m - 1)); m++) {
                int n = t.get(i + m).equals("(") ? i + m + 1 : i + m; // "pemutusan hubungan kerja (PHK)"
                String next = n < t.size() ? t.get(n) : "";
                if (capitals.contains(next) && next.equals(initials(t, i, i + m))) {
                    out.add(new Term(List.copyOf(t.subList(i, i + m)), next));
                }
            }
        }
        return out;
    }

    /**
     * The question {@code asked} (lower-case words) with the words of each term of {@code terms} it reaches taken out
     * and the term's key put in; {@code asked} itself when it reaches no term.
     */
    static Set<String> asked(Set<String> asked, List<Term> terms) {
        Set<String> out = null;
        for (Term term : terms) {
            if (term.words().stream().anyMatch(asked::contains)) {
                if (out == null) {
                    out = new HashSet<>(asked);
                }
                out.removeAll(term.words());
                out.add(KEY + term.initials());
            }
        }
        return out == null ? asked : out;
    }

    /** The keys of the terms {@code text} may name: each word written in capitals, the initials of each run of words. */
    static Set<String> written(String text) {
        Set<String> out = new HashSet<>();
        capitals(text).forEach(c -> out.add(KEY + c));
        List<String> t = ClaimWords.tokens(text);
        for (int i = 0; i < t.size(); i++) {
            for (int m = 2; m <= LONGEST && i + m <= t.size() && word(t.get(i + m - 1)); m++) {
                out.add(KEY + initials(t, i, i + m));
            }
        }
        return out;
    }

    private static Set<String> capitals(String text) {
        Set<String> out = new HashSet<>();
        Matcher c = CAPITALS.matcher(text);
        while (c.find()) {
            out.add(c.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static boolean word(String token) {
        return Character.isLetter(token.charAt(0));
    }

    private static String initials(List<String> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(t.get(k).charAt(0));
        }
        return b.toString();
    }
}
