package dev.tilik.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body as it streams, up to a size cap: past the cap the stream is cancelled
 * (the connection dropped) and the body fails with {@link FetchException.Kind#TOO_BIG}, so a 50 MB
 * page never sits in memory. Every part received marks {@code activity}, which the read timeout
 * watches. {@link #refuse} makes a subscriber that reads nothing: for a refused content type or an
 * error status there is no point in downloading the body.
 */
final class BodyLimit implements BodySubscriber<byte[]> {
    private final long cap;
    private final AtomicLong activity;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    BodyLimit(long cap, AtomicLong activity) {
        this.cap = cap;
        this.activity = activity;
    }

    /** A body that is cancelled unread; its value is an empty array. */
    static BodySubscriber<byte[]> refuse() {
        return new BodySubscriber<>() {
            private final CompletableFuture<byte[]> done = new CompletableFuture<>();

            @Override
            public CompletionStage<byte[]> getBody() {
                return done;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.cancel();
                done.complete(new byte[0]);
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
            }

            @Override
            public void onError(Throwable t) {
                done.complete(new byte[0]);
            }

            @Override
            public void onComplete() {
                done.complete(new byte[0]);
            }
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        activity.set(System.nanoTime());
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : item) {
            int n = b.remaining();
            if (bytes.size() + (long) n > cap) {
                subscription.cancel();
                result.completeExceptionally(tooBig(cap));
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    /** Stops reading (the read timeout passed). */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    static FetchException tooBig(long cap) {
        return new FetchException(FetchException.Kind.TOO_BIG, "page larger than " + Sizes.mib(cap) + "; not read");
    }
}
