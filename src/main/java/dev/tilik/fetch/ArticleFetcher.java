package dev.tilik.fetch;

import dev.tilik.fetch.FetchException.Kind;
import dev.tilik.ingest.ExtractedArticle;
import dev.tilik.ingest.HtmlExtractor;
import dev.tilik.ingest.UndecodableException;
import dev.tilik.ingest.WebPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fetches one article: its first page, then its next pages (bounded by
 * {@link FetchSettings#maxPages()}, never the same page twice), the article taken out of each by
 * {@link HtmlExtractor} and the bodies joined in order. Metadata comes from the first page; the
 * canonical URL is the page's own ({@code <link rel=canonical>}, {@code og:url}, JSON-LD), else
 * the address it was read from after redirects.
 */
final class ArticleFetcher {
    private final PageClient client;
    private final int maxPages;

    ArticleFetcher(PageClient client, int maxPages) {
        this.client = client;
        this.maxPages = maxPages;
    }

    /**
     * What one URL gave.
     *
     * @param article  the article, its url the canonical one
     * @param address  where its first page was read from, after redirects
     * @param pages    how many pages were joined
     * @param warnings what the user should know (a later page that failed, a fallback charset)
     */
    record Fetched(ExtractedArticle article, URI address, int pages, List<String> warnings) {
    }

    Fetched fetch(URI uri) throws FetchException, InterruptedException {
        Page first = client.get(uri);
        List<String> warnings = new ArrayList<>();
        WebPage page = parse(first, warnings);
        URI next = NextPage.find(page.document(), first.address());
        ExtractedArticle head = HtmlExtractor.extract(page.document());
        List<String> body = new ArrayList<>(head.paragraphs());
        Set<String> had = new HashSet<>(body);
        Set<URI> seen = new HashSet<>(first.redirects());
        seen.add(first.address());
        seen.add(uri);
        int pages = 1;
        while (next != null && pages < maxPages && seen.add(next)) {
            Page more;
            try {
                more = client.get(next);
            } catch (FetchException e) {
                warnings.add("page " + (pages + 1) + " (" + next + ") not added: " + e.getMessage());
                break;
            }
            if (!seen.add(more.address()) && !more.address().equals(next)) {
                break;
            }
            WebPage p = parse(more, warnings);
            next = NextPage.find(p.document(), more.address());
            for (String paragraph : HtmlExtractor.extract(p.document()).paragraphs()) {
                if (had.add(paragraph)) {
                    body.add(paragraph); // a lead or a line every page repeats is kept once
                }
            }
            pages++;
        }
        if (body.isEmpty()) {
            throw new FetchException(Kind.NOT_ARTICLE, "not an article: no article text found in the page");
        }
        if (body.stream().noneMatch(ArticleFetcher::isProse)) {
            throw new FetchException(Kind.NOT_ARTICLE, "not an article: no line of running text in the page (a list of "
                    + "links or names only)");
        }
        String url = head.url() != null ? head.url() : first.address().toString();
        ExtractedArticle joined = new ExtractedArticle(head.title(), head.source() != null ? head.source()
                : first.address().getHost(), url, head.date(), head.lang(), head.author(), body);
        return new Fetched(joined, first.address(), pages, warnings);
    }

    /** Words a paragraph needs to be running text rather than a link, a name or a caption. */
    static final int PROSE_WORDS = 4;

    /**
     * True when {@code paragraph} holds at least {@value #PROSE_WORDS} words (runs with a letter):
     * an article has such a line somewhere; a directory listing or a page of links has none.
     */
    static boolean isProse(String paragraph) {
        int words = 0;
        for (String w : paragraph.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter) && ++words >= PROSE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static WebPage parse(Page page, List<String> warnings) throws FetchException {
        try {
            WebPage p = WebPage.parse(page.body(), page.headerCharset(), page.address().toString());
            warnings.addAll(p.warnings());
            return p;
        } catch (UndecodableException e) {
            throw new FetchException(Kind.NOT_ARTICLE, "not an article: " + e.getMessage());
        }
    }
}
