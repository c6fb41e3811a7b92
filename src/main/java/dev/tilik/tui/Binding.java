package dev.tilik.tui;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One row of the key table: an action, its keys, where it applies, its help group and its guard. */
public record Binding(Action action, List<Key> keys, Set<Mode> modes, String group, Guard guard) {
    public Binding {
        Objects.requireNonNull(action, "action");
        keys = List.copyOf(keys);
        modes = Set.copyOf(modes);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(guard, "guard");
    }

    public Binding withKeys(List<Key> k) {
        return new Binding(action, k, modes, group, guard);
    }

    public String description() {
        return action.description();
    }

    /** Keys as the help screen shows them: {@code j, Down}. */
    public String keyLabel() {
        StringBuilder sb = new StringBuilder();
        for (Key k : keys) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.name());
        }
        return sb.toString();
    }
}
