package dev.tilik.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes a news article out of a parsed web page: metadata from schema.org {@code NewsArticle}
 * JSON-LD first, then Open Graph and {@code <meta>}, then the page itself; body paragraphs from
 * the article's container, without navigation, related-article lists, ads, captions, share bars
 * or comment blocks. A pure function of the document (which it changes: pass a fresh one).
 */
public final class HtmlExtractor {
    /** Elements that never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, figure, figcaption, picture, button, select, svg, canvas, video, audio, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=banner], [role=contentinfo]";
    /** A class or id word naming site furniture (English and Indonesian). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_])(?:nav|navbar|menu|breadcrumbs?|related|terkait|baca-?juga|bacajuga|readmore|read-more|"
                    + "recommended?|rekomendasi|populer|terpopuler|popular|trending|terkini|share|sharing|social|"
                    + "comments?|komentar|disqus|ads?|advert|advertisement|iklan|banner|promo|sponsor|newsletter|"
                    + "subscribe|caption|credit|sidebar|widget|footer|header|tags?|topik|embed|twitter-tweet|"
                    + "instagram-media|video|gallery|galeri|author-box|cookie|modal|popup)(?:$|[-_])",
            Pattern.CASE_INSENSITIVE);
    /** Containers the furniture test never removes (a page-wide class such as {@code has-sidebar}). */
    private static final List<String> KEPT = List.of("html", "body", "main", "article");

    private HtmlExtractor() {
    }

    public static ExtractedArticle extract(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String title = first(ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"),
                text(doc.selectFirst("h1")), doc.title());
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), ld.url());
        String source = first(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"), host(url));
        String date = first(ld.datePublished(), meta(doc, "article:published_time"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "content_PublishedDate"), meta(doc, "dc.date"),
                meta(doc, "date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String lang = language(first(attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "og:locale"),
                ld.inLanguage()));
        String author = first(ld.author(), notUrl(meta(doc, "author")), notUrl(meta(doc, "article:author")));
        List<String> paragraphs = paragraphs(doc, title);
        if (paragraphs.isEmpty() && ld.articleBody() != null) {
            paragraphs = List.of(ld.articleBody().split("\\R+"));
        }
        return new ExtractedArticle(title, source, url, date, lang, author, paragraphs);
    }

    /** Body paragraphs of the article container, furniture removed, in document order. */
    static List<String> paragraphs(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select(NEVER_TEXT).remove();
        Set<Element> holdingBody = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : body.select("[itemprop=articleBody]")) {
            holdingBody.add(marked);
            holdingBody.addAll(marked.parents());
        }
        for (Element e : body.select("[class], [id]")) {
            if (!KEPT.contains(e.normalName()) && !holdingBody.contains(e) && isFurniture(e)) {
                e.remove();
            }
        }
        Element root = container(body);
        List<String> out = new ArrayList<>();
        for (Element block : root.select("p, h2, h3, h4, blockquote:not(:has(p))")) {
            if (block.parents().stream().anyMatch(p -> p.normalName().equals("p"))) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty() || text.equals(title) || mostlyLinks(block, text)) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    private static boolean isFurniture(Element e) {
        for (String word : e.classNames()) {
            if (FURNITURE.matcher(word).find()) {
                return true;
            }
        }
        return !e.id().isEmpty() && FURNITURE.matcher(e.id()).find();
    }

    /** The article's container: {@code itemprop=articleBody}, else the {@code <article>} with most paragraph text, else the element holding most. */
    private static Element container(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestScore = 0;
        for (Element article : body.select("article")) {
            int score = paragraphText(article);
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                byParent.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(body);
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** A "Baca juga: <link>" line: most of its text is link text. */
    private static boolean mostlyLinks(Element block, String text) {
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += a.text().length();
        }
        return linked > 0 && linked * 2 > text.length() && text.length() < 300;
    }

    private static String meta(Document doc, String key) {
        Elements found = doc.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        for (Element m : found) {
            String content = m.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    /** {@code id-ID}, {@code id_ID} → {@code id}. */
    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first value that is not blank. */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
