package dev.tilik.cli;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.statement;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.statements.Statement;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingReportTest}: {@code check --format
 * FORMAT} over an analysis that is small in memory (every finding cites the same few statements)
 * but whose report is far bigger than the heap. Exits with the command's status.
 */
public final class BigReportChild {
    private BigReportChild() {
    }

    /** Arguments: format, findings, evidence per finding. */
    public static void main(String[] args) {
        Analysis analysis = analysis(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CliContext ctx = new CliContext((folder, rules, progress) -> analysis, Map.of(), () -> false,
                (backend, options) -> {
                    throw new AssertionError("no reader here");
                });
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        System.exit(Cli.run(ctx, out, err, "check", ".", "--format", args[0]));
    }

    static Analysis analysis(int findings, int evidencePerFinding) {
        String sentence = "\"Kami tidak pernah mengirimkan tentara ke Rusia untuk membantu Moskow,\" kata juru bicara"
                + " Kementerian Luar Negeri dalam jumpa pers di Pyongyang pada Selasa pagi.";
        Document doc = document("001_detik.txt", sentence, null);
        Statement s = statement(doc, "1", sentence, "juru bicara", "DPRK", Stance.DENY, "troops");
        List<Evidence> side = new ArrayList<>();
        side.addAll(Collections.nCopies(evidencePerFinding / 2, evidence(doc, s, 0)));
        side.addAll(Collections.nCopies(evidencePerFinding - evidencePerFinding / 2, evidence(doc, s, 1)));
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            all.add(new Finding("f-" + i, FindingType.DENY_VS_ASSERT, Severity.HIGH, "findings.json#deny_vs_assert",
                    "troops", "DPRK denies " + i, "They disagree.", side));
        }
        return new Analysis(".", "rules", List.of(article(doc, s)), all, List.of());
    }
}
