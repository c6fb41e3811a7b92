package dev.tilik.statements;

import java.util.Set;

/**
 * Noun-phrase and verb-group bounds from part-of-speech tags (Universal Dependencies), for tagged
 * sentences: the speaker before a cue is the noun phrase ending there ("Russian Foreign Ministry
 * spokeswoman Maria Zakharova", "a senior U.S. official", "North Korea's envoy to the United
 * Nations", "Seoul and Washington"); the words between it and the cue are the cue's verb group
 * ("did not publicly", "has repeatedly"). Pure functions over one sentence's tokens.
 */
final class NounPhrases {
    /** Words inside a noun phrase. */
    private static final Set<String> NOMINAL = Set.of("PROPN", "NOUN", "ADJ", "NUM");
    /** Words that open a noun phrase: nothing before them belongs to it. */
    private static final Set<String> OPENERS = Set.of("DET");
    /** Words of a verb group before its verb: auxiliaries, adverbs, "not". */
    private static final Set<String> VERB_GROUP = Set.of("AUX", "ADV", "PART", "CCONJ");
    /** Tags of a cue word used as a noun or adjective ("the reports", "an alleged plot"). */
    private static final Set<String> NOT_A_VERB = Set.of("NOUN", "PROPN", "ADJ");
    /** Tags of words before a noun inside its phrase. */
    private static final Set<String> MODIFIERS = Set.of("DET", "ADJ", "NUM");

    private NounPhrases() {
    }

    /**
     * Start of the noun phrase ending at token {@code to} (exclusive), not before {@code lo}; {@code to}
     * when the token before {@code to} ends no noun phrase. A possessive pronoun ("its envoy") or a
     * determiner opens the phrase; a preposition joins two nominals ("envoy to the United Nations"),
     * as does a conjunction ("Seoul and Washington").
     */
    static int startBefore(Sentence s, int lo, int to) {
        int start = to;
        int i = to - 1;
        while (i >= lo) {
            Token t = s.token(i);
            if (isNominal(s, i, lo, to)) {
                start = i;
                i--;
            } else if (start < to && (t.tagIn(OPENERS) || isPossessivePronoun(s, i))) {
                if (i - 1 >= lo && joins(s, i - 1, lo)) {
                    i -= 2;
                    continue;
                }
                return i;
            } else if (start < to && joins(s, i, lo) ) {
                i--;
            } else {
                break;
            }
        }
        return start;
    }

    /** End (exclusive) of the noun phrase starting at {@code from}, at most {@code limit}; {@code from} when none. */
    static int endAfter(Sentence s, int from, int limit) {
        int i = from;
        if (i < limit && (s.token(i).tagIn(OPENERS) || isPossessivePronoun(s, i))) {
            i++;
        }
        int end = from;
        while (i < limit) {
            if (isNominal(s, i, from, limit)) {
                end = ++i;
            } else if (end > from && i + 1 < limit && (s.token(i).tagIn(Set.of("ADP", "CCONJ")))
                    && (s.token(i + 1).tagIn(NOMINAL) || s.token(i + 1).tagIn(OPENERS))) {
                i++;
                if (s.token(i).tagIn(OPENERS)) {
                    i++;
                }
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * True when the cue word at {@code i} is used as a noun or adjective: tagged so, and either
     * after a determiner, adjective, number or possessive ("the reports", "his claims", "an alleged
     * plot"), or before a preposition ("claims over …"), or uninflected ("state media"). The tag
     * alone is not trusted: the English model often tags a verb in "-s" as a noun ("the secretary
     * acknowledges").
     */
    static boolean nominalCue(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.tagIn(NOT_A_VERB)) {
            return false;
        }
        if (t.lower().equals(t.lemma())) {
            return true;
        }
        if (i + 1 < s.size() && s.token(i + 1).tagIn(Set.of("ADP")) && !s.token(i + 1).lower().equals("that")) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        Token before = s.token(i - 1);
        return before.tagIn(MODIFIERS) || isPossessivePronoun(s, i - 1)
                || before.lower().equals("s") && before.tagIn(Set.of("PART"));
    }

    /**
     * Start of the verb group before the verb at {@code verb} (auxiliaries, adverbs, "not"), not before
     * {@code lo}; a short form tagged as an adverb is the subject ("AGO confirms …").
     */
    static int verbGroupStart(Sentence s, int lo, int verb) {
        int i = verb;
        while (i > lo && s.token(i - 1).isWord() && s.token(i - 1).tagIn(VERB_GROUP) && !acronym(s.token(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * True when the tokens {@code [from, to)} begin with a lower-case verb or auxiliary: a participle
     * or verb clause ("speaking on condition of anonymity"). A capitalised word is not trusted to be
     * a verb: the model tags a headline's first name so ("Pyongyang/VERB again rejects …").
     */
    static boolean startsWithVerb(Sentence s, int from, int to) {
        return from < to && s.token(from).tagIn(Set.of("VERB", "AUX")) && !s.token(from).isCapitalized();
    }

    private static boolean isNominal(Sentence s, int i, int lo, int to) {
        Token t = s.token(i);
        if (t.tagIn(NOMINAL) || i > 0 && t.isWord() && t.isCapitalized()) {
            return true; // a capitalised word inside a sentence is a name, whatever its tag ("to Moscow")
        }
        boolean inner = i > lo && i + 1 < to;
        // the apostrophe and "s" of a possessive, the dots of "U.S.", a hyphen: inside a phrase only
        return inner && (t.is("'") || t.is("\u2019") || t.is(".") || t.is("-") || t.tagIn(Set.of("PART")) && t.lower().equals("s"));
    }

    /** True for a word written in capitals, two letters or more: a short form, never the word it spells ("AGO", "IT"). */
    private static boolean acronym(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    /**
     * A preposition or conjunction between a nominal before it and the phrase after it; a capitalised word inside the
     * sentence is a nominal whatever its tag, as {@link #isNominal} reads it ("the Bukit Search/VERB and Rescue Agency").
     */
    private static boolean joins(Sentence s, int i, int lo) {
        Token t = s.token(i);
        boolean joiner = t.tagIn(Set.of("ADP", "CCONJ")) || t.tagIn(Set.of("PART")) && t.lower().equals("to");
        Token before = i > lo ? s.token(i - 1) : null;
        return joiner && before != null && (before.tagIn(NOMINAL) || i - 1 > 0 && before.isWord() && before.isCapitalized());
    }

    private static boolean isPossessivePronoun(Sentence s, int i) {
        Token t = s.token(i);
        return t.tagIn(Set.of("PRON")) && Set.of("its", "his", "her", "their", "our", "my", "your").contains(t.lower());
    }
}
