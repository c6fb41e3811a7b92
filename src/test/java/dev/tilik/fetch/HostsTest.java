package dev.tilik.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.fetch.ArticleAdder.Outcome;
import dev.tilik.fetch.ArticleAdder.Result;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hosts are fetched at once; one host's URLs one after another, the polite pause apart. */
class HostsTest {
    @TempDir
    Path folder;

    private static String article(String headline) {
        return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>Body of " + headline + ", long enough to be the article text.</p></article></body></html>";
    }

    @Test
    void twoHostsAreFetchedAtOnceWhileEachHostSeesOneRequestAtATimeThePauseApart() throws Exception {
        CountDownLatch bothHostsAsked = new CountDownLatch(2);
        AtomicBoolean overlapped = new AtomicBoolean(true);
        AtomicInteger inFlightOnA = new AtomicInteger();
        AtomicInteger mostInFlightOnA = new AtomicInteger();
        ConcurrentLinkedQueue<Long> arrivalsOnA = new ConcurrentLinkedQueue<>();
        try (NewsSite a = new NewsSite(); NewsSite b = new NewsSite()) {
            for (String p : List.of("/one", "/two", "/three")) {
                a.route(p, req -> {
                    arrivalsOnA.add(System.nanoTime());
                    mostInFlightOnA.accumulateAndGet(inFlightOnA.incrementAndGet(), Math::max);
                    try {
                        if (p.equals("/one")) {
                            // Answer only once host B was asked too: a sequential fetcher would wait here in vain.
                            bothHostsAsked.countDown();
                            overlapped.set(bothHostsAsked.await(10, TimeUnit.SECONDS));
                        }
                        return NewsSite.html(article("A" + p.substring(1)));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        inFlightOnA.decrementAndGet();
                    }
                });
            }
            b.route("/only", req -> {
                bothHostsAsked.countDown();
                return NewsSite.html(article("B only"));
            });
            FetchSettings polite = ArticleAdderTest.FAST.withReadTimeout(Duration.ofSeconds(15))
                    .withHostDelay(Duration.ofMillis(150));
            List<Result> results = new ArticleAdder(polite).add(List.of(a.url("/one"), a.url("/two"), a.url("/three"),
                    b.url("/only").replace("localhost", "127.0.0.1")), folder, RulesLoader.bundled(), ArticleAdder.Listener.NONE);
            assertThat(results).extracting(Result::outcome).containsOnly(Outcome.ADDED);
            assertThat(overlapped).isTrue();
            assertThat(mostInFlightOnA).hasValue(1);
            Long[] at = arrivalsOnA.toArray(new Long[0]);
            assertThat(at).hasSize(3);
            for (int i = 1; i < at.length; i++) {
                assertThat(Duration.ofNanos(at[i] - at[i - 1])).isGreaterThanOrEqualTo(Duration.ofMillis(140));
            }
        }
    }
}
