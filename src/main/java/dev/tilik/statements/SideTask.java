package dev.tilik.statements;

import java.util.function.Supplier;

/**
 * A pure computation run on its own daemon thread while the caller does other work: the folder
 * pass is serial, so on two cores one stands idle while the main thread works; two independent
 * pieces of it can share them. {@link #join()} gives the value, or throws what the computation threw
 * (a {@link RuntimeException} or {@link Error} as it was), so a caller sees the same outcome as had
 * it computed the value itself. Only for computations reading shared immutable data.
 */
final class SideTask<T> {
    private final Thread thread;
    private T value;
    private Throwable failure;

    private SideTask(Supplier<T> work, String name) {
        thread = new Thread(() -> {
            try {
                value = work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    static <T> SideTask<T> start(Supplier<T> work, String name) {
        SideTask<T> task = new SideTask<>(work, name);
        task.thread.start();
        return task;
    }

    /** The value, once the computation ends (the thread's end makes its writes visible here). */
    T join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return value;
    }
}
