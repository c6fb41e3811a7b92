package dev.tilik.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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
        return ranked(work, i -> first.test(i) ? 0 : 1, threads, name);
    }

    /**
     * As {@link #run}, the pieces taken by rank: every piece of a lower rank before any of a higher one, in the list's
     * order within a rank. On one thread the list's order.
     *
     * @param rank the rank of the piece of an index (0 first)
     */
    static <T> List<T> ranked(List<Supplier<T>> work, IntUnaryOperator rank, int threads, String name) {
        int n = work.size();
        List<T> out = new ArrayList<>(Collections.nCopies(n, null));
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                out.set(i, work.get(i).get());
            }
            return out;
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingInt(rank::applyAsInt)).mapToInt(Integer::intValue).toArray();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable taking = () -> {
            for (int t = next.getAndIncrement(); t < n && failed.get() == null; t = next.getAndIncrement()) {
                int i = order[t];
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
}
