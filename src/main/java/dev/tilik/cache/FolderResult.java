package dev.tilik.cache;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.statements.ArticleStatements;
import java.util.List;

/**
 * What the analysis of a whole folder made, as the folder cache keeps it: every article after the
 * folder pass (speakers' parties from other articles, propositions), the findings, and the problems
 * met (the files' and the analysis's). Enough to rebuild the analysis without parsing a file.
 */
public record FolderResult(List<ArticleStatements> articles, List<Finding> findings, List<Problem> problems) {
    public FolderResult {
        articles = List.copyOf(articles);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
