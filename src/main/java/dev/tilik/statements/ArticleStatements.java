package dev.tilik.statements;

import dev.tilik.nlp.Document;
import java.util.List;
import java.util.Objects;

/**
 * An article after statement extraction: its document, its statements in order, and every date
 * mention in its body (boilerplate excluded), which the findings stage needs even outside
 * statements (weekday checks, the story's year).
 */
public record ArticleStatements(Document document, List<Statement> statements, List<DateMention> dates) {
    public ArticleStatements {
        Objects.requireNonNull(document, "document");
        statements = List.copyOf(statements);
        dates = List.copyOf(dates);
    }

    public String fileName() {
        return document.fileName();
    }
}
