package dev.tilik.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.json.StrictJson;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article: the first object typed
 * {@code NewsArticle} (or {@code Article}, {@code ReportageNews}, {@code BlogPosting}, …) found
 * in any {@code <script type="application/ld+json">}, directly, in a list or in {@code @graph}.
 * Malformed JSON-LD, common on real pages, is passed over: the page's other metadata remains.
 */
record JsonLdArticle(String headline, String url, String publisher, String datePublished, String inLanguage,
                     String author, String articleBody) {
    private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null, null);
    private static final Set<String> TYPES = Set.of("newsarticle", "article", "reportagenews", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report", "webpage");
    private static final int MAX_NODES = 10_000;

    static JsonLdArticle find(Document doc) {
        JsonLdArticle page = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = StrictJson.lenientMapper().readTree(script.data());
            } catch (Exception malformed) {
                continue;
            }
            JsonNode found = typed(root);
            if (found != null) {
                JsonLdArticle a = of(found);
                if (!"webpage".equals(type(found))) {
                    return a;
                }
                page = page == null ? a : page;
            }
        }
        return page == null ? NONE : page;
    }

    private static JsonNode typed(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        JsonNode page = null;
        for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode n = todo.poll();
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                String type = type(n);
                if (type != null && TYPES.contains(type)) {
                    if (!type.equals("webpage")) {
                        return n;
                    }
                    page = page == null ? n : page;
                }
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
            }
        }
        return page;
    }

    private static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t != null && t.isArray()) {
            for (JsonNode each : t) {
                if (each.isTextual() && TYPES.contains(each.asText().toLowerCase(Locale.ROOT))) {
                    return each.asText().toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }
        return t != null && t.isTextual() ? t.asText().toLowerCase(Locale.ROOT) : null;
    }

    private static JsonLdArticle of(JsonNode n) {
        return new JsonLdArticle(text(n.get("headline")), first(text(n.get("url")), id(n.get("mainEntityOfPage"))),
                name(n.get("publisher")), text(n.get("datePublished")), text(n.get("inLanguage")),
                name(n.get("author")), text(n.get("articleBody")));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode n) {
        if (n != null && n.isArray() && !n.isEmpty()) {
            return text(n.get(0));
        }
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static String id(JsonNode n) {
        if (n != null && n.isObject()) {
            return first(text(n.get("@id")), text(n.get("url")));
        }
        return text(n);
    }

    /** A person or organisation: a string, {@code {"name": …}}, or a list of them (names joined). */
    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            StringBuilder all = new StringBuilder();
            for (JsonNode each : n) {
                String one = name(each);
                if (one != null) {
                    all.append(all.isEmpty() ? "" : ", ").append(one);
                }
            }
            return all.isEmpty() ? null : all.toString();
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }
}
