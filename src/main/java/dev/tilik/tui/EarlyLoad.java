package dev.tilik.tui;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A backend whose first load has already started, on its own thread, while the terminal is set up
 * (Lanterna runs {@code stty} several times, the screen is started): a reopen served from the cache
 * is read by then. The reader's own load takes that first result, with the progress from then on;
 * any later load, and every save and add, goes to the backend as it is. Once the screen's size is
 * known it also works out the first finding frame on the side ({@link #warm}).
 */
final class EarlyLoad implements Backend {
    private final Backend backend;
    private final CompletableFuture<ReviewSession> first = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();
    private volatile Progress progress = Progress.NONE;

    private EarlyLoad(Backend backend) {
        this.backend = backend;
    }

    /** Starts {@code backend}'s load now. */
    static EarlyLoad start(Backend backend) {
        EarlyLoad early = new EarlyLoad(backend);
        Thread t = new Thread(early::loadFirst, "tilik-early-load");
        t.setDaemon(true);
        t.start();
        return early;
    }

    private void loadFirst() {
        try {
            first.complete(backend.load((what, done, total) -> progress.step(what, done, total)));
        } catch (Exception | Error e) {
            first.completeExceptionally(e);
        }
    }

    /**
     * Once the first load is done, works out the reader's first finding frame from {@code initial} on
     * this side thread and throws it away: the UI thread draws the loading frame meanwhile, and then
     * finds the articles' layout at the screen's width cached ({@link ArticleLayout#lines}) and the
     * classes of the finding views loaded. Nothing here is shown; a failure only leaves the UI thread
     * the work.
     */
    CompletableFuture<Void> warm(AppState initial) {
        return first.thenAcceptAsync(session -> {
            try {
                View.render(Update.update(initial, new Msg.Loaded(session)).state());
            } catch (RuntimeException e) {
                // the UI thread makes the same frame and reports what goes wrong there
            }
        }, EarlyLoad::onDaemon);
    }

    private static void onDaemon(Runnable r) {
        Thread t = new Thread(r, "tilik-early-frame");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public ReviewSession load(Progress p) throws Exception {
        if (!taken.compareAndSet(false, true)) {
            return backend.load(p);
        }
        progress = p;
        try {
            return first.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (Exception) cause;
        }
    }

    /** The backend's own: without it the reader never said which note file it opened, nor what waits beside it. */
    @Override
    public String openingNotice() {
        return backend.openingNotice();
    }

    /** The backend's own: without it the note file's problems its notice says were counted again before it. */
    @Override
    public int problemsSaid() {
        return backend.problemsSaid();
    }

    @Override
    public void save(ReviewSession session) throws Exception {
        backend.save(session);
    }

    @Override
    public boolean saveLast(ReviewSession session) throws Exception {
        return backend.saveLast(session);
    }

    /** The backend's own, as every method here: a key typed ahead not passed on would be lost with the reader. */
    @Override
    public void typedAhead(Msg typed) {
        backend.typedAhead(typed);
    }

    @Override
    public Recovered recovered() {
        return backend.recovered();
    }

    @Override
    public Recovered held() {
        return backend.held();
    }

    @Override
    public void heldKeys(boolean ran) {
        backend.heldKeys(ran);
    }

    @Override
    public void typedAheadSaved(dev.tilik.review.ReviewChanges onHangUp) {
        backend.typedAheadSaved(onHangUp);
    }

    @Override
    public Added add(String url, Progress p) throws Exception {
        return backend.add(url, p);
    }

    @Override
    public String saveAndReport(ReviewSession session) throws Exception {
        return backend.saveAndReport(session);
    }

    @Override
    public Saved saveMerging(ReviewSession session) throws Exception {
        return backend.saveMerging(session);
    }

    @Override
    public boolean notesChangedElsewhere() {
        return backend.notesChangedElsewhere();
    }
}
