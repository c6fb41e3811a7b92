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
    UNKNOWN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Higher is more explicit. */
    public int explicitness() {
        return values().length - 1 - ordinal();
    }
}
