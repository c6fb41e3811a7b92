package dev.tilik.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The next page of a multi-page article, if the page links one: {@code <link rel="next">} or
 * {@code <a rel="next">}, a link reading "halaman selanjutnya", "berikutnya", "next page" or
 * "next", or a link to the same address with the page number one higher ({@code ?page=2},
 * {@code ?halaman=2}, {@code ?p=2}, {@code /2}). Only a link on the same host and the same
 * article path counts: a "next article" link to another story is not a next page.
 */
final class NextPage {
    private static final Pattern NEXT_TEXT = Pattern.compile(
            "(?:halaman\\s+)?(?:selanjutnya|berikutnya)|next(?:\\s+page)?|lanjut(?:kan)?|[›»>]+|(?:next|selanjutnya)\\s*[›»>]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_PARAM = Pattern.compile("(?:^|&)(page|halaman|hal|p)=(\\d{1,3})(?=&|$)");
    private static final Pattern PAGE_PATH = Pattern.compile("^(.*?)/(\\d{1,3})/?$");

    private NextPage() {
    }

    /** The next page's address, or null. Read before {@code HtmlExtractor} changes the document. */
    static URI find(Document doc, URI current) {
        for (Element e : doc.select("link[rel~=(?i)^next$][href], a[rel~=(?i)^next$][href]")) {
            URI u = sameArticle(e.absUrl("href"), current);
            if (u != null) {
                return u;
            }
        }
        URI numbered = numbered(current);
        for (Element a : doc.select("a[href]")) {
            URI u = sameArticle(a.absUrl("href"), current);
            if (u == null) {
                continue;
            }
            String text = a.text().strip();
            if (NEXT_TEXT.matcher(text).matches() || text.toLowerCase(Locale.ROOT).startsWith("halaman selanjutnya")
                    || u.equals(numbered)) {
                return u;
            }
        }
        return null;
    }

    /** {@code current} with its page number one higher ({@code ?page=1} or none → 2). */
    static URI numbered(URI current) {
        String query = current.getRawQuery();
        if (query != null) {
            Matcher m = PAGE_PARAM.matcher(query);
            if (m.find()) {
                int n = Integer.parseInt(m.group(2)) + 1;
                String q = query.substring(0, m.start(2)) + n + query.substring(m.end(2));
                return withQuery(current, q);
            }
        }
        return withQuery(current, (query == null || query.isEmpty() ? "" : query + "&") + "page=2");
    }

    private static URI withQuery(URI u, String query) {
        String s = u.toString();
        int q = s.indexOf('?');
        int hash = s.indexOf('#');
        String base = q >= 0 ? s.substring(0, q) : hash >= 0 ? s.substring(0, hash) : s;
        try {
            return URI.create(base + "?" + query);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code href} when it is another page of the article at {@code current}: same host, same path (or path plus a page number). */
    private static URI sameArticle(String href, URI current) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null || !u.getHost().equalsIgnoreCase(current.getHost()) || u.getPort() != current.getPort()
                || u.getPath() == null || current.getPath() == null) {
            return null;
        }
        String path = base(u.getPath());
        if (!path.equals(base(current.getPath()))) {
            return null;
        }
        URI bare = withoutFragment(u);
        return bare.equals(withoutFragment(current)) ? null : bare;
    }

    static URI withoutFragment(URI u) {
        String s = u.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? u : URI.create(s.substring(0, hash));
    }

    /** A path without a trailing page number or slash. */
    private static String base(String path) {
        Matcher m = PAGE_PATH.matcher(path);
        String p = m.matches() ? m.group(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
