package dev.tilik.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * A real HTTP server on the loopback address (OkHttp's MockWebServer) serving the team's pages in
 * the styles of Indonesian and English news sites ({@code src/test/resources/web/}), by path.
 * {@code PAGE_URL} in a page becomes the address it is served from.
 */
final class NewsSite implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();

    NewsSite() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                Function<RecordedRequest, MockResponse> route = routes.get(target);
                return route != null ? route.apply(request) : new MockResponse.Builder().code(404)
                        .addHeader("Content-Type", "text/html").body("<p>not here</p>").build();
            }
        });
        server.start();
    }

    String url(String path) {
        return server.url(path).toString();
    }

    NewsSite route(String path, Function<RecordedRequest, MockResponse> response) {
        routes.put(path, response);
        return this;
    }

    NewsSite page(String path, String resource) {
        String html = resource(resource).replace("PAGE_URL", url(path.replaceFirst("\\?.*", "")));
        return route(path, r -> html(html));
    }

    static MockResponse html(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(body).build();
    }

    static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location).build();
    }

    /** {@code size} bytes of HTML streamed in 64 KiB parts, never held whole; its length announced or not. */
    static MockResponseBody huge(long size, boolean announced) {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return announced ? size : -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] part = "<p>filler text </p>\n".repeat(3277).getBytes(StandardCharsets.US_ASCII);
                for (long sent = 0; sent < size; sent += part.length) {
                    sink.write(part, 0, (int) Math.min(part.length, size - sent));
                }
            }
        };
    }

    static String resource(String name) {
        try (InputStream in = NewsSite.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
