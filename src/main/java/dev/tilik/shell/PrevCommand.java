package dev.tilik.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "prev", aliases = "p", description = "Go to the previous finding and show it.")
final class PrevCommand implements Callable<Integer> {
    private final ShellContext ctx;

    PrevCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return NextCommand.step(ctx, -1);
    }
}
