package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.eval.EvaluationText;
import dev.tilik.eval.Gold;
import dev.tilik.eval.GoldEvaluator;
import dev.tilik.rules.Rules;
import dev.tilik.statements.PartyNames;
import dev.tilik.statements.StatementExtractor;
import dev.tilik.json.JsonFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tilik eval --gold FILE [DIR]}: how the analysis compares with hand-labelled expectations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score a folder's analysis against a gold file (see seeds.json).",
                "Prints statement recall, speaker/party/stance/topic accuracy, musts found, should_nots "
                        + "violated, and the precision and recall of contradictions."})
public final class EvalCommand extends ContextCommand {
    @Mixin
    FolderInput input;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Under each statement that differs from the gold, name its article "
            + "and show what was extracted there (cue, stance basis, claim) or the sentence nothing was extracted from.")
    boolean verbose;

    public EvalCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws Exception {
        Gold expected;
        try {
            expected = Gold.load(gold);
        } catch (JsonFileException e) {
            throw new BadInputException(e.getMessage());
        }
        Analysis analysis;
        Rules rules;
        try (TerminalProgress progress = progress()) {
            input.warmUp(ctx);
            rules = input.prepare(ctx);
            analysis = input.analyze(ctx, rules, progress);
        }
        PartyNames parties = new StatementExtractor(rules).evaluationPartyNames(
                analysis.articles().stream().map(a -> a.document().text()).toList());
        PrintWriter out = out();
        out.print(EvaluationText.render(GoldEvaluator.evaluate(analysis, expected, parties), verbose));
        out.flush();
        return ExitCode.OK;
    }
}
