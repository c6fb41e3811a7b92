package dev.tilik.tui;

import java.util.List;
import java.util.Objects;

/** The result of {@link Update}: the next state and the work to do. */
public record Step(AppState state, List<Effect> effects) {
    public Step {
        Objects.requireNonNull(state, "state");
        effects = List.copyOf(effects);
    }

    public static Step of(AppState state, Effect... effects) {
        return new Step(state, List.of(effects));
    }
}
