package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.text.SafeText;

/** Which finding a command acts on: the one named, else the current one. */
final class Target {
    private Target() {
    }

    /** The finding, made the current one when named, or null after telling the user why there is none. */
    static Finding select(ShellContext ctx, String which) {
        Finding f = resolve(ctx, which);
        if (f != null) {
            ctx.state().select(f.id());
        }
        return f;
    }

    /**
     * The finding a command writes to, or null after telling the user why there is none. Naming one
     * ({@code note 5 …}) does not make it the current one: only moving does (next, prev, show).
     */
    static Finding resolve(ShellContext ctx, String which) {
        ShellState state = ctx.state();
        if (state.findings().isEmpty()) {
            ctx.out().println("No findings.");
            return null;
        }
        if (which == null) {
            return state.current().orElseThrow();
        }
        return state.find(which).orElseGet(() -> {
            ctx.out().println("No finding " + SafeText.sanitize(which) + " (1 to " + state.findings().size() + ", or an id).");
            return null;
        });
    }

    /**
     * After a write that replaced what a finding held: what it was and the command that puts it
     * back, so a write on the wrong finding ({@code verdict 2 3} read as verdict 2 on finding 3)
     * loses nothing.
     */
    static void replaced(ShellContext ctx, String before, String putBack) {
        ctx.out().println("It replaced: " + SafeText.sanitize(before));
        ctx.out().println("To put it back: " + SafeText.sanitize(putBack));
    }

    /** {@code finding 5 (numbers disagree: Figures for tentara disagree)}: which finding a reply is about. */
    static String named(ShellContext ctx, Finding f) {
        return "finding " + (ctx.state().indexOf(f) + 1) + " (" + f.type().label() + ": " + SafeText.sanitize(f.title()) + ")";
    }
}
