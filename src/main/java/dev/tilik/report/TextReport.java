package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report for people at a terminal: each article's statements, then the findings with their
 * evidence. Every line passes {@link SafeText} so article text can never drive the terminal.
 * Written line by line to the output, never built whole.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        write(analysis, out);
        return out.toString();
    }

    /** Writes the report to {@code out} line by line; flushes, does not close. */
    public static void write(Analysis analysis, Writer w) {
        PrintWriter out = new PrintWriter(w);
        Summary sum = Summary.of(analysis);
        line(out, "Tilik: " + analysis.folder() + " (rules: " + analysis.rules() + ")");
        line(out, sum.line());
        for (ArticleStatements a : analysis.articles()) {
            out.print('\n');
            String source = a.document().article().source();
            line(out, a.fileName() + "  [" + a.document().language().language() + "]"
                    + (source == null ? "" : "  source: " + source) + "  " + a.statements().size() + " statements");
            for (Statement s : a.statements()) {
                line(out, "  " + Labels.statement(s));
                line(out, "      " + Labels.quoted(s.sentence().coveredText(a.document().text())));
            }
        }
        findings(out, "Contradictions", sum.contradictions(), sum);
        findings(out, "Also noted (not contradictions)", sum.informative(), sum);
        if (!analysis.problems().isEmpty()) {
            line(out, "");
            line(out, "Problems");
            for (Problem p : analysis.problems()) {
                line(out, "  " + p.level().name().toLowerCase(java.util.Locale.ROOT) + " " + p);
            }
        }
        Reports.finish(out);
    }

    private static void findings(PrintWriter out, String heading, List<Finding> findings, Summary sum) {
        if (findings.isEmpty()) {
            return;
        }
        line(out, "");
        line(out, heading);
        for (Finding f : findings) {
            int n = sum.number(f); // the one order's number, as the reader shows it
            line(out, String.format("%2d. %s · %s · %s", n, f.type().label(), f.severity().id(), f.title()));
            line(out, "    " + f.explanation());
            for (Evidence e : f.evidence()) {
                line(out, "    - " + e.fileName() + ": " + Labels.quoted(e.text()));
            }
            line(out, "    rule " + f.rule() + "  id " + f.id());
        }
    }

    private static void line(PrintWriter out, String s) {
        out.print(SafeText.sanitize(s));
        out.print('\n');
    }
}
