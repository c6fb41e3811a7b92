package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.text.SafeText;

/** Which finding a command acts on: the one named, else the current one. */
final class Target {
    private Target() {
    }

    /** The finding, or null after telling the user why there is none. */
    static Finding resolve(ShellContext ctx, String which) {
        ShellState state = ctx.state();
        if (state.findings().isEmpty()) {
            ctx.out().println("No findings.");
            return null;
        }
        if (which == null) {
            return state.current().orElseThrow();
        }
        return state.select(which).orElseGet(() -> {
            ctx.out().println("No finding " + SafeText.sanitize(which) + " (1 to " + state.findings().size() + ", or an id).");
            return null;
        });
    }
}
