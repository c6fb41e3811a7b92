package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * A count whose thing the sentence before names: a short sentence of its own giving a figure of people and no
 * thing ("Hari ini 41 orang.", "So far 37 people.") goes on with the count the sentence before it names ("Korban
 * tewas terus bertambah."; "… mencapai 39 orang (korban tewas)."), so its figure counts that thing and is compared
 * with the other counts of it across the folder. Only a claim too short to say what it counts lends itself to
 * that reading ({@link #ELLIPTICAL} words at most), only when it names no thing of its own and the words before it
 * name one thing alone: its own sentence's before it (a quotation of several sentences is one sentence, each a
 * claim: "Yang kemarin 39 orang (korban tewas). Hari ini 41 orang," kata X), else the sentence before, in its
 * paragraph or closing the one before. Immutable and thread-safe.
 */
final class CountBefore {
    /** How many words a sentence that goes on with the count before it holds at most ("Hari ini 41 orang"). */
    static final int ELLIPTICAL = 6;

    /** Nouns a count of people is written with that name no counted thing ("orang", "people"). */
    private final java.util.Set<String> people;
    private final CountedThing things;

    CountBefore(List<String> people, CountedThing things) {
        this.people = people.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.things = things;
    }

    /**
     * {@code found}, the figures of a claim in tokens {@code [from, to)} of its sentence, each of people with no
     * counted thing given the thing {@code before} (the sentence before, or null) names when the claim is short and
     * names none itself; {@code found} as it is otherwise.
     */
    List<NumberMention> carried(List<NumberMention> found, List<Token> tokens, int from, int to, List<Token> before) {
        if (found.isEmpty() || found.stream().noneMatch(this::bare) || words(tokens, from, to) > ELLIPTICAL
                || things.names(tokens, from, to)) {
            return found;
        }
        String thing = lent(tokens, from, before);
        if (thing == null) {
            return found;
        }
        List<NumberMention> out = new ArrayList<>(found.size());
        for (NumberMention m : found) {
            out.add(bare(m) ? new NumberMention(m.span(), m.text(), m.value(), m.low(), m.high(), m.qualifier(), m.unit(),
                    thing, null) : m);
        }
        return out;
    }

    /**
     * The thing the words before a claim name: when a sentence of the same quotation ends before it (a quotation of
     * several sentences is one sentence, each a claim: "Yang kemarin 39 orang (korban tewas). Hari ini 41 orang," kata
     * X), that sentence's alone; else its own sentence's words before it when they name any, else the sentence before.
     */
    private String lent(List<Token> tokens, int from, List<Token> before) {
        int end = stop(tokens, 0, from);
        if (end >= 0) {
            return things.named(tokens, stop(tokens, 0, end) + 1, end);
        }
        if (things.names(tokens, 0, from)) {
            return things.named(tokens, 0, from);
        }
        return before == null ? null : things.named(before, 0, before.size());
    }

    /** The last full stop in tokens {@code [from, to)}, or -1 when none stands there. */
    private static int stop(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (tokens.get(i).is(".")) {
                return i;
            }
        }
        return -1;
    }

    /** A figure written in digits with no counted thing, no fate and no noun but one of people. */
    private boolean bare(NumberMention m) {
        return m.counted() == null && m.which() == null && !m.inWords()
                && (m.unit() == null || people.contains(m.unit().toLowerCase(java.util.Locale.ROOT)));
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += tokens.get(i).isWord() ? 1 : 0;
        }
        return n;
    }
}
