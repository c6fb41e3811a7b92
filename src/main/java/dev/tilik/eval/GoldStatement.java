package dev.tilik.eval;

import dev.tilik.model.Stance;
import java.util.List;
import java.util.Objects;

/**
 * A statement a careful fact-checker expects, identified by a distinctive substring of its
 * sentence ({@code match}), not by offsets, so any correct sentence splitting matches it. A label
 * left out (null) is not scored.
 */
public record GoldStatement(
        String id,
        String match,
        String speaker,
        String party,
        Stance stance,
        String topic,
        List<GoldNumber> numbers,
        Boolean quote,
        String via,
        String note) {

    public GoldStatement {
        Objects.requireNonNull(id, "id: expected the statement's gold id, e.g. \"A1\"");
        Objects.requireNonNull(match, "match: expected a distinctive substring of the sentence");
        if (GoldText.collapse(match).isEmpty()) {
            throw new IllegalArgumentException("match: expected a non-blank substring");
        }
        if (id.contains(":") || id.equals(GoldRef.ANY) || id.equals(GoldRef.BOILERPLATE)) {
            throw new IllegalArgumentException("id: \"" + id + "\" is reserved; expected a plain id such as \"A1\"");
        }
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** A figure the statement carries: {@code value} is a number ("1500") or a magnitude word ("ribuan"). */
    public record GoldNumber(String value, boolean approx, String unit) {
        public GoldNumber {
            Objects.requireNonNull(value, "value: expected a number or a magnitude word");
        }
    }
}
