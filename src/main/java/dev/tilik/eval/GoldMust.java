package dev.tilik.eval;

import dev.tilik.model.FindingType;
import java.util.List;
import java.util.Objects;

/**
 * A finding a careful fact-checker would raise: one of {@code kind} whose evidence reaches every
 * {@code between} group.
 */
public record GoldMust(String id, FindingType kind, List<List<String>> between, String why) {
    public GoldMust {
        Objects.requireNonNull(id, "id: expected the finding's gold id, e.g. \"F1\"");
        Objects.requireNonNull(kind, "kind: expected one of " + FindingType.ids());
        between = GoldGroups.copy(between, 1);
    }

    public List<List<GoldRef>> groups() {
        return GoldGroups.parse(between);
    }
}
