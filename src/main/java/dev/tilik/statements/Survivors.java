package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder pass that names a speaking victim a survivor (any story; the words are language data, rules
 * {@code survivors}). A speaker for a group an event befalls ("korban", "penumpang") speaks, so is one who came
 * through it: when the folder writes that group's survivors ("korban selamat", "penumpang yang selamat"), the speaker
 * speaks for them. A group the folder never so names keeps its party (a passenger of a fare rise is no survivor). Pure.
 */
final class Survivors {

    private Survivors() {
    }

    /**
     * @param texts     each article's tokens
     * @param survivors a group an event befalls, lower case, to its survivors' name ("korban" → "korban selamat")
     * @param relative  relative markers, lower case ("yang"): "korban yang selamat" names the survivors too
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, List<List<Token>> texts,
                                           Map<String, String> survivors, Set<String> relative) {
        if (survivors.isEmpty()) {
            return articles;
        }
        // read once, and only when a statement needs it: most folders hold no victim speaking
        java.util.function.Supplier<Map<String, String>> named = StatementExtractor.memo(() -> named(texts, survivors, relative));
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            List<Statement> statements = new ArrayList<>(a.statements().size());
            boolean changed = false;
            for (Statement s : a.statements()) {
                String group = s.outletsOwn() || s.party() == null ? null : s.party().strip().toLowerCase(Locale.ROOT);
                if (group != null && survivors.containsKey(group)) {
                    String survivor = named.get().get(group);
                    if (survivor != null) {
                        s = s.withParty(survivor);
                        changed = true;
                    }
                }
                statements.add(s);
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    /** Each group whose survivors the folder names, its group word then a relative marker or none, then the rest. */
    static Map<String, String> named(List<List<Token>> texts, Map<String, String> survivors, Set<String> relative) {
        Map<String, String> out = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                String group = t.get(i).lower();
                String name = survivors.get(group);
                if (name != null && !out.containsKey(group) && names(t, i + 1, name, relative)) {
                    out.put(group, name);
                }
            }
        }
        return out;
    }

    /** True when the words from {@code k} are the survivors' name after its group word, a relative marker allowed. */
    private static boolean names(List<Token> t, int k, String name, Set<String> relative) {
        String[] rest = name.split("\\s+");
        if (k < t.size() && t.get(k).isWord() && relative.contains(t.get(k).lower())) {
            k++;
        }
        for (int j = 1; j < rest.length; j++, k++) {
            if (k >= t.size() || !t.get(k).isWord() || !t.get(k).lower().equals(rest[j])) {
                return false;
            }
        }
        return rest.length > 1;
    }
}
