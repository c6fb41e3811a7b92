package dev.tilik.shell;

import dev.tilik.ingest.Problem;
import dev.tilik.notes.SaveResult;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every shell command gets: the state it works on, the writer it prints to, and the flag
 * that ends the loop.
 */
record ShellContext(ShellState state, PrintWriter out, AtomicBoolean quit) {
    ShellContext {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(quit, "quit");
    }

    /** Prints what the user must know about a save: nothing when it simply worked. */
    void report(SaveResult result) {
        for (Problem p : result.problems()) {
            out.println(p.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + SafeText.sanitize(p.toString()));
        }
    }
}
