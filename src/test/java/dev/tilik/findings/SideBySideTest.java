package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The detectors' pieces side by side: the large ones started first, every value in its own place whichever thread ran
 * it and whichever ended first, a failure rethrown as it was. No sleeps: the pieces wait on each other with a deadline.
 */
class SideBySideTest {
    static final long DEADLINE_S = 30;

    /** Waits for {@code latch}, at most {@link #DEADLINE_S} seconds (then fails saying what it waited for). */
    static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(DEADLINE_S, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited " + DEADLINE_S + " s for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCostlyPiecesStartFirstOnTwoThreads() {
        // The two small pieces come first in the list and can only end once both large pieces have met, running at the
        // same time: taken in the list's order, both threads would sit in a small piece and the large ones never start.
        CountDownLatch met = new CountDownLatch(2);
        CountDownLatch largeDone = new CountDownLatch(2);
        Supplier<String> small = () -> {
            await(largeDone, "the large pieces");
            return "small";
        };
        Supplier<String> large = () -> {
            met.countDown();
            await(met, "the other large piece");
            largeDone.countDown();
            return "large";
        };
        List<String> out = SideBySide.run(List.of(small, small, large, large), i -> i >= 2, 2, "test-side-");

        assertThat(out).containsExactly("small", "small", "large", "large");
    }

    @Test
    void aPieceNotReadyIsPassedOverWhileAReadyOneIsLeft() {
        // The first piece makes what the two costly pieces after it read; it ends only once the piece listed last,
        // which reads none of it, has started. Taken in order, the second thread would sit in a costly piece waiting
        // for what the first makes, and the last piece would never start.
        CountDownLatch lastStarted = new CountDownLatch(1);
        CountDownLatch made = new CountDownLatch(1);
        Supplier<String> maker = () -> {
            await(lastStarted, "the piece that reads nothing made");
            made.countDown();
            return "made";
        };
        Supplier<String> reader = () -> {
            await(made, "what the first piece makes");
            return "read";
        };
        Supplier<String> free = () -> {
            lastStarted.countDown();
            return "free";
        };
        List<String> out = SideBySide.run(List.of(maker, reader, reader, free), i -> i <= 2,
                i -> i == 0 || i == 3 || made.getCount() == 0, 2, "test-ready-");

        assertThat(out).containsExactly("made", "read", "read", "free");
    }

    @Test
    void eachValueLandsInItsPlaceWhicheverEndsFirst() {
        CountDownLatch lastEnded = new CountDownLatch(1);
        List<Supplier<Integer>> work = new ArrayList<>();
        work.add(() -> {
            await(lastEnded, "the last piece");
            return 0;
        });
        for (int i = 1; i < 6; i++) {
            int v = i;
            work.add(() -> v);
        }
        work.add(() -> {
            lastEnded.countDown();
            return 6;
        });
        for (int threads : new int[] {1, 2, 8}) {
            List<Supplier<Integer>> pieces = threads == 1 ? List.of(() -> 0, () -> 1, () -> 2) : work;
            List<Integer> out = SideBySide.run(pieces, i -> i == 0, threads, "test-order-");
            assertThat(out).as("%d threads", threads).isSortedAccordingTo(Integer::compare).hasSize(pieces.size());
        }
    }

    @Test
    void aPiecesFailureIsRethrownAsItWasThrown() {
        OutOfMemoryError oom = new OutOfMemoryError("test heap");
        List<Supplier<String>> work = List.of(() -> "a", () -> {
            throw oom;
        }, () -> "c");
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> SideBySide.run(work, i -> i == 1, threads, "test-fail-")).isSameAs(oom);
        }
    }
}
