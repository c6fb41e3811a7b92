package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.report.ReportFormat;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tilik check [DIR] --format text|json|md}: the analysis as a report, for scripts. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Analyse a folder and print a report.",
                "Exit 0 when no contradiction is found, 1 when some are, 2 on bad input, 3 on an internal failure."})
public final class CheckCommand extends ContextCommand {
    @Mixin
    FolderInput input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    public CheckCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws Exception {
        Analysis analysis;
        try (TerminalProgress progress = progress()) {
            analysis = input.analyze(ctx, progress);
        }
        told(analysis);
        PrintWriter out = out();
        format.write(analysis, out);
        return analysis.findings().stream().anyMatch(Finding::isContradiction) ? ExitCode.CONTRADICTIONS : ExitCode.OK;
    }

    /**
     * Says on standard error each file the analysis could not read as it is (skipped, or read in a
     * fallback): the report says it too, but a script that keeps only the report — json piped to a
     * file — left the user nothing to see.
     */
    private void told(Analysis analysis) {
        for (Problem p : analysis.problems()) {
            if (p.level() != Problem.Level.INFO) {
                err().println("tilik: " + p.level().name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + SafeText.sanitize(p.toString()));
            }
        }
        err().flush();
    }
}
