package dev.tilik.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "quit", aliases = {"exit", "q"}, description = "Save and leave the shell.")
final class QuitCommand implements Callable<Integer> {
    private final ShellContext ctx;

    QuitCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.quit().set(true);
        return 0;
    }
}
