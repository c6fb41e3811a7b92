package dev.tilik.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.RefusedAt;
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
        articles.forEach((file, a) -> {
            for (int i = 0; i < a.statements().size(); i++) {
                GoldStatement s = a.statements().get(i);
                String before = files.put(s.id(), file);
                if (before != null) {
                    List<Object> at = List.of("articles", file, "statements", i, "id");
                    throw new RefusedAt(at, "articles." + file + ".statements[" + i + "].id: statement id " + s.id()
                            + " appears twice (" + before + ", " + file + ")");
                }
            }
        });
        for (int i = 0; i < must.size(); i++) {
            checkRefs("must", i, must.get(i).id(), must.get(i).groups(), files, articles);
        }
        for (int i = 0; i < shouldNot.size(); i++) {
            checkRefs("should_not", i, shouldNot.get(i).id(), shouldNot.get(i).groups(), files, articles);
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

    /**
     * Every id a finding names is a gold statement and every file an article; a refusal points at the id itself
     * ({@code must[0].between[1][0]}), not at the end of the file where the binding stood when it was checked.
     */
    private static void checkRefs(String list, int index, String owner, List<List<GoldRef>> groups,
                                  Map<String, String> ids, Map<String, GoldArticle> articles) {
        for (int g = 0; g < groups.size(); g++) {
            for (int r = 0; r < groups.get(g).size(); r++) {
                GoldRef ref = groups.get(g).get(r);
                String unknown = ref instanceof GoldRef.StatementRef s && !ids.containsKey(s.id())
                        ? "unknown statement id \"" + s.id() + "\""
                        : ref instanceof GoldRef.TextRef t && !articles.containsKey(t.file())
                        ? "unknown article \"" + t.file() + "\"" : null;
                if (unknown != null) {
                    String at = list + "[" + index + "].between[" + g + "][" + r + "]";
                    throw new RefusedAt(List.of(list, index, "between", g, r), at + ": " + unknown + " (in " + owner + ")");
                }
            }
        }
    }
}
