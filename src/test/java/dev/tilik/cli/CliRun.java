package dev.tilik.cli;

import dev.tilik.analysis.FolderAnalyzer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command tree with captured output. */
record CliRun(int code, String out, String err) {
    static CliRun run(FolderAnalyzer analyzer, String... args) {
        return run(new CliContext(analyzer, Map.of(), () -> false, (backend, options) -> {
            throw new AssertionError("the reader must not open in this test");
        }), args);
    }

    static CliRun run(CliContext ctx, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
