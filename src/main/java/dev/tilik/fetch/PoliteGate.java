package dev.tilik.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps requests to one host (and port) a delay apart, counted from the end of one response to
 * the start of the next request, whichever thread makes them; requests to different hosts never
 * wait for each other.
 */
final class PoliteGate {
    private final long delayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    PoliteGate(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits until a request to {@code uri}'s host may go out; {@link #done} books the next one. */
    void await(URI uri) throws InterruptedException {
        if (delayNanos <= 0) {
            return;
        }
        long at;
        synchronized (this) {
            long now = System.nanoTime();
            Long booked = nextAllowed.get(hostKey(uri));
            at = booked == null || booked - now < 0 ? now : booked;
            nextAllowed.put(hostKey(uri), at + delayNanos); // until done() says when the response ended
        }
        long wait = at - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** The request to {@code uri} ended (answered or failed): the next to its host waits the delay from now. */
    synchronized void done(URI uri) {
        if (delayNanos > 0) {
            nextAllowed.put(hostKey(uri), System.nanoTime() + delayNanos);
        }
    }

    /** {@code host:port}, lower case: what "the same host" means here. */
    static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host + ":" + uri.getPort();
    }
}
