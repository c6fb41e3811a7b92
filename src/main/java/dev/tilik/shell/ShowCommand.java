package dev.tilik.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a finding and the statements it compares (default: current).")
final class ShowCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(arity = "0..1", paramLabel = "N|ID", description = "Finding number in the list, or its id.")
    String which;

    ShowCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return show(ctx, which);
    }

    /** Selects {@code which} (when given) and shows the current finding; 1 when there is none. */
    static int show(ShellContext ctx, String which) {
        if (Target.select(ctx, which) == null) {
            return 1;
        }
        FindingText.show(ctx.state().session(), ctx.state().index(), ctx.out());
        return 0;
    }
}
