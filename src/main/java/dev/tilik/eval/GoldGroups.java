package dev.tilik.eval;

import java.util.ArrayList;
import java.util.List;

/** Validation and parsing of {@code between} groups. */
final class GoldGroups {
    private GoldGroups() {
    }

    static List<List<String>> copy(List<List<String>> between, int min) {
        if (between == null || between.size() < min) {
            throw new IllegalArgumentException("between: expected at least " + min + " group(s) of statement ids");
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : between) {
            if (g == null || g.isEmpty()) {
                throw new IllegalArgumentException("between: expected non-empty groups");
            }
            out.add(List.copyOf(g));
        }
        return List.copyOf(out);
    }

    static List<List<GoldRef>> parse(List<List<String>> between) {
        return between.stream().map(g -> g.stream().map(GoldRef::parse).toList()).toList();
    }
}
