package dev.tilik.analysis;

import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements by id, built on the first lookup by one pass over the articles (thread-safe: the
 * reader's UI thread and the save thread both look up). Counts the statements that pass reads.
 */
final class StatementIndex {
    private final List<ArticleStatements> articles;
    private volatile Map<String, Statement> byId;
    private long read;

    StatementIndex(List<ArticleStatements> articles) {
        this.articles = articles;
    }

    Statement get(String id) {
        Map<String, Statement> m = byId;
        if (m == null) {
            m = build();
        }
        return m.get(id);
    }

    synchronized long read() {
        return read;
    }

    private synchronized Map<String, Statement> build() {
        if (byId == null) {
            Map<String, Statement> m = new HashMap<>();
            for (ArticleStatements a : articles) {
                for (Statement s : a.statements()) {
                    m.putIfAbsent(s.id(), s);
                    read++;
                }
            }
            byId = m;
        }
        return byId;
    }
}
