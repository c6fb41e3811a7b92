package dev.tilik.statements;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a statement got its stance, from the most explicit evidence to the least. Findings use it
 * to lead with the clearest statement of a side (a flat "tidak pernah mengirimkan tentara" before a
 * quote that only dismisses "rumours").
 */
public enum StanceBasis {
    /** A negation scoping over the topic's event or term: "tidak pernah mengirimkan tentara". */
    EVENT_NEGATED,
    /** The claim itself names the topic, and the cue (or a neutral cue) carries the stance: "membantah … mengirimkan tentara". */
    CUE_ON_TOPIC,
    /** A conditional, hedge or no-comment marker in the claim: "Jika benar …", "mungkin saja". */
    MARKER,
    /** The cue carries the stance, but the claim only refers back or names no topic: "membantah klaim ini". */
    CUE,
    /** A dismissal word: "rumor yang tidak berdasar", "spekulasi". */
    DISMISSAL,
    /** Not recorded (statements built by hand), or a claim that takes no position. */
    UNKNOWN,
    /**
     * A claim with words of its own that names no topic, under a topic only an earlier sentence named
     * ("Para korban datang untuk …" after a sentence naming the lexicon's topic): its cue asserts it, but
     * it is taken as {@code other} while propositions and findings are made (it holds no position on that
     * topic), and shown as the assertion it is once they are ({@link #shownAs}).
     */
    OWN_WORDS,
    /**
     * A word on the other side of a scale of opposite words from the one its proposition claims ("cuaca
     * normal" where the proposition says "cuaca buruk"; rules {@code opposites}): as explicit as a dismissal
     * word, a word of the claim with no cue saying so.
     */
    OPPOSITE,
    /**
     * A claim with words of its own that names no topic, as {@link #OWN_WORDS}, whose reading on a topic denies
     * ("penembakan tersebut bukan untuk membubarkan tawuran, melainkan karena …", "dekripsi tersebut tidak digunakan
     * untuk membuka file"): taken as {@code other} while propositions and findings are made, as any claim naming no
     * topic is (it holds no side of a proposition the folder could compare), and shown as the denial it reads once
     * they are ({@link #shownAs}). Last, so that the cache's recorded ordinals stand.
     */
    OWN_WORDS_DENIED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Higher is more explicit; a claim's own words are as little explicit as an unknown basis. */
    public int explicitness() {
        if (this == OPPOSITE) {
            return DISMISSAL.explicitness();
        }
        return this == OWN_WORDS || this == OWN_WORDS_DENIED ? 0 : UNKNOWN.ordinal() - ordinal();
    }

    /**
     * The statement as shown once findings are made: a claim held back as {@code other} for its own words
     * ({@link #OWN_WORDS}) is the assertion its cue makes, one whose own words deny ({@link #OWN_WORDS_DENIED}) the
     * denial; any other statement as it is.
     */
    public static Statement shownAs(Statement s) {
        if (s.stance() != dev.tilik.model.Stance.OTHER) {
            return s;
        }
        if (s.basis() == OWN_WORDS) {
            return s.withStance(dev.tilik.model.Stance.ASSERT, OWN_WORDS);
        }
        return s.basis() == OWN_WORDS_DENIED ? s.withStance(dev.tilik.model.Stance.DENY, OWN_WORDS_DENIED) : s;
    }
}
