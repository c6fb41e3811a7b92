package dev.tilik.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "next", aliases = "n", description = "Go to the next finding and show it.")
final class NextCommand implements Callable<Integer> {
    private final ShellContext ctx;

    NextCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return step(ctx, 1);
    }

    static int step(ShellContext ctx, int delta) {
        if (!ctx.state().findings().isEmpty() && !ctx.state().move(delta)) {
            ctx.out().println(delta > 0 ? "Already at the last finding." : "Already at the first finding.");
            return 1;
        }
        return ShowCommand.show(ctx, null);
    }
}
