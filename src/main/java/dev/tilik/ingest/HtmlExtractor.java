package dev.tilik.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

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
    private static final Evaluator NEVER_TEXT_EVAL = QueryParser.parse(NEVER_TEXT);
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "blockquote");
    /** How many {@code <article>} elements are weighed as the container (a page of teasers may hold hundreds). */
    private static final int MAX_ARTICLES = 20;
    /** Containers the furniture test never passes over (a page-wide class such as {@code has-sidebar}). */
    private static final List<String> KEPT = List.of("html", "body", "main", "article");

    private HtmlExtractor() {
    }

    public static ExtractedArticle extract(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        Map<String, String> meta = metas(doc);
        String title = first(ld.headline(), meta.get("og:title"), meta.get("twitter:title"),
                text(doc.selectFirst("h1")), doc.title());
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"), ld.url());
        String source = first(ld.publisher(), meta.get("og:site_name"), meta.get("application-name"), host(url));
        String date = first(ld.datePublished(), meta.get("article:published_time"), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("content_publisheddate"), meta.get("dc.date"),
                meta.get("date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String lang = language(first(attr(doc.selectFirst("html[lang]"), "lang"), meta.get("og:locale"),
                ld.inLanguage()));
        String author = first(ld.author(), notUrl(meta.get("author")), notUrl(meta.get("article:author")));
        List<String> paragraphs = paragraphs(doc, title);
        if (paragraphs.isEmpty() && ld.articleBody() != null) {
            paragraphs = List.of(ld.articleBody().split("\\R+"));
        }
        return new ExtractedArticle(title, source, url, date, lang, author, paragraphs);
    }

    /** Body paragraphs of the article container, furniture passed over, in document order. */
    static List<String> paragraphs(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Element root = container(body);
        List<String> out = new ArrayList<>();
        List<Element> blocks = blocks(root);
        if (blocks.isEmpty()) {
            return looseLines(root, title);
        }
        for (Element block : blocks) {
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(title) && !mostlyLinks(block, text)) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * The text blocks under {@code root} in document order, in one pass that never enters
     * furniture nor a block (a paragraph inside a paragraph counts once). Nothing is removed from
     * the tree: removing thousands of siblings one by one is quadratic in jsoup.
     */
    private static List<Element> blocks(Element root) {
        List<Element> found = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e != root && isFurniture(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName()) && !(e.normalName().equals("blockquote") && e.selectFirst("p") != null)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * For pages that set text with {@code <br>} instead of paragraphs: the lines of the text under
     * {@code root} (furniture passed over), broken at {@code <br>} and block elements.
     */
    private static List<String> looseLines(Element root, String title) {
        StringBuilder text = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e) {
                    if (e != root && isFurniture(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || e.isBlock()) {
                        text.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        });
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.equals(title)) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static boolean isFurniture(Element e) {
        if (e.is(NEVER_TEXT_EVAL)) {
            return true;
        }
        if (KEPT.contains(e.normalName())) {
            return false;
        }
        for (String word : e.classNames()) {
            if (FURNITURE.matcher(word).find()) {
                return true;
            }
        }
        return !e.id().isEmpty() && FURNITURE.matcher(e.id()).find();
    }

    /**
     * The article's container: {@code itemprop=articleBody}, else the {@code <article>} (of the
     * first few) with most paragraph text, else the element directly holding most paragraph text.
     */
    private static Element container(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestScore = 0;
        for (Element article : body.select("article").stream().limit(MAX_ARTICLES).toList()) {
            int score = paragraphText(blocks(article));
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        for (Element block : blocks(body)) {
            if (block.normalName().equals("p") && block.parent() != null) {
                byParent.merge(block.parent(), block.text().length(), Integer::sum);
            }
        }
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(body);
    }

    private static int paragraphText(List<Element> blocks) {
        int n = 0;
        for (Element p : blocks) {
            if (p.normalName().equals("p")) {
                n += p.text().length();
            }
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

    /** Every {@code <meta>}'s content by its {@code property}, {@code name} or {@code itemprop} (lower case), the first non-blank one winning: one pass over the page. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> all = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop")) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    all.putIfAbsent(key, content);
                }
            }
        }
        return all;
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
