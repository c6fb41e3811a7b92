package dev.tilik.analysis;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of analysing a folder: every article with its statements, the findings, and the
 * problems met on the way. Immutable; the TUI, shell and batch reports all read this.
 *
 * @param folder   the articles folder as the user named it
 * @param rules    where the rules came from
 */
public record Analysis(String folder, String rules, List<ArticleStatements> articles, List<Finding> findings,
                       List<Problem> problems) {
    public Analysis {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(rules, "rules");
        articles = List.copyOf(articles);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    public Optional<ArticleStatements> article(String fileName) {
        return articles.stream().filter(a -> a.fileName().equals(fileName)).findFirst();
    }

    public Optional<Statement> statement(String statementId) {
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (s.id().equals(statementId)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
