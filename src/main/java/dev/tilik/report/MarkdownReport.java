package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report to read or mail: findings first (what needs a fact-checker), then each article's
 * statements. Written piece by piece to the output, never built whole.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        write(analysis, out);
        return out.toString();
    }

    /** Writes the report to {@code out}; flushes, does not close. */
    public static void write(Analysis analysis, Writer w) {
        PrintWriter out = new PrintWriter(w);
        Summary sum = Summary.of(analysis);
        out.append("# Tilik report: ").append(escape(analysis.folder())).append("\n\n");
        out.append(sum.line()).append(" (rules: ").append(escape(analysis.rules())).append(").\n");
        findings(out, "Contradictions", sum.contradictions(), sum);
        findings(out, "Also noted (not contradictions)", sum.informative(), sum);
        out.append("\n## Statements\n");
        for (ArticleStatements a : analysis.articles()) {
            String source = a.document().article().source();
            out.append("\n### ").append(escape(a.fileName())).append("\n\n");
            out.append("Language `").append(a.document().language().language()).append('`')
                    .append(source == null ? "" : ", source " + escape(source)).append(", ")
                    .append(String.valueOf(a.statements().size())).append(" statements.\n\n");
            for (Statement s : a.statements()) {
                out.append("- **").append(escape(Labels.statement(s))).append("**: ")
                        .append(escape(Labels.quoted(s.sentence().coveredText(a.document().text())))).append('\n');
            }
        }
        if (!analysis.problems().isEmpty()) {
            out.append("\n## Problems\n\n");
            for (Problem p : analysis.problems()) {
                out.append("- ").append(p.level().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                        .append(escape(p.toString())).append('\n');
            }
        }
        Reports.finish(out);
    }

    private static void findings(PrintWriter out, String heading, List<Finding> findings, Summary sum) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("\n## ").append(heading).append('\n');
        for (Finding f : findings) {
            int n = sum.number(f); // the one order's number, as the reader shows it
            out.append("\n### ").append(String.valueOf(n)).append(". ").append(escape(f.title())).append("\n\n");
            out.append("*").append(f.type().label()).append("*, severity **").append(f.severity().id())
                    .append("**, rule `").append(f.rule()).append("`, id `").append(f.id()).append("`\n\n");
            out.append(escape(f.explanation())).append('\n');
            String before = "\n"; // a blank line, then the evidence as one quote block
            for (Evidence e : f.evidence()) {
                out.append(before).append("> **").append(escape(e.fileName())).append("**: ")
                        .append(escape(Labels.quoted(e.text())));
                before = "\n>\n";
            }
            if (!f.evidence().isEmpty()) {
                out.append("\n\n");
            }
        }
    }

    /** One line of Markdown: line breaks become spaces, then {@link MarkdownText} sanitises and escapes. */
    private static String escape(String s) {
        return MarkdownText.inline(s.replace('\r', ' ').replace('\n', ' '));
    }
}
