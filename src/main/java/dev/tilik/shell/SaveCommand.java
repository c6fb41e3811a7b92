package dev.tilik.shell;

import dev.tilik.notes.SaveResult;
import dev.tilik.text.SafeText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "save", description = "Save now (every change is already saved as it is made).")
final class SaveCommand implements Callable<Integer> {
    private final ShellContext ctx;

    SaveCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SaveResult r = ctx.state().save();
        ctx.report(r);
        ctx.out().println(r.ok() ? "Notes saved in " + SafeText.sanitize(r.file().toString()) + "." : "Notes NOT saved.");
        return r.ok() ? 0 : 1;
    }
}
