package dev.tilik.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.StrictJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-labelled expectations for a folder of articles (the {@code seeds.json} schema): per
 * article the statements a careful fact-checker sees, and the findings she would ({@code must})
 * and would not ({@code should_not}) raise. Every id a finding names must be a gold statement.
 */
public record Gold(
        String about,
        Map<String, GoldArticle> articles,
        List<GoldMust> must,
        @JsonProperty("should_not") List<GoldShouldNot> shouldNot) {

    public Gold {
        articles = articles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        must = must == null ? List.of() : List.copyOf(must);
        shouldNot = shouldNot == null ? List.of() : List.copyOf(shouldNot);
        Map<String, String> files = new LinkedHashMap<>();
        articles.forEach((file, a) -> a.statements().forEach(s -> {
            String before = files.put(s.id(), file);
            if (before != null) {
                throw new IllegalArgumentException("statement id " + s.id() + " appears twice (" + before + ", " + file + ")");
            }
        }));
        for (GoldMust m : must) {
            checkRefs(m.id(), m.groups(), files, articles);
        }
        for (GoldShouldNot n : shouldNot) {
            checkRefs(n.id(), n.groups(), files, articles);
        }
    }

    /** Reads a gold file strictly; errors name file, line and column. */
    public static Gold load(Path file) throws JsonFileException {
        return StrictJson.read(file, file.toString(), Gold.class);
    }

    /** Reads a gold document (UTF-8) from a stream; {@code displayName} is what errors call it. */
    public static Gold read(java.io.InputStream in, String displayName) throws JsonFileException {
        return StrictJson.read(in, displayName, Gold.class);
    }

    /** The article holding the gold statement {@code id}. */
    public Optional<String> fileOf(String statementId) {
        for (Map.Entry<String, GoldArticle> e : articles.entrySet()) {
            for (GoldStatement s : e.getValue().statements()) {
                if (s.id().equals(statementId)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    public Optional<GoldStatement> statement(String statementId) {
        return articles.values().stream().flatMap(a -> a.statements().stream())
                .filter(s -> s.id().equals(statementId)).findFirst();
    }

    public int statementCount() {
        return articles.values().stream().mapToInt(a -> a.statements().size()).sum();
    }

    private static void checkRefs(String owner, List<List<GoldRef>> groups, Map<String, String> ids,
                                  Map<String, GoldArticle> articles) {
        for (List<GoldRef> g : groups) {
            for (GoldRef r : g) {
                if (r instanceof GoldRef.StatementRef s && !ids.containsKey(s.id())) {
                    throw new IllegalArgumentException(owner + ": unknown statement id \"" + s.id() + "\"");
                }
                if (r instanceof GoldRef.TextRef t && !articles.containsKey(t.file())) {
                    throw new IllegalArgumentException(owner + ": unknown article \"" + t.file() + "\"");
                }
            }
        }
    }
}
