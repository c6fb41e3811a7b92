package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verdict", aliases = "v", description = "Record a verdict on the current finding (or finding N).")
final class VerdictCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", paramLabel = "VERDICT", converter = Choices.VerdictConverter.class,
            completionCandidates = Choices.VerdictIds.class,
            description = "One of ${COMPLETION-CANDIDATES} (or its digit 1-5).")
    Verdict verdict;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N|ID", description = "Finding number or id (default: current).")
    String which;

    VerdictCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Finding f = Target.resolve(ctx, which);
        if (f == null) {
            return 1;
        }
        Verdict before = ctx.state().session().verdict(f.id());
        boolean saved = ctx.saved(ctx.state().verdict(f, verdict));
        int index = ctx.state().indexOf(f);
        ctx.out().println(FindingText.line(ctx.state().session(), index, index == ctx.state().index()));
        if (saved && before != Verdict.UNREVIEWED && before != verdict) {
            Target.replaced(ctx, before.id(), "verdict " + before.id() + " " + (index + 1));
        }
        return saved ? 0 : 1;
    }
}
