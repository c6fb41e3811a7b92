package dev.tilik.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tilik.model.FindingType;
import java.util.List;
import java.util.Objects;

/**
 * A trap: no contradiction-type finding (other than {@code exceptTypes}) may link evidence from
 * the first group with evidence from the second.
 */
public record GoldShouldNot(
        String id,
        List<List<String>> between,
        String why,
        @JsonProperty("except_types") List<FindingType> exceptTypes) {

    public GoldShouldNot {
        Objects.requireNonNull(id, "id: expected the trap's gold id, e.g. \"N1\"");
        between = GoldGroups.copy(between, 2);
        if (between.size() != 2) {
            throw new IllegalArgumentException("between: expected exactly two groups");
        }
        exceptTypes = exceptTypes == null ? List.of() : List.copyOf(exceptTypes);
    }

    public List<List<GoldRef>> groups() {
        return GoldGroups.parse(between);
    }
}
