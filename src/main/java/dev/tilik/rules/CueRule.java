package dev.tilik.rules;

import dev.tilik.statements.Stance;
import java.util.Objects;

/**
 * A cue word and the stance it signals: {@code {"word": "membantah", "stance": "deny"}}.
 * Multi-word cues are allowed ("menurut", "seperti dilansir").
 */
public record CueRule(String word, Stance stance) {
    public CueRule {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("word: expected a non-empty cue word");
        }
        Objects.requireNonNull(stance, "stance: expected one of " + Stance.ids());
    }
}
