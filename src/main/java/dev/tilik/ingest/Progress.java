package dev.tilik.ingest;

/**
 * Reports long work as it goes: {@code step("reading", 3, 20)}. Called from worker threads;
 * implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (what, done, total) -> { };

    void step(String what, int done, int total);
}
