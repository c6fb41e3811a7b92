package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key thread stamps each key with the frame on the screen when it read it. Another reader's verdict that the
 * watch took into this reader's state, but that no frame had drawn yet when {@code v} was read, is not what the
 * digit was chosen against: the save sets it aside (shown under the verdict, {@code b} takes it back) instead of
 * replacing it unsaid. The real runtime on Lanterna's virtual terminal and a real note file; the frame that would
 * draw the other's verdict is held at its flush until both keys have been read.
 */
class FrameStampTest {
    @TempDir
    Path dir;

    /** A virtual terminal whose flush can be held, and which counts the keys read from it. */
    private static final class HeldTerminal extends DefaultVirtualTerminal {
        volatile BooleanSupplier holdWhen = () -> false;
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger read = new AtomicInteger();

        HeldTerminal(int w, int h) {
            super(new TerminalSize(w, h));
        }

        @Override
        public synchronized KeyStroke pollInput() {
            KeyStroke k = super.pollInput();
            if (k != null) {
                read.incrementAndGet();
            }
            return k;
        }

        @Override
        public void flush() {
            if (holdWhen.getAsBoolean()) {
                held.countDown();
                try {
                    release.await(VirtualRun.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.flush();
        }

        /** Types {@code keys}, waits (with a deadline) until the key thread has read every one, then lets the frame go. */
        void readWhileHeld(VirtualRun run, String keys) {
            int before = read.get();
            run.press(keys);
            long deadline = System.nanoTime() + VirtualRun.DEADLINE.toNanos();
            while (read.get() < before + keys.length() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(read.get()).as("every key read while the frame was held").isEqualTo(before + keys.length());
            holdWhen = () -> false;
            release.countDown();
        }
    }

    /** The reader's backend over a real note file: the watch and every save go through {@link NoteStore}. */
    private record StoreBackend(NoteStore store, CountDownLatch go) implements Backend {
        StoreBackend(NoteStore store) {
            this(store, new CountDownLatch(0));
        }

        /** The load waits for {@code go}. */
        @Override
        public ReviewSession load(Progress progress) {
            try {
                go.await(VirtualRun.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return store.restore(Fixture.analysis());
        }

        @Override
        public void save(ReviewSession session) {
            store.save(session);
        }

        @Override
        public Saved saveMerging(ReviewSession session) {
            SaveResult r = store.save(session);
            return new Saved(r.mergeSaid(), r.merged() == null ? null : r.merged().reviews());
        }

        @Override
        public boolean notesChangedElsewhere() {
            return store.changedOnDisk();
        }
    }

    @Test
    void anotherReadersVerdictTakenInButNotYetDrawnWhenVWasReadIsSetAside() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Path file = dir.resolve("notes-" + size[0] + ".json");
            HeldTerminal terminal = new HeldTerminal(size[0], size[1]);
            StoreBackend backend = new StoreBackend(NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC()));
            try (VirtualRun run = new VirtualRun(terminal, new TerminalScreen(terminal), backend,
                    new TuiOptions(false, null))) {
                run.await("loaded", s -> s.isLoaded() && Findings.current(s).isPresent());
                String id = Findings.current(run.app.state()).orElseThrow().id();
                Finding f = run.app.state().session().findings().stream().filter(x -> x.id().equals(id))
                        .findFirst().orElseThrow();
                // Hold the first frame that would draw reader two's verdict.
                terminal.holdWhen = () -> run.app.state().session().verdict(id) == Verdict.CONFIRMED;

                NoteStore two = NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC());
                two.restore(Fixture.analysis());
                assertThat(two.save(Fixture.session().withVerdict(f, Verdict.CONFIRMED, Instant.now())).ok()).isTrue();
                assertThat(terminal.held.await(VirtualRun.DEADLINE.toMillis(), TimeUnit.MILLISECONDS))
                        .as("the watch took reader two's verdict in").isTrue();
                terminal.readWhileHeld(run, "v3");

                run.await("the digit's save merged", s -> s.saving() == 0 && !s.session().setAside(id).isEmpty());
                assertThat(run.app.state().session().verdict(id)).isEqualTo(Verdict.DIVERGENCE);
                assertThat(run.app.state().session().setAside(id)).singleElement()
                        .satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
                run.awaitText("Set aside: verdict \u201Cconfirmed\u201D");
                assertThat(run.screen()).as("%dx%d", size[0], size[1]).contains("b takes it back");
            }
        }
    }

    /**
     * {@code n v 3} typed faster than {@code n}'s frame is drawn: the verdict menu opened on a finding no frame had
     * shown, so the verdict the note file held there was never seen. The digit still records the new verdict where
     * {@code n} went (what the keys were typed to do), but the one it replaces is set aside beside it, shown under
     * the verdict, {@code b} takes it back; never replaced unsaid.
     */
    @Test
    void aVerdictTypedOnAFindingNoFrameShowedYetSetsTheOneItReplacesAside() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Path file = dir.resolve("next-" + size[0] + ".json");
            NoteStore earlier = NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC());
            ReviewSession restored = earlier.restore(Fixture.analysis());
            Finding second = restored.findings().get(1);
            assertThat(earlier.save(restored.withVerdict(second, Verdict.CONFIRMED, Instant.now().minusSeconds(60)))
                    .ok()).isTrue();
            HeldTerminal terminal = new HeldTerminal(size[0], size[1]);
            StoreBackend backend = new StoreBackend(NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC()));
            try (VirtualRun run = new VirtualRun(terminal, new TerminalScreen(terminal), backend,
                    new TuiOptions(false, null))) {
                run.await("loaded", s -> s.isLoaded() && Findings.current(s).isPresent());
                while (Findings.index(run.app.state()) > 0) {
                    int at = Findings.index(run.app.state());
                    run.press("p").await("a finding back", s -> Findings.index(s) == at - 1);
                }
                String first = Findings.current(run.app.state()).orElseThrow().id();
                run.await("the first finding drawn", s -> Findings.current(s).map(f -> f.id().equals(first))
                        .orElse(false) && s.mode() == Mode.READER);
                // Hold the frame that would draw the second finding until all three keys have been read.
                terminal.holdWhen = () -> Findings.current(run.app.state()).map(f -> f.id().equals(second.id()))
                        .orElse(false);
                terminal.readWhileHeld(run, "nv3");

                run.await("the digit's save", s -> s.saving() == 0
                        && s.session().verdict(second.id()) == Verdict.DIVERGENCE);
                assertThat(run.app.state().session().setAside(second.id())).as("%dx%d", size[0], size[1])
                        .singleElement().satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
                run.awaitText("Set aside: verdict \u201Cconfirmed\u201D");
                assertThat(run.screen()).contains("b takes it back");
            }
            ReviewSession saved = NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC()).restore(Fixture.analysis());
            assertThat(saved.verdict(second.id())).isEqualTo(Verdict.DIVERGENCE);
            assertThat(saved.setAside(second.id())).singleElement()
                    .satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
        }
    }

    /**
     * {@code v 3} typed as the findings arrive, read while the loading screen was still drawn but run after the
     * load: no frame had shown the finding's verdict, so the one the digit replaces is set aside, as for keys typed
     * while loading ({@code TypeAhead}) and faster than a frame.
     */
    @Test
    void aVerdictReadWhileTheLoadingScreenWasDrawnSetsTheOneItReplacesAside() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Path file = dir.resolve("loading-" + size[0] + ".json");
            NoteStore earlier = NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC());
            ReviewSession all = earlier.restore(Fixture.analysis());
            for (Finding f : all.findings()) {
                all = all.withVerdict(f, Verdict.CONFIRMED, Instant.now().minusSeconds(60));
            }
            assertThat(earlier.save(all).ok()).isTrue();
            HeldTerminal terminal = new HeldTerminal(size[0], size[1]);
            CountDownLatch go = new CountDownLatch(1);
            StoreBackend backend = new StoreBackend(NoteStore.open(file, SaveSteps.REAL, Clock.systemUTC()), go);
            try (VirtualRun run = new VirtualRun(terminal, new TerminalScreen(terminal), backend,
                    new TuiOptions(false, null))) {
                run.await("the loading screen", s -> !s.isLoaded());
                // Hold the first frame that would draw the findings until both keys have been read.
                terminal.holdWhen = () -> run.app.state().isLoaded();
                go.countDown();
                assertThat(terminal.held.await(VirtualRun.DEADLINE.toMillis(), TimeUnit.MILLISECONDS))
                        .as("the first findings frame held").isTrue();
                terminal.readWhileHeld(run, "v3");
                run.await("the digit's save", s -> s.saving() == 0 && Findings.current(s)
                        .map(f -> s.session().verdict(f.id()) == Verdict.DIVERGENCE).orElse(false));
                String id = Findings.current(run.app.state()).orElseThrow().id();
                assertThat(run.app.state().session().setAside(id)).as("%dx%d", size[0], size[1])
                        .singleElement().satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
                run.awaitText("Set aside: verdict \u201Cconfirmed\u201D");
            }
        }
    }
}
