package dev.tilik.notes;

import dev.tilik.review.ReviewSession;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A JVM shutdown hook that saves the current notes when the process is told to stop (SIGTERM, or
 * SIGHUP when an SSH connection drops): synchronous, silent (the terminal may be gone), through
 * {@link NoteStore#saveLast}: it waits for no autosave's rendering, and no older autosave can
 * overwrite it.
 */
public final class SaveOnExit {
    private final Thread hook;

    private SaveOnExit(Thread hook) {
        this.hook = hook;
    }

    /** Installs the hook; {@code current} must return the latest session (e.g. read a volatile). */
    public static SaveOnExit install(NoteStore store, Supplier<ReviewSession> current) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(current, "current");
        Thread t = new Thread(() -> save(store, current), "tilik-save-on-exit");
        Runtime.getRuntime().addShutdownHook(t);
        return new SaveOnExit(t);
    }

    private static void save(NoteStore store, Supplier<ReviewSession> current) {
        try {
            ReviewSession s = current.get();
            if (s != null) {
                store.saveLast(s);
            }
        } catch (RuntimeException | Error e) {
            // Nothing can be shown while the JVM exits; the last autosave stays on disk.
        }
    }

    /** Removes the hook after a normal quit that already saved. */
    public void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway, which is harmless (save is idempotent).
        }
    }
}
