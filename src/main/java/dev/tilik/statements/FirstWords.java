package dev.tilik.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One first-word index shared by up to 64 phrase matchers of a language ({@link Lexicon}'s): for each word, which
 * of them have a phrase starting with it as written or with a clitic of the matcher's after it ("membantah" and
 * "membantahnya" for a matcher of "membantah" with clitic "nya"). A token is looked up once for all of them and
 * the answer kept on the token ({@link Token#firstWords}); a matcher whose bit is clear skips its own lookups of the
 * token as written and under each clitic, which could only miss. Its lemma, read through the tags, is the matcher's
 * own look-up still. Filled while the lexicon is made, read-only after.
 */
final class FirstWords {
    /** How many matchers one index serves (one bit each); a matcher added beyond that is left unindexed. */
    static final int CAPACITY = Long.SIZE;

    private final Map<String, Long> bits = new HashMap<>();
    private int next;

    /** {@code m} indexed here (same phrases, clitics and lemma reading), or {@code m} itself when the index is full. */
    <T> PhraseMatcher<T> add(PhraseMatcher<T> m) {
        if (next >= CAPACITY) {
            return m;
        }
        int bit = next++;
        long mask = 1L << bit;
        for (String first : m.firstWords()) {
            bits.merge(first, mask, (a, b) -> a | b);
            if (first.length() > 1) {
                for (String clitic : m.clitics()) {
                    bits.merge(first + clitic, mask, (a, b) -> a | b);
                }
            }
        }
        return m.indexedBy(this, bit);
    }

    /** The matchers (as bits) that may start a phrase at a token written {@code lower}. */
    long of(String lower) {
        return bits.getOrDefault(lower, 0L);
    }

    /** Whether the matcher of bit {@code bit} may start a phrase at {@code t} by its lower case, with or without a clitic. */
    boolean mayStart(Token t, int bit) {
        return (t.firstWords(this) & 1L << bit) != 0;
    }

    /** For tests: the matchers indexed so far. */
    int size() {
        return next;
    }

    /** For tests: the words under which the matcher of {@code bit} is kept. */
    List<String> wordsOf(int bit) {
        return bits.entrySet().stream().filter(e -> (e.getValue() & 1L << bit) != 0).map(Map.Entry::getKey).sorted().toList();
    }
}
