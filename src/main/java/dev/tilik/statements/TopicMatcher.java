package dev.tilik.statements;

import dev.tilik.language.WordForms;
import dev.tilik.rules.StatementRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds topics (from the rules' lexicons) and topic events in tokens by word form, so inflected
 * words meet their lexicon entry. When a stretch names several topics the first mentioned wins:
 * "pengiriman senjata dan pasukan" is about weapons; a tagged token also meets an entry by its lemma
 * ("sent" → "send"). Topics never merge. Built once per language by the extractor (stemming
 * every lexicon entry is not per-article work); thread-safe, its cache of word forms being concurrent.
 */
final class TopicMatcher {
    private record Term(String topic, List<Set<String>> words) {
    }

    private final WordForms forms;
    private final List<Term> terms;
    private final List<Term> events;
    /** For each form or lemma a term's first word may take, the terms (by index) starting with it. */
    private final Map<String, int[]> termsStartingWith;
    private final Map<String, int[]> eventsStartingWith;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    TopicMatcher(StatementRules rules, WordForms forms) {
        this.forms = forms;
        List<Term> t = new ArrayList<>();
        rules.topics().forEach((topic, words) -> words.forEach(w -> t.add(term(topic, w))));
        t.sort((a, b) -> b.words.size() - a.words.size());
        this.terms = List.copyOf(t);
        this.events = rules.events().stream().map(w -> term("", w)).toList();
        this.termsStartingWith = startingWith(terms);
        this.eventsStartingWith = startingWith(events);
    }

    /**
     * Each key a token must meet, by form or by lemma, for a term to match from it: its first word's
     * forms. A term matches at a token only when that token meets its first word, so the terms found
     * here for the token's forms and lemma are the only ones worth trying (in the list's order kept by index).
     */
    private static Map<String, int[]> startingWith(List<Term> list) {
        Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (int k = 0; k < list.size(); k++) {
            Term t = list.get(k);
            if (t.words.isEmpty()) {
                continue;
            }
            for (String form : t.words.get(0)) {
                index.computeIfAbsent(form, x -> new ArrayList<>()).add(k);
            }
        }
        Map<String, int[]> out = new java.util.HashMap<>();
        index.forEach((form, ks) -> out.put(form, ks.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /**
     * The lowest index of a term of {@code list} matching at token {@code i}, or -1: only the terms whose
     * first word the token meets (by a form or its lemma) are tried, and those are all that can match.
     */
    private int firstAt(List<Term> list, Map<String, int[]> index, List<Token> tokens, int i, int to, String topic) {
        Token tok = tokens.get(i);
        if (!tok.isWord()) {
            return -1;
        }
        int best = -1;
        Set<String> forms = formsOf(tok.text());
        // A lemma that is one of the word's forms adds nothing to the forms' own look-ups (the lowest
        // index wins either way): only another lemma it may have asks for the sentence's tags.
        if (tok.mayHaveLemma(l -> index.containsKey(l) && !forms.contains(l)) && tok.lemma() != null) {
            best = lowest(list, index.get(tok.lemma()), tokens, i, to, topic, best);
        }
        for (String form : forms) {
            best = lowest(list, index.get(form), tokens, i, to, topic, best);
        }
        return best;
    }

    private int lowest(List<Term> list, int[] candidates, List<Token> tokens, int i, int to, String topic, int best) {
        if (candidates == null) {
            return best;
        }
        for (int k : candidates) {
            if (best >= 0 && k >= best) {
                break;
            }
            Term t = list.get(k);
            if ((topic == null || t.topic.equals(topic)) && matches(t, tokens, i, to)) {
                return k;
            }
        }
        return best;
    }

    private Term term(String topic, String phrase) {
        List<Set<String>> ws = new ArrayList<>();
        for (Token t : Tokens.of(phrase, 0, phrase.length())) {
            ws.add(formsOf(t.text()));
        }
        return new Term(topic, ws);
    }

    /** The first topic named in tokens {@code [from, to)}. */
    Optional<String> first(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            int k = firstAt(terms, termsStartingWith, tokens, i, to, null);
            if (k >= 0) {
                return Optional.of(terms.get(k).topic);
            }
        }
        return Optional.empty();
    }

    /** True when some word of {@code tokens} is a term of {@code topic}. */
    boolean names(List<Token> tokens, String topic) {
        for (int i = 0; i < tokens.size(); i++) {
            if (firstAt(terms, termsStartingWith, tokens, i, tokens.size(), topic) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when tokens {@code [from, to)} name a topic event ("deployed", "mengirimkan"). */
    boolean namesEvent(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (firstAt(events, eventsStartingWith, tokens, i, to, null) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code i} is a topic event ("mengirimkan") or starts a topic term ("tentara"). */
    boolean isEventOrTopic(List<Token> tokens, int i, int to) {
        return firstAt(events, eventsStartingWith, tokens, i, to, null) >= 0 || firstAt(terms, termsStartingWith, tokens, i, to, null) >= 0;
    }

    private boolean matches(Term t, List<Token> tokens, int i, int to) {
        if (t.words.isEmpty() || i + t.words.size() > to) {
            return false;
        }
        for (int k = 0; k < t.words.size(); k++) {
            Token tok = tokens.get(i + k);
            if (!tok.isWord() || disjoint(formsOf(tok.text()), t.words.get(k)) && !byLemma(tok, t.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code tok}'s lemma is one of {@code words} (its sentence tagged only when some lemma it may have is). */
    private static boolean byLemma(Token tok, Set<String> words) {
        return tok.mayHaveLemma(words::contains) && tok.lemma() != null && words.contains(tok.lemma());
    }

    private Set<String> formsOf(String word) {
        return cache.computeIfAbsent(word, forms::of);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
