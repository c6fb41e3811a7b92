package dev.tilik.analysis;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Article;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/** Hand-made articles, statements and findings, located by the text they hold. */
public final class AnalysisFixtures {
    private AnalysisFixtures() {
    }

    /** An article whose boilerplate is everything from {@code boilerplateFrom} on (or none when null). */
    public static Document document(String file, String text, String boilerplateFrom) {
        return document(file, text, boilerplateFrom, null);
    }

    /** As {@link #document(String, String, String)}, published by the outlet {@code source} (null: none named). */
    public static Document document(String file, String text, String boilerplateFrom, String source) {
        List<CharSpan> boilerplate = new ArrayList<>();
        if (boilerplateFrom != null) {
            boilerplate.add(CharSpan.of(at(text, boilerplateFrom), text.length()));
        }
        Article a = new Article(file, text, "0".repeat(64), "UTF-8", boilerplate, null, source, null, null, List.of());
        return new Document(a, new LanguageGuess("id", 0.99, 0.9), List.of());
    }

    public static Statement statement(Document doc, String id, String sentence, String speaker, String party, Stance stance,
                               String topic) {
        CharSpan s = span(doc.text(), sentence);
        return new Statement(doc.fileName() + "#" + id, doc.fileName(), s, s, speaker, null, party, null, null, false,
                null, stance, topic, List.of(), List.of());
    }

    public static ArticleStatements article(Document doc, Statement... statements) {
        return new ArticleStatements(doc, List.of(statements), List.of());
    }

    /** The statement as evidence on side 0 of a finding. */
    public static Evidence evidence(Document doc, Statement s) {
        return evidence(doc, s, 0);
    }

    /** The statement as evidence on {@code side} (0 or 1) of a finding. */
    public static Evidence evidence(Document doc, Statement s, int side) {
        return new Evidence(doc.fileName(), s.id(), s.claim(), s.sentence(), s.sentence().coveredText(doc.text()), side);
    }

    /** Evidence that is not a statement: {@code part} inside {@code sentence}. */
    public static Evidence mention(Document doc, String sentence, String part) {
        CharSpan s = span(doc.text(), sentence);
        return new Evidence(doc.fileName(), null, span(doc.text(), part), s, sentence);
    }

    public static Finding finding(String id, FindingType type, Evidence... evidence) {
        return new Finding(id, type, Severity.HIGH, "test#" + type.id(), null, id, "because", List.of(evidence));
    }

    public static CharSpan span(String text, String part) {
        int start = at(text, part);
        return CharSpan.of(start, start + part.length());
    }

    private static int at(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return i;
    }
}
