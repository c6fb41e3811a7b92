package dev.tilik.statements;

import java.util.Set;

/**
 * The speaker of an English cue written as a participle set off after a clause of its own, for
 * {@link AttributionFinder}: "Rina Wati criticised the port congestion, saying that …", "He mocked the workers
 * who opposed him by saying that …". A participle clause takes the subject of the clause it hangs on, so the
 * speaker is that clause's subject, never the object standing next to the cue ("the port congestion",
 * "the workers"). Only in tagged sentences, where a verb is told from a noun.
 */
final class ParticipleSubject {
    /** Tags of the main clause's verb, whose subject the participle takes. */
    private static final Set<String> VERBS = Set.of("VERB", "AUX");
    /** The tag of the participle itself. */
    private static final Set<String> VERB = Set.of("VERB");

    private ParticipleSubject() {
    }

    /**
     * The main clause's subject when the cue at {@code cue} is a participle ("saying", "stating") after a comma or
     * "by", in tokens {@code [lo, cue)}: the speaker phrase before the first verb that has a plausible one; null when
     * the cue is no such participle or no verb before it has a subject.
     */
    static SpeakerPhrase.Cut subject(Sentence s, SpeakerPhrase phrases, int lo, int cue) {
        if (!s.tagged() || cue - lo < 3 || !participle(s.token(cue))) {
            return null;
        }
        Token before = s.token(cue - 1);
        if (!before.is(",") && !before.lower().equals("by")) {
            return null;
        }
        int clauseEnd = cue - 1;
        for (int k = lo + 1; k < clauseEnd; k++) {
            Token t = s.token(k);
            if (!t.isWord() || t.isCapitalized() || !t.tagIn(VERBS) || s.inQuote(k)) {
                continue;
            }
            int group = NounPhrases.verbGroupStart(s, lo, k);
            if (group <= lo) {
                continue;
            }
            SpeakerPhrase.Cut cut = phrases.left(lo, group);
            if (phrases.plausible(cut) && cut.to() <= group) {
                return cut;
            }
            if (!s.token(k).text().endsWith("ing")) {
                return null; // the first finite verb's subject is no speaker: no other is the clause's
            }
        }
        return null;
    }

    /** True for a cue word in lower case ending in "-ing" that the tagger reads as a verb ("saying", "adding"). */
    private static boolean participle(Token t) {
        return t.isWord() && !t.isCapitalized() && t.lower().endsWith("ing") && t.tagIn(VERB);
    }
}
