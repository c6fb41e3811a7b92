package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cue words that, matched by their lemma in a tagged sentence, say nothing of who spoke. A cue inside a compound
 * written with a hyphen ("state-owned", "state-run") is no cue at all. A cue in the passive ("The death toll was
 * initially reported as 11", "a second storey was being built on the shop", rules {@code passiveAuxiliaries}) has what
 * was said as its subject, and one written as a participle before the noun it modifies ("31 recorded cases", "zero
 * reported cases") describes that noun: each yields to another cue of the sentence ("…, its governor told reporters",
 * "according to the police spokesperson …", "According to Rina, …"), which names who said it. Alone in its sentence it
 * is kept, as it was read before ("It was stated that …" speaks for whom "it" stands for).
 */
final class WeakCues {
    private static final Set<String> VERB = Set.of("VERB");
    /** Words that may stand between a passive auxiliary and its participle ("was initially reported", "has not been confirmed"). */
    private static final Set<String> BETWEEN = Set.of("ADV", "PART");
    /** A verb group's words before its passive auxiliary ("has been", "will be"). */
    private static final Set<String> AUXILIARY = Set.of("AUX", "ADV", "PART");
    /** Words a participle modifying the noun after it follows: a figure, a determiner, an adjective ("31 recorded cases"). */
    private static final Set<String> MODIFIED = Set.of("NUM", "DET", "ADJ");

    private WeakCues() {
    }

    /**
     * The cues of a sentence without those that name no speaker: a compound's always, a passive or attributive cue's when
     * another cue of the sentence remains. Only for a language whose cues are lemmas, in a tagged sentence.
     */
    static List<PhraseMatcher.Match<CueRule>> without(Lexicon lex, Sentence s, List<PhraseMatcher.Match<CueRule>> cues) {
        if (!lex.rules.cueLemmas() || !s.tagged() || cues.isEmpty()) {
            return cues;
        }
        List<PhraseMatcher.Match<CueRule>> strong = new ArrayList<>();
        List<PhraseMatcher.Match<CueRule>> weak = new ArrayList<>();
        for (PhraseMatcher.Match<CueRule> m : cues) {
            if (compound(s, m)) {
                continue;
            }
            (passive(lex, s, m) || attributive(s, m) ? weak : strong).add(m);
        }
        return strong.isEmpty() ? weak : strong; // both in the sentence's order, as the cues came
    }

    /** True when the cue is one word written as part of a compound with a hyphen ("state-owned" read as "state"). */
    static boolean compound(Sentence s, PhraseMatcher.Match<CueRule> m) {
        return m.to() - m.from() == 1 && s.token(m.from()).text().indexOf('-') > 0;
    }

    /**
     * True when the cue is one verb right after a passive auxiliary ("was reported", "were being added", "was initially
     * reported"), no agent after it ("was denied by the ministry" names its speaker) and not a form in "-ing" ("is
     * calling for" is active), and not "it" with what was said after "that" ("It was stated that …", "it has been suspected that …": the "it" stands
     * for a speaker named before).
     */
    static boolean passive(Lexicon lex, Sentence s, PhraseMatcher.Match<CueRule> m) {
        if (m.to() - m.from() != 1 || !s.token(m.from()).tagIn(VERB) || s.token(m.from()).lower().endsWith("ing")) {
            return false;
        }
        int i = m.from();
        while (i > 0 && s.token(i - 1).tagIn(BETWEEN)) {
            i--;
        }
        if (i == 0 || lex.passiveAuxiliaries.endingAt(s.tokens(), i - 1, i).isEmpty()) {
            return false;
        }
        boolean agent = m.to() < s.size() && lex.sourceMarkers.at(s.tokens(), m.to()).isPresent();
        int subject = i - 1;
        while (subject > 0 && s.token(subject - 1).tagIn(AUXILIARY)) {
            subject--; // "It has been suspected that": the subject before the whole verb group
        }
        boolean expletive = subject > 0 && lex.groupPronouns.at(s.tokens(), subject - 1, subject).isPresent()
                && m.to() < s.size() && lex.complementizers.at(s.tokens(), m.to()).isPresent();
        return !agent && !expletive;
    }

    /** True when the cue is one verb between a figure, determiner or adjective and the noun it modifies ("zero reported cases"). */
    static boolean attributive(Sentence s, PhraseMatcher.Match<CueRule> m) {
        return m.to() - m.from() == 1 && m.from() > 0 && m.to() < s.size() && s.token(m.from()).tagIn(VERB)
                && s.token(m.from() - 1).tagIn(MODIFIED) && s.token(m.to()).tagIn(Set.of("NOUN"));
    }
}
