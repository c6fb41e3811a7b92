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

    /**
     * Reports {@code result}; when nothing reached the disk, says so in words (the change stays in
     * this session). True when it was saved.
     */
    boolean saved(SaveResult result) {
        report(result);
        if (!result.ok()) {
            out.println("NOT saved: the change is kept in this session; save (or the next change) tries again.");
        }
        return result.ok();
    }

    /** Prints what the user must know about a save: nothing when it simply worked. */
    void report(SaveResult result) {
        String warning = state.warning();
        if (warning != null) {
            out.println("warning: " + SafeText.sanitize(warning));
        }
        for (Problem p : result.problems()) {
            out.println(p.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + SafeText.sanitize(p.toString()));
        }
        String merged = result.mergeSaid();
        if (merged != null) {
            out.println(SafeText.sanitize(merged));
            result.merged().conflicts().forEach(c -> out.println("  " + SafeText.sanitize(c)));
        }
    }
}
