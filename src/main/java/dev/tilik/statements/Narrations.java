package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlets' narrated figures ({@link Statement#narrated}) kept out of the folder's passes and put back after them:
 * no speaker, party or proposition is read for or from an outlet's narration, so the other statements are settled as
 * they would be without it, and each narrated figure comes back in its article's reading order.
 */
final class Narrations {
    private final Map<String, List<Statement>> byFile;

    private Narrations(Map<String, List<Statement>> byFile) {
        this.byFile = byFile;
    }

    /** The narrated statements of {@code articles}, by file, in reading order. */
    static Narrations of(List<ArticleStatements> articles) {
        Map<String, List<Statement>> byFile = new HashMap<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (s.narrated()) {
                    byFile.computeIfAbsent(a.fileName(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        return new Narrations(byFile);
    }

    /** {@code articles} without their narrated statements, in the same order. */
    List<ArticleStatements> without(List<ArticleStatements> articles) {
        if (byFile.isEmpty()) {
            return articles;
        }
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            out.add(byFile.containsKey(a.fileName())
                    ? new ArticleStatements(a.document(), a.statements().stream().filter(s -> !s.narrated()).toList(), a.dates())
                    : a);
        }
        return out;
    }

    /** {@code articles} with their narrated statements back, each before the first statement whose sentence starts after it. */
    List<ArticleStatements> restored(List<ArticleStatements> articles) {
        if (byFile.isEmpty()) {
            return articles;
        }
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            List<Statement> narrated = byFile.get(a.fileName());
            out.add(narrated == null ? a : new ArticleStatements(a.document(), merged(a.statements(), narrated), a.dates()));
        }
        return out;
    }

    private static List<Statement> merged(List<Statement> statements, List<Statement> narrated) {
        List<Statement> out = new ArrayList<>(statements.size() + narrated.size());
        int n = 0;
        for (Statement s : statements) {
            while (n < narrated.size() && narrated.get(n).sentence().start() < s.sentence().start()) {
                out.add(narrated.get(n++));
            }
            out.add(s);
        }
        out.addAll(narrated.subList(n, narrated.size()));
        return out;
    }
}
