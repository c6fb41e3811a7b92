package dev.tilik.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of the keys typed ahead of a load, beside the reader's loop ({@link TuiApp}): each kept in the
 * backend's journal before the next key is read, the journal let go once the saves holding what they made
 * have reached the note file, and the hang-up hook's wait for a load still running so that it can run them.
 * The UI thread calls {@link #afterStep}; the load and save workers {@link #loaded}, {@link #loadFailed},
 * {@link #saved}, {@link #saveFailed}; the hang-up hook {@link #hangUp} and {@link #unsaved}.
 */
final class AheadJournal {
    private final Backend backend;
    /** The first load, for the hang-up hook. */
    private final CompletableFuture<Msg.Loaded> loadedSession = new CompletableFuture<>();
    /**
     * The saves still to report before the journal can go (0: the next save that reaches the note file),
     * or -1 when no journal waits.
     */
    private final AtomicInteger saves = new AtomicInteger(-1);
    /** A key typed ahead was kept in the journal (UI thread writes, the hang-up hook reads). */
    private volatile boolean journalled;

    AheadJournal(Backend backend) {
        this.backend = backend;
    }

    void loaded(Msg.Loaded loaded) {
        loadedSession.complete(loaded);
    }

    void loadFailed(Throwable e) {
        loadedSession.completeExceptionally(e);
    }

    /** After one step of the loop: journals the keys that began to wait, and counts the saves a load's keys made. */
    void afterStep(AppState before, AppState after, Msg msg, Step step) {
        int had = before.ahead().size();
        if (!after.isLoaded() && after.ahead().size() > had) {
            for (Msg m : after.ahead().subList(had, after.ahead().size())) {
                backend.typedAhead(m);
                journalled = true;
            }
        }
        if (msg instanceof Msg.Loaded l && (journalled || l.recovered() != null)) {
            int made = (int) step.effects().stream().filter(Effect.Save.class::isInstance).count();
            if (made == 0) {
                backend.typedAheadSaved(null); // they ran and changed nothing: nothing to keep
            } else {
                saves.set(made);
            }
        }
    }

    /** A save reached the note file: the last one the keys waited for lets their journal go. */
    void saved() {
        int left = saves.get();
        if (left > 0) {
            left = saves.decrementAndGet();
        }
        if (left == 0 && saves.compareAndSet(0, -1)) {
            backend.typedAheadSaved(null); // what the keys typed ahead made is in the note file
        }
    }

    void saveFailed() {
        saves.getAndUpdate(n -> n > 0 ? n - 1 : n); // kept: the next save that works lets it go
    }

    /** Keys kept in a journal and not yet known saved ({@link Backend#typedAheadSaved}). */
    boolean unsaved(AppState state) {
        return saves.get() >= 0 || journalled && !(state != null && state.isLoaded());
    }

    /**
     * What the hang-up hook saves: when keys typed ahead wait for a load still running, it waits for the
     * load, at most {@code bound}, and runs them as the reader would have ({@link TypeAhead#onHangUp}).
     */
    TuiApp.HangUp hangUp(Supplier<AppState> current, Duration bound) {
        AppState s = current.get();
        if (s == null || s.isLoaded() || s.failure() != null || s.ahead().isEmpty()) {
            return new TuiApp.HangUp(s, null);
        }
        try {
            Msg.Loaded loaded = loadedSession.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            AppState now = current.get(); // the UI thread may have run them meanwhile
            if (now.isLoaded()) {
                return new TuiApp.HangUp(now, null);
            }
            AppState ran = TypeAhead.onHangUp(now, loaded);
            return new TuiApp.HangUp(ran, dev.tilik.review.ReviewChanges.between(loaded.session(),
                    OverlayActions.withOpenNote(ran, Instant.now())));
        } catch (TimeoutException e) {
            log().warn("hang-up during the load: it did not end within {}; keys typed ahead not run, kept in their"
                    + " journal for the next opening: {}", bound, TypeAhead.shown(s));
        } catch (ExecutionException e) {
            log().warn("hang-up during a load that failed; keys typed ahead not run, kept in their journal: {}",
                    TypeAhead.shown(s));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new TuiApp.HangUp(current.get(), null);
    }

    private static Logger log() {
        return LoggerFactory.getLogger(TuiApp.class);
    }
}
