package dev.tilik.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code .json} (one object, or an array of objects) and {@code .jsonl} (one object a line) of
 * {@code {title, source, url, date, lang, author, text}}: one article per object, named
 * {@code feed.json[2]} by its place in the file (its statements {@code feed.json[2]#1}, …) (1-based; a bad object keeps its number). Only
 * {@code text} is required; other fields are ignored. A bad object or line is a problem located
 * at {@code file:line:col} while the others load; a file that is not such JSON at all is one.
 */
final class JsonArticlesFormat implements ArticleFormat {
    private static final Set<String> FIELDS = Set.of("title", "source", "url", "date", "lang", "author", "text");

    @Override
    public boolean reads(String lowerCaseName) {
        return lowerCaseName.endsWith(".json") || lowerCaseName.endsWith(".jsonl");
    }

    @Override
    public Parsed parse(String name, byte[] bytes, ArticleParser parser) throws UndecodableException {
        Decoded decoded = TextDecoder.decode(bytes, name);
        Collected out = new Collected(name, decoded, parser);
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            lines(decoded.text(), out);
        } else {
            document(decoded.text(), out);
        }
        return new Parsed(out.articles, out.problems);
    }

    private static void lines(String text, Collected out) {
        String[] lines = text.split("\\R", -1);
        int number = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            number++;
            String where = out.name + ":" + (i + 1);
            try {
                JsonNode node = mapper().readTree(lines[i]);
                out.add(number, where, node);
            } catch (JsonProcessingException e) {
                out.problem(out.name + ":" + (i + 1) + ":" + e.getLocation().getColumnNr(),
                        "article " + number + ": not JSON: " + e.getOriginalMessage());
            }
        }
    }

    private static void document(String text, Collected out) {
        try (JsonParser p = mapper().getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                out.add(1, at(out.name, p.currentTokenLocation()), inStream().readTree(p));
                if (p.nextToken() != null) {
                    out.problem(at(out.name, p.currentTokenLocation()), "more after the article object; ignored");
                }
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                out.problem(at(out.name, p.currentTokenLocation()),
                        "expected an article object or a list of them, found " + describe(first));
                return;
            }
            int number = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    out.problem(at(out.name, p.currentLocation()), "the list of articles is not closed");
                    return;
                }
                number++;
                String where = at(out.name, p.currentTokenLocation());
                JsonNode node = inStream().readTree(p);
                out.add(number, where, node);
            }
        } catch (JsonProcessingException e) {
            out.problem(at(out.name, e.getLocation()), "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            out.problem(out.name, "cannot read: " + e.getMessage());
        }
    }

    private static ObjectMapper mapper() {
        return StrictJson.lenientMapper();
    }

    /** Reads one value in the middle of a stream: the values after it are no trailing garbage. */
    private static ObjectReader inStream() {
        return mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static String at(String name, JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case NOT_AVAILABLE -> "nothing";
            default -> "an object";
        };
    }

    /** Articles and problems of one file as they come. */
    private static final class Collected {
        final String name;
        final Decoded decoded;
        final ArticleParser parser;
        final List<Article> articles = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Collected(String name, Decoded decoded, ArticleParser parser) {
            this.name = name;
            this.decoded = decoded;
            this.parser = parser;
        }

        void problem(String where, String message) {
            problems.add(new Problem(Problem.Level.WARNING, where, message));
        }

        void add(int number, String where, JsonNode node) {
            String prefix = "article " + number + ": ";
            if (!node.isObject()) {
                problem(where, prefix + "expected an object with \"text\", found " + describe(node.asToken()) + "; skipped");
                return;
            }
            for (String field : FIELDS) {
                JsonNode v = node.get(field);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    problem(where, prefix + "\"" + field + "\" should be a string, found " + describe(v.asToken()) + "; skipped");
                    return;
                }
            }
            String body = string(node, "text");
            if (body == null || body.isBlank()) {
                problem(where, prefix + "no \"text\"; skipped");
                return;
            }
            ExtractedArticle header = new ExtractedArticle(string(node, "title"), string(node, "source"),
                    string(node, "url"), string(node, "date"), string(node, "lang"), string(node, "author"), List.of());
            String text = header.text() + body;
            String articleName = name + "[" + number + "]";
            Decoded one = new Decoded(text, decoded.encoding(), decoded.warnings());
            articles.add(parser.parse(articleName, one, FolderLoader.sha256(text.getBytes(StandardCharsets.UTF_8))));
        }

        private static String string(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
