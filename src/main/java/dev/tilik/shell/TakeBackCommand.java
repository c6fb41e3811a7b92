package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.review.SetAside;
import dev.tilik.text.SafeText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The reader's {@code b} in the shell: the verdict (or rating) set aside last on a finding — two readers chose
 * differently and the merge kept the later — is chosen again, and the one it replaces is set aside in its turn,
 * so the same command again swaps them back. Saved at once, like a verdict.
 */
@Command(name = "takeback", aliases = "take-back",
        description = {"Take back the verdict (or rating) set aside on the current finding, or on finding N: "
                + "takeback [N|ID].",
            "A verdict is set aside when two readers chose differently (show lists them); the one it replaces is "
                    + "set aside in its turn, so takeback again swaps them back."})
final class TakeBackCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N|ID",
            description = "Finding number or id (default: current).")
    String which;

    TakeBackCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Finding f = Target.resolve(ctx, which);
        if (f == null) {
            return 1;
        }
        List<SetAside> aside = ctx.state().session().setAside(f.id());
        if (aside.isEmpty()) {
            ctx.out().println("Nothing set aside on " + Target.named(ctx, f)
                    + ": a verdict is set aside only when two readers chose differently.");
            return 1;
        }
        SetAside last = aside.get(aside.size() - 1);
        boolean saved = ctx.saved(ctx.state().takeBack(f));
        // set aside now is the verdict (or rating) the finding had, which may have been chosen after the merge: not
        // the one the merge kept (last.insteadLabel()), as the reader's b says since round sixteen
        List<SetAside> now = ctx.state().session().setAside(f.id());
        ctx.out().println("Took back " + last.field() + " \u201C" + SafeText.sanitize(last.valueLabel()) + "\u201D on "
                + Target.named(ctx, f) + "; \u201C" + SafeText.sanitize(now.get(now.size() - 1).valueLabel())
                + "\u201D set aside (takeback " + (ctx.state().indexOf(f) + 1) + " again swaps them back).");
        return saved ? 0 : 1;
    }
}
