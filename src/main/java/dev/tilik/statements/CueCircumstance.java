package dev.tilik.statements;

import java.util.Optional;
import java.util.Set;

/**
 * When and where a speaker said something, written between the cue and its complementizer in a tagged sentence
 * ("said on Monday that …", "said in a statement late on March 3 that …", "stated during a press conference that
 * …", "told reporters on Thursday that …"): no part of what was said. Left in the claim it hid the claim's own
 * negation behind the complementizer, a clause break ("said on Monday that the government will not pay" read as
 * asserting), and lent the claim its words and dates.
 */
final class CueCircumstance {
    /** How many tokens the circumstance may run before its complementizer. */
    static final int REACH = 12;

    /** Tags a circumstance (or the addressee before it) may open with: a preposition, an adverb, a noun phrase's word. */
    private static final Set<String> OPENS = Set.of("ADP", "ADV", "ADJ", "NOUN", "PROPN", "NUM", "PRON");

    /** Tags of the words a circumstance is made of ("in a statement late on March 3", "during a press conference"). */
    private static final Set<String> INSIDE = Set.of("ADP", "ADV", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "DET", "PART");

    private static final Set<String> VERB_OR_AUX = Set.of("VERB", "AUX");
    private static final Set<String> PREPOSITION = Set.of("ADP");
    private static final Set<String> DETERMINER = Set.of("DET");
    private static final Set<String> FIGURE_OR_NAME = Set.of("NUM", "PROPN");

    private CueCircumstance() {
    }

    /**
     * The token after the complementizer that closes a circumstance opening at {@code from}, right after a cue; else
     * {@code from}. Only words a circumstance is made of may stand before the complementizer (a verb, a comma, a colon or
     * a quotation mark ends the search: "said police had found that …" keeps its claim whole), and a "that" right after a
     * preposition ("on that day"), one the tagger reads as a determiner after a noun ("in a statement that supplies …";
     * after a date it is the complementizer, "on March 4 that supplies …") or one opening a relative clause, a verb
     * right after it ("in a statement that was posted …"), closes nothing.
     */
    static int claimStart(Lexicon lex, Sentence s, int from) {
        if (!s.tagged() || from >= s.size() || !s.token(from).isWord() || !s.token(from).tagIn(OPENS)) {
            return from;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + REACH + 1); k++) {
            Token t = s.token(k);
            Optional<PhraseMatcher.Match<String>> c = lex.complementizers.at(s.tokens(), k);
            if (c.isPresent()) {
                int next = c.get().to();
                boolean relative = next < s.size() && s.token(next).tagIn(VERB_OR_AUX);
                Token before = s.token(k - 1);
                boolean determiner = before.tagIn(PREPOSITION)
                        || t.tagIn(DETERMINER) && !before.tagIn(FIGURE_OR_NAME);
                return determiner || relative || next >= s.size() ? from : next;
            }
            if (t.isQuote() || t.is(",") || t.is(";") || t.is(":") || t.isWord() && !t.tagIn(INSIDE)) {
                return from;
            }
        }
        return from;
    }
}
