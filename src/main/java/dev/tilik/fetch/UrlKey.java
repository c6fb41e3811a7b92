package dev.tilik.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * What makes two article addresses the same article: scheme and host in any case, {@code www.}
 * or not, the default port or none, a trailing slash or none, no fragment, and no tracking
 * parameters ({@code utm_*}). {@code http} and {@code https} are the same article.
 */
final class UrlKey {
    private UrlKey() {
    }

    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
        if (u.getHost() == null) {
            return url.strip();
        }
        String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        int port = u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder query = new StringBuilder();
        if (u.getRawQuery() != null) {
            for (String part : u.getRawQuery().split("&")) {
                String lower = part.toLowerCase(Locale.ROOT);
                if (!part.isEmpty() && !lower.startsWith("utm_") && !lower.startsWith("fbclid=")
                        && !lower.startsWith("gclid=")) {
                    query.append(query.isEmpty() ? "?" : "&").append(part);
                }
            }
        }
        boolean defaultPort = port < 0 || port == 80 || port == 443;
        return host + (defaultPort ? "" : ":" + port) + path + query;
    }
}
