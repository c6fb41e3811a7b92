package dev.tilik.analysis;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.nlp.Document;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes what an analysis keeps small, so a folder of 10,000 articles fits a modest heap (measured
 * in docs/PERFORMANCE.md). After statement extraction an article keeps no tagged tokens (only the
 * extraction reads them); the words that repeat across a folder — speakers, cues, parties, units, a
 * statement's sentence as findings snapshot it — are one string each, shared through a map that
 * lives as long as one analysis. Values never change: only which equal string is referenced.
 * Safe to call from the worker threads at once.
 */
final class Compact {
    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    /** The one instance of {@code s} this analysis keeps (null stays null). */
    String share(String s) {
        if (s == null) {
            return null;
        }
        String had = strings.putIfAbsent(s, s);
        return had == null ? s : had;
    }

    /** The article as the later stages need it: no tagged tokens, repeated words shared. */
    ArticleStatements article(ArticleStatements a) {
        Document d = a.document();
        Document lean = d.tagged() ? new Document(d.article(), d.language(), d.sentences()) : d;
        List<Statement> statements = new ArrayList<>(a.statements().size());
        for (Statement s : a.statements()) {
            statements.add(statement(s));
        }
        return new ArticleStatements(lean, statements, a.dates());
    }

    private Statement statement(Statement s) {
        List<NumberMention> numbers = s.numbers().isEmpty() ? s.numbers() : new ArrayList<>(s.numbers().size());
        if (!s.numbers().isEmpty()) {
            for (NumberMention n : s.numbers()) {
                numbers.add(new NumberMention(n.span(), n.text(), n.value(), n.low(), n.high(), n.qualifier(),
                        share(n.unit()), share(n.counted()), share(n.which())));
            }
        }
        return new Statement(share(s.id()), share(s.fileName()), s.sentence(), s.claim(), share(s.speaker()), s.speakerSpan(),
                share(s.party()), share(s.cue()), s.cueSpan(), s.quote(), share(s.via()), s.stance(), share(s.topic()),
                numbers, s.dates(), s.basis());
    }

    /**
     * Findings with each snapshotted sentence shared: the findings stage copies a statement's sentence
     * into every piece of evidence citing it (about three times per statement on a generated folder).
     */
    List<Finding> findings(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Evidence> evidence = new ArrayList<>(f.evidence().size());
            for (Evidence e : f.evidence()) {
                evidence.add(new Evidence(share(e.fileName()), share(e.statementId()), e.span(), e.sentence(),
                        share(e.text()), e.side()));
            }
            out.add(new Finding(f.id(), f.type(), f.severity(), f.rule(), f.topic(), f.title(), f.explanation(), evidence));
        }
        return out;
    }
}
