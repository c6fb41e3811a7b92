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
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    TopicMatcher(StatementRules rules, WordForms forms) {
        this.forms = forms;
        List<Term> t = new ArrayList<>();
        rules.topics().forEach((topic, words) -> words.forEach(w -> t.add(term(topic, w))));
        t.sort((a, b) -> b.words.size() - a.words.size());
        this.terms = List.copyOf(t);
        this.events = rules.events().stream().map(w -> term("", w)).toList();
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
            for (Term t : terms) {
                if (matches(t, tokens, i, to)) {
                    return Optional.of(t.topic);
                }
            }
        }
        return Optional.empty();
    }

    /** True when some word of {@code tokens} is a term of {@code topic}. */
    boolean names(List<Token> tokens, String topic) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Term t : terms) {
                if (t.topic.equals(topic) && matches(t, tokens, i, tokens.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when tokens {@code [from, to)} name a topic event ("deployed", "mengirimkan"). */
    boolean namesEvent(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Term t : events) {
                if (matches(t, tokens, i, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when token {@code i} is a topic event ("mengirimkan") or starts a topic term ("tentara"). */
    boolean isEventOrTopic(List<Token> tokens, int i, int to) {
        for (Term t : events) {
            if (matches(t, tokens, i, to)) {
                return true;
            }
        }
        for (Term t : terms) {
            if (matches(t, tokens, i, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Term t, List<Token> tokens, int i, int to) {
        if (t.words.isEmpty() || i + t.words.size() > to) {
            return false;
        }
        for (int k = 0; k < t.words.size(); k++) {
            Token tok = tokens.get(i + k);
            boolean byLemma = tok.lemma() != null && t.words.get(k).contains(tok.lemma());
            if (!tok.isWord() || !byLemma && disjoint(formsOf(tok.text()), t.words.get(k))) {
                return false;
            }
        }
        return true;
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
