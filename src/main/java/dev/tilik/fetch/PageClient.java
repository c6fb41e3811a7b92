package dev.tilik.fetch;

import dev.tilik.fetch.FetchException.Kind;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;

/**
 * GETs one web page the way a careful crawler does: redirects followed by hand (bounded, a loop
 * named), the polite per-host pause before every request, the content type checked before the
 * body is read (only HTML), the body streamed under a size cap, and a read timeout on silence.
 * Every failure is a {@link FetchException} in the user's words.
 */
final class PageClient {
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private final HttpClient client;
    private final FetchSettings settings;
    private final PoliteGate gate;

    PageClient(FetchSettings settings, PoliteGate gate) {
        this.settings = settings;
        this.gate = gate;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The page at {@code uri}, after redirects. */
    Page get(URI uri) throws FetchException, InterruptedException {
        List<URI> passed = new ArrayList<>();
        URI at = checked(uri);
        while (true) {
            gate.await(at);
            Reply reply;
            try {
                reply = once(at);
            } finally {
                gate.done(at);
            }
            if (reply.location == null) {
                return new Page(at, reply.body, reply.charset, passed);
            }
            passed.add(at);
            URI next;
            try {
                next = checked(at.resolve(reply.location.strip()));
            } catch (IllegalArgumentException e) {
                throw new FetchException(Kind.REDIRECTS, "redirected to an unreadable address: " + reply.location);
            }
            if (passed.contains(next)) {
                throw new FetchException(Kind.REDIRECTS, "redirect loop: back to " + next + " after "
                        + passed.size() + " redirect" + (passed.size() == 1 ? "" : "s"));
            }
            if (passed.size() > settings.maxRedirects()) {
                throw new FetchException(Kind.REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
            }
            at = next;
        }
    }

    /** An http(s) address with a host; anything else is refused before any request. */
    static URI checked(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Kind.BAD_URL, "not a web address (http or https): " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(Kind.BAD_URL, "no host in " + uri);
        }
        return NextPage.withoutFragment(uri);
    }

    private record Reply(byte[] body, String charset, String location) {
    }

    private record Head(int status, String location, String refused, String charset) {
    }

    private Reply once(URI uri) throws FetchException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Language", "id, en;q=0.8")
                .GET().build();
        AtomicLong activity = new AtomicLong(System.nanoTime());
        Head[] head = new Head[1];
        BodyLimit[] reading = new BodyLimit[1];
        CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request, info -> {
            activity.set(System.nanoTime());
            head[0] = head(info);
            if (head[0].location != null || head[0].refused != null || head[0].status / 100 != 2) {
                return BodyLimit.refuse();
            }
            reading[0] = new BodyLimit(settings.maxBytes(), activity);
            return reading[0];
        });
        HttpResponse<byte[]> response = await(sent, activity, reading, uri);
        Head h = head[0];
        if (h.status / 100 == 3 && h.location != null) {
            return new Reply(null, null, h.location);
        }
        if (h.status / 100 != 2) {
            throw new FetchException(Kind.HTTP_STATUS, "HTTP " + h.status + reason(h.status));
        }
        if (h.refused != null) {
            throw new FetchException(Kind.NOT_HTML, h.refused);
        }
        return new Reply(response.body(), h.charset, null);
    }

    /** What the status line and headers decide, before any of the body is read. */
    private Head head(ResponseInfo info) {
        int status = info.statusCode();
        Optional<String> location = info.headers().firstValue("Location");
        if (status / 100 == 3 && location.isPresent()) {
            return new Head(status, location.get(), null, null);
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        String mime = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String refused = null;
        if (!mime.isEmpty() && !mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
            refused = "not a web page (content type " + mime + ")";
        }
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (refused == null && length > settings.maxBytes()) {
            refused = "page larger than " + Sizes.mib(settings.maxBytes()) + " (" + Sizes.mib(length) + "); not read";
        }
        return new Head(status, null, refused, charsetOf(type));
    }

    /** Waits for the response, giving up when the server stays silent longer than the read timeout. */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> sent, AtomicLong activity,
                                       BodyLimit[] reading, URI uri) throws FetchException, InterruptedException {
        long timeout = settings.readTimeout().toNanos();
        try {
            while (true) {
                long quiet = System.nanoTime() - activity.get();
                if (quiet >= timeout) {
                    throw timedOut(uri);
                }
                try {
                    return sent.get(timeout - quiet, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // loop: give up only if nothing arrived during the whole timeout
                }
            }
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri);
        } finally {
            if (!sent.isDone()) {
                if (reading[0] != null) {
                    reading[0].cancel();
                }
                sent.cancel(true);
            }
        }
    }

    private FetchException timedOut(URI uri) {
        return new FetchException(Kind.TIMEOUT, "timed out: " + uri.getHost() + " sent nothing for "
                + seconds(settings.readTimeout().toMillis()));
    }

    /** A failed exchange in the user's words. */
    private FetchException failure(Throwable e, URI uri) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return new FetchException(Kind.DNS, "host not found (DNS): " + uri.getHost());
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof FetchException f) {
                return f;
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchException(Kind.TIMEOUT, "timed out connecting to " + uri.getHost() + " (after "
                        + seconds(settings.connectTimeout().toMillis()) + ")");
            }
            if (c instanceof HttpTimeoutException) {
                return timedOut(uri);
            }
            if (c instanceof SSLException) {
                return new FetchException(Kind.CONNECT, "secure connection to " + uri.getHost() + " failed: " + c.getMessage());
            }
            if (c instanceof ConnectException) {
                return new FetchException(Kind.CONNECT, "could not connect to " + uri.getHost()
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + " (connection refused)");
            }
        }
        String why = e == null ? "unknown error" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FetchException(Kind.IO, "network error: " + why);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The {@code charset} parameter of a Content-Type, or null. */
    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring("charset=".length()).strip().replace("\"", "");
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> status / 100 == 3 ? " (redirect without a Location)" : "";
        };
    }
}
