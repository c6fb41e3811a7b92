package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class EarlyLoadTest {
    /** Counts its loads; each one reports a step and waits for {@code release}. */
    static final class Gated implements Backend {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger loads = new AtomicInteger();
        final List<ReviewSession> saved = new ArrayList<>();
        volatile Exception failure;

        @Override
        public ReviewSession load(Progress progress) throws Exception {
            loads.incrementAndGet();
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            progress.step("reading", 1, 1);
            if (failure != null) {
                throw failure;
            }
            return Fixture.session();
        }

        @Override
        public void save(ReviewSession session) {
            saved.add(session);
        }

        @Override
        public String openingNotice() {
            return "notes in ../story/tilik-notes.json (saved there for this folder)";
        }
    }

    @Test
    void theFirstLoadStartsBeforeTheReaderAsksAndIsHandedToIt() throws Exception {
        Gated backend = new Gated();
        EarlyLoad early = EarlyLoad.start(backend);

        assertThat(backend.started.await(10, TimeUnit.SECONDS)).as("loading before anyone asked").isTrue();
        List<String> steps = new ArrayList<>();
        backend.release.countDown();
        ReviewSession first = early.load((what, done, total) -> steps.add(what));

        assertThat(first).isNotNull();
        assertThat(backend.loads).hasValue(1);
        early.load(Progress.NONE);
        assertThat(backend.loads).as("a later load is the backend's own").hasValue(2);
        early.save(first);
        assertThat(backend.saved).containsExactly(first);
        assertThat(early.openingNotice()).as("the reader's status line hears the backend's notice")
                .isEqualTo(backend.openingNotice());
    }

    @Test
    void progressAfterTheReaderAskedReachesIt() throws Exception {
        Gated backend = new Gated();
        EarlyLoad early = EarlyLoad.start(backend);
        backend.started.await(10, TimeUnit.SECONDS);
        Thread reader = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reader.getState() == Thread.State.WAITING);
            backend.release.countDown(); // the reader waits for the first load: its steps go to the reader now
        });
        releaser.start();
        List<String> steps = new ArrayList<>();

        early.load((what, done, total) -> steps.add(what + " " + done + "/" + total));

        releaser.join();
        assertThat(steps).containsExactly("reading 1/1");
    }

    @Test
    void theFirstFindingFrameIsWorkedOutOnTheSide() throws Exception {
        Gated backend = new Gated();
        EarlyLoad early = EarlyLoad.start(backend);
        AppState initial = AppState.initial(120, 35, KeyTable.defaults());
        backend.release.countDown();
        ReviewSession session = early.load(Progress.NONE);

        early.warm(initial).get(10, TimeUnit.SECONDS);
        long before = PanelContent.layouts();
        View.render(Update.update(initial, new Msg.Loaded(session)).state());

        assertThat(PanelContent.layouts()).as("the UI thread's frame finds the panel laid out").isEqualTo(before);
    }

    @Test
    void aFailedFirstLoadIsThrownAsItWas() throws Exception {
        Gated backend = new Gated();
        backend.failure = new IOException("folder gone");
        EarlyLoad early = EarlyLoad.start(backend);
        backend.release.countDown();

        assertThatThrownBy(() -> early.load(Progress.NONE)).isInstanceOf(IOException.class).hasMessage("folder gone");
    }

    /**
     * Every method of {@link Backend} is the real backend's own: a default left to the interface answers for nothing
     * (the count of problems a notice says, round 32, was lost that way and the status line said them twice).
     */
    @Test
    void everyBackendMethodIsPassedOn() throws Exception {
        for (java.lang.reflect.Method m : Backend.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            assertThat(EarlyLoad.class.getDeclaredMethod(m.getName(), m.getParameterTypes()))
                    .as("EarlyLoad passes on %s", m.getName()).isNotNull();
        }
    }
}
