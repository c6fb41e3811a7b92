package dev.tilik.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How Tilik behaves on the network.
 *
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout    how long the server may stay silent (before the headers, or between two parts of the body)
 * @param maxBytes       the largest page read; a bigger one is abandoned as it streams
 * @param maxRedirects   redirects followed for one page
 * @param maxPages       pages of one article followed ({@code ?page=2}, "halaman selanjutnya")
 * @param hostDelay      the pause between two requests to the same host
 * @param parallelHosts  hosts fetched at once (one host's pages are fetched one after another)
 * @param userAgent      the User-Agent sent, naming Tilik and its version
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                            int maxPages, Duration hostDelay, int parallelHosts, String userAgent) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes <= 0 || maxRedirects < 0 || maxPages < 1 || parallelHosts < 1) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** Tilik's defaults: 10 s to connect, 20 s of silence, 10 MiB, 5 redirects, 10 pages, 1 s between requests to a host, 4 hosts at once. */
    public static FetchSettings defaults(String version) {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), DEFAULT_MAX_BYTES, 5, 10,
                Duration.ofSeconds(1), 4, userAgent(version));
    }

    /** {@code Tilik/0.1.0 (fact-check assistant; +https://github.com/tilik-dev/tilik)}. */
    public static String userAgent(String version) {
        return "Tilik/" + (version == null || version.isBlank() ? "dev" : version)
                + " (fact-check assistant; +https://github.com/tilik-dev/tilik)";
    }

    public FetchSettings withReadTimeout(Duration d) {
        return new FetchSettings(connectTimeout, d, maxBytes, maxRedirects, maxPages, hostDelay, parallelHosts, userAgent);
    }

    public FetchSettings withConnectTimeout(Duration d) {
        return new FetchSettings(d, readTimeout, maxBytes, maxRedirects, maxPages, hostDelay, parallelHosts, userAgent);
    }

    public FetchSettings withHostDelay(Duration d) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, maxPages, d, parallelHosts, userAgent);
    }

    public FetchSettings withMaxBytes(long n) {
        return new FetchSettings(connectTimeout, readTimeout, n, maxRedirects, maxPages, hostDelay, parallelHosts, userAgent);
    }
}
