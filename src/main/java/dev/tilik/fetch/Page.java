package dev.tilik.fetch;

import java.net.URI;
import java.util.List;

/**
 * One page as the server sent it, after redirects.
 *
 * @param address       where it was finally read from
 * @param body          its bytes (at most the size cap)
 * @param headerCharset the {@code charset} of its Content-Type, or null
 * @param redirects     the addresses passed through before {@code address}, in order
 */
public record Page(URI address, byte[] body, String headerCharset, List<URI> redirects) {
    public Page {
        redirects = List.copyOf(redirects);
    }
}
