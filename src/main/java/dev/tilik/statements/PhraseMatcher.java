package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds phrases from a rule list in a token sequence: whole tokens, case-insensitive, longest
 * phrase first. A phrase word written in capitals ("AS", "PBB") only matches in that exact case,
 * so an acronym never matches an ordinary word ("as"). A clitic ("nya", "lah") may follow any word
 * ("membantahnya" matches "membantah"). A matcher made {@link #withLemmas() with lemmas} also
 * lets a word meet a tagged token by its lemma ("say" matches "said"). Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for (a cue rule, a party id, or the phrase itself)
 */
final class PhraseMatcher<T> {

    /** A phrase found at tokens {@code [from, to)}; {@code clitic} is the suffix on the last token, or "". */
    record Match<T>(int from, int to, T value, String clitic) {
    }

    /**
     * A phrase: its words as written, each in lower case, and whether each is an acronym (matched
     * in its exact case), worked out once rather than at every comparison.
     */
    private record Entry<T>(String[] words, String[] lower, boolean[] acronym, T value) {
        static <T> Entry<T> of(String[] words, T value) {
            String[] lower = new String[words.length];
            boolean[] acronym = new boolean[words.length];
            for (int k = 0; k < words.length; k++) {
                lower[k] = words[k].toLowerCase(Locale.ROOT);
                acronym[k] = isAcronym(words[k]);
            }
            return new Entry<>(words, lower, acronym, value);
        }
    }

    private final Map<String, List<Entry<T>>> byFirst;
    private final List<String> clitics;
    private final boolean lemmas;
    /** The first-word index shared with the language's other matchers, or null; this matcher's bit in it. */
    private final FirstWords index;
    private final int bit;

    PhraseMatcher(Map<String, T> phrases, Collection<String> clitics) {
        this.byFirst = new HashMap<>();
        this.lemmas = false;
        this.index = null;
        this.bit = -1;
        this.clitics = clitics.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        phrases.forEach((phrase, value) -> {
            String[] words = Tokens.of(phrase.strip(), 0, phrase.strip().length()).stream()
                    .map(Token::text).toArray(String[]::new);
            if (words.length > 0) {
                byFirst.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(Entry.of(words, value));
            }
        });
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry<T> e) -> -e.words.length)));
    }

    private PhraseMatcher(PhraseMatcher<T> words, boolean lemmas, FirstWords index, int bit) {
        this.byFirst = words.byFirst;
        this.clitics = words.clitics;
        this.lemmas = lemmas;
        this.index = index;
        this.bit = bit;
    }

    /** The same phrases, also matching a tagged token by its lemma. */
    PhraseMatcher<T> withLemmas() {
        return new PhraseMatcher<>(this, true, index, bit);
    }

    /** The same matcher, asking {@code firstWords} (where it is kept under {@code bit}) before its own lookups. */
    PhraseMatcher<T> indexedBy(FirstWords firstWords, int bit) {
        return new PhraseMatcher<>(this, lemmas, firstWords, bit);
    }

    /** The phrases' first words, lower case. */
    java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirst.keySet());
    }

    /** The clitics a phrase's word may carry, lower case. */
    List<String> clitics() {
        return clitics;
    }

    static PhraseMatcher<String> of(Collection<String> phrases, Collection<String> clitics) {
        Map<String, String> m = new HashMap<>();
        phrases.forEach(p -> m.put(p, p.toLowerCase(Locale.ROOT)));
        return new PhraseMatcher<>(m, clitics);
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The longest phrase starting at token {@code i} and ending by {@code limit}. */
    Optional<Match<T>> at(List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return Optional.empty();
        }
        // The token's keys in order — as written in lower case, its lemma, without each clitic —
        // tried one by one without building their list: most tokens start no phrase at all.
        Token t = tokens.get(i);
        String lower = t.lower();
        // the shared index says when neither the word as written nor any clitic-less form of it is a first word here
        boolean written = index == null || index.mayStart(t, bit);
        Match<T> m = written ? startingWith(lower, tokens, i, limit) : null;
        if (m == null && lemmas && lemmaMayStart(t, tokens, i, limit)) {
            String lemma = t.lemma();
            if (lemma != null && !lemma.equals(lower)) {
                m = startingWith(lemma, tokens, i, limit);
            }
        }
        for (int c = 0; m == null && written && c < clitics.size(); c++) {
            String clitic = clitics.get(c);
            if (lower.length() > clitic.length() + 1 && lower.endsWith(clitic)) {
                m = startingWith(lower.substring(0, lower.length() - clitic.length()), tokens, i, limit);
            }
        }
        return Optional.ofNullable(m);
    }

    /** The first phrase under first word {@code key} that matches from token {@code i} within {@code limit}, or null. */
    private Match<T> startingWith(String key, List<Token> tokens, int i, int limit) {
        List<Entry<T>> entries = byFirst.get(key);
        if (entries == null) {
            return null;
        }
        for (Entry<T> e : entries) {
            int n = e.words.length;
            if (i + n > limit) {
                continue;
            }
            String clitic = "";
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String c = wordMatch(e, k, tokens.get(i + k));
                ok = c != null;
                clitic = ok ? c : clitic;
            }
            if (ok) {
                return new Match<>(i, i + n, e.value, clitic);
            }
        }
        return null;
    }

    /**
     * True when token {@code i}'s lemma may start a phrase here: some lemma it may have (other than its
     * lower case) is a phrase's first word and the rest of that phrase may follow. False means its
     * lemma starts none, and its sentence need not be tagged to know it.
     */
    private boolean lemmaMayStart(Token t, List<Token> tokens, int i, int limit) {
        for (String l : t.possibleLemmas()) {
            List<Entry<T>> entries = l.equals(t.lower()) ? null : byFirst.get(l);
            if (entries == null) {
                continue;
            }
            for (Entry<T> e : entries) {
                if (mayMatch(e, tokens, i, limit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False when {@code e} cannot match from token {@code i}, whatever the tokens' lemmas turn out to be. */
    private boolean mayMatch(Entry<T> e, List<Token> tokens, int i, int limit) {
        int n = e.words.length;
        if (i + n > limit) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!mayMatchWord(e, k, tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean mayMatchWord(Entry<T> e, int k, Token token) {
        if (e.acronym[k]) {
            return token.text().equals(e.words[k]);
        }
        String w = e.lower[k];
        return clitic(w, token) != null || token.mayHaveLemma(w::equals);
    }

    Optional<Match<T>> at(List<Token> tokens, int i) {
        return at(tokens, i, tokens.size());
    }

    /** Non-overlapping matches in {@code [from, to)}, leftmost-longest. */
    List<Match<T>> findAll(List<Token> tokens, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Match<T>> m = at(tokens, i, to);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase that ends exactly at token {@code end} (exclusive) and starts at or after {@code from}. */
    Optional<Match<T>> endingAt(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            Optional<Match<T>> m = at(tokens, i, end);
            if (m.isPresent() && m.get().to() == end) {
                return m;
            }
        }
        return Optional.empty();
    }

    boolean contains(List<Token> tokens, int from, int to) {
        return !findAll(tokens, from, to).isEmpty();
    }

    /** The clitic by which {@code token} matches word {@code k} of {@code e} ("" when exact), or null. */
    private String wordMatch(Entry<T> e, int k, Token token) {
        if (e.acronym[k]) {
            return token.text().equals(e.words[k]) ? "" : null;
        }
        String w = e.lower[k];
        if (lemmas && !token.lower().equals(w) && token.mayHaveLemma(w::equals) && w.equals(token.lemma())) {
            return "";
        }
        return clitic(w, token);
    }

    /** The clitic by which {@code token} matches lower-case {@code w} as written ("" when exact), or null. */
    private String clitic(String w, Token token) {
        String lower = token.lower();
        if (lower.equals(w)) {
            return "";
        }
        for (String c : clitics) {
            if (lower.length() == w.length() + c.length() && lower.startsWith(w) && lower.endsWith(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return Character.isLetter(word.charAt(0));
    }
}
