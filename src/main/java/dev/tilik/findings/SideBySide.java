package dev.tilik.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Independent pieces of work run on up to {@code threads} threads (the caller's and helpers made for the call), each
 * thread taking the next piece not yet taken: the ones {@code first} names first, then the others in the list's order.
 * Each piece's value lands in its own place, so the values come back in the list's order whichever thread ran which
 * piece and whichever ended first: the result is the one thread's.
 */
final class SideBySide {
    private SideBySide() {
    }

    /**
     * @param first true for the index of a piece to start before the others (a large one: the last piece taken is then a
     *              small one, and the threads end about together)
     * @throws RuntimeException or {@link Error}: the first a piece threw, as it was thrown (an {@link OutOfMemoryError}
     *                          stays one); the pieces not yet taken are not started
     */
    static <T> List<T> run(List<Supplier<T>> work, IntPredicate first, int threads, String name) {
        return run(work, first, i -> true, threads, name);
    }

    /**
     * As {@link #run(List, IntPredicate, int, String)}, a thread passing over a piece not yet {@code ready} for the next
     * one that is (a piece that would wait for another's work while the other runs: it is taken once ready, or when
     * nothing ready is left). On one thread the list's order.
     *
     * @param ready true for the index of a piece that can run now without waiting; asked under a lock, so cheap
     */
    static <T> List<T> run(List<Supplier<T>> work, IntPredicate first, IntPredicate ready, int threads, String name) {
        int n = work.size();
        List<T> out = new ArrayList<>(Collections.nCopies(n, null));
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                out.set(i, work.get(i).get());
            }
            return out;
        }
        Taking order = new Taking(n, first, ready);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable taking = () -> {
            for (int i = order.next(); i >= 0 && failed.get() == null; i = order.next()) {
                try {
                    out.set(i, work.get(i).get());
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, n); t++) {
            Thread h = new Thread(taking, name + t);
            h.setDaemon(true);
            helpers.add(h);
            h.start();
        }
        taking.run();
        for (Thread h : helpers) {
            try {
                h.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while comparing statements", e);
            }
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return out;
    }

    /** The pieces not yet taken: the {@code first} ones, then the others, each in the list's order; a ready one first. */
    private static final class Taking {
        private final int[] order;
        private final boolean[] taken;
        private final IntPredicate ready;

        Taking(int n, IntPredicate first, IntPredicate ready) {
            this.ready = ready;
            this.taken = new boolean[n];
            this.order = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (first.test(i)) {
                    order[k++] = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (!first.test(i)) {
                    order[k++] = i;
                }
            }
        }

        /** The next piece to run, taken; -1 when none is left. */
        synchronized int next() {
            int waiting = -1;
            for (int i : order) {
                if (taken[i]) {
                    continue;
                }
                if (ready.test(i)) {
                    taken[i] = true;
                    return i;
                }
                if (waiting < 0) {
                    waiting = i;
                }
            }
            if (waiting >= 0) {
                taken[waiting] = true;
            }
            return waiting;
        }
    }
}
