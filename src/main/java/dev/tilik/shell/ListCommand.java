package dev.tilik.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list", aliases = "ls", description = "List the findings with their verdicts; > marks the current one, \"note\" one that has a note.")
final class ListCommand implements Callable<Integer> {
    private final ShellContext ctx;

    ListCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        FindingText.list(ctx.state().session(), ctx.state().index(), ctx.out());
        return 0;
    }
}
