package dev.tilik.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.model.Stance;
import dev.tilik.text.EnumIds;
import java.util.Locale;
import java.util.Objects;

/**
 * A cue word and the stance it signals: {@code {"word": "membantah", "stance": "deny"}}.
 * Multi-word cues are allowed ("menurut", "according to").
 *
 * @param word     the cue as written in lower case; a clitic ("-nya") may follow it in text
 * @param stance   the stance the cue signals on its own
 * @param position where speaker and claim stand around the cue; {@code reported} when omitted
 */
public record CueRule(String word, Stance stance, Position position) {

    /** Where the speaker stands relative to the cue. */
    public enum Position {
        /** {@code X menyebut (bahwa) …}: speaker before, claim after; also accepted after a quote. */
        REPORTED,
        /** {@code "…," ujar X}: only after a closing quotation mark ("tegas" is an adjective elsewhere). */
        QUOTE,
        /** {@code Menurut X, …}: speaker right after the cue, claim after the next comma. */
        PREFIX,
        /** {@code … dibantah oleh X}: claim before, speaker after the agent marker. */
        PASSIVE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Position of(String id) {
            return EnumIds.of(values(), Position::id, id);
        }
    }

    public CueRule {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("word: expected a non-empty cue word");
        }
        word = word.strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(stance, "stance: expected one of " + Stance.ids());
        position = position == null ? Position.REPORTED : position;
    }

    public CueRule(String word, Stance stance) {
        this(word, stance, Position.REPORTED);
    }
}
