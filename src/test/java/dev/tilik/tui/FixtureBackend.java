package dev.tilik.tui;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** A backend over hand-made data; loading can be held until the test releases it. */
final class FixtureBackend implements Backend {
    final List<ReviewSession> saves = new CopyOnWriteArrayList<>();
    private final Supplier<ReviewSession> data;
    private final CountDownLatch release;
    volatile boolean failSaves;

    FixtureBackend() {
        this(Fixture::session, false);
    }

    FixtureBackend(Supplier<ReviewSession> data, boolean hold) {
        this.data = data;
        this.release = new CountDownLatch(hold ? 1 : 0);
    }

    void release() {
        release.countDown();
    }

    @Override
    public ReviewSession load(Progress progress) throws Exception {
        progress.step("reading", 1, 2);
        release.await();
        progress.step("analysing", 2, 2);
        return data.get();
    }

    @Override
    public void save(ReviewSession session) throws Exception {
        if (failSaves) {
            throw new java.io.IOException("disk full");
        }
        saves.add(session);
    }

    ReviewSession lastSave() {
        return saves.isEmpty() ? null : saves.get(saves.size() - 1);
    }
}
