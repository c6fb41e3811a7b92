package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.tui.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The reader's plain arguments read without picocli: the same input picocli reads, or left to picocli. */
class ReaderArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void plainArgumentsReadAsPicocliReadsThem() {
        for (String[] args : List.of(new String[] {}, new String[] {"folder"}, new String[] {"--no-cache"},
                new String[] {"folder", "--notes", "n.json"}, new String[] {"--notes", "n.json", "folder"},
                new String[] {"--notes=n.json", "--rules=r", "folder", "--no-cache"},
                new String[] {"--rules", "r", "--notes", "some dir/n=1.json"}, new String[] {"a=b"},
                new String[] {"--rules", "r=s"}, new String[] {"folder/"})) {
            ReviewInput plain = ReaderArguments.read(args);
            TilikCommand parsed = new TilikCommand(context());
            new CommandLine(parsed).parseArgs(args);

            assertThat(plain).as(String.join(" ", args)).isNotNull();
            assertThat(plain.articles().folder()).as(String.join(" ", args)).isEqualTo(parsed.input.articles().folder());
            assertThat(plain.articles().rulesDir()).isEqualTo(parsed.input.articles().rulesDir());
            assertThat(plain.articles().noCache).isEqualTo(parsed.input.articles().noCache);
            assertThat(plain.notes.notes).isEqualTo(parsed.input.notes.notes);
            assertThat(plain.arguments()).isEqualTo(parsed.input.arguments());
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"},
                new String[] {"check", "folder"}, new String[] {"folder", "shell"}, new String[] {"@args.txt"},
                new String[] {"--frobnicate"}, new String[] {"folder", "other"}, new String[] {"--no-cache", "--no-cache"},
                new String[] {"--no-cache=true"}, new String[] {"--notes"}, new String[] {"folder", "--rules"},
                new String[] {"--notes", "-n.json"}, new String[] {"--notes", "--no-cache"}, new String[] {"--notes="},
                new String[] {"--rules", "a", "--rules", "b"}, new String[] {"--notes=a", "--notes", "b"},
                new String[] {"--"}, new String[] {"-"}, new String[] {""}, new String[] {"--rulesx", "a"},
                new String[] {"fold\u0000er"})) {
            assertThat(ReaderArguments.read(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void errorsOfArgumentsLeftToPicocliReadAsBefore() {
        CliRun twoFolders = CliRun.run(CheckCommandTest.returning(), dir.toString(), dir.toString());
        CliRun twice = CliRun.run(CheckCommandTest.returning(), dir.toString(), "--no-cache", "--no-cache");
        CliRun optionAsValue = CliRun.run(CheckCommandTest.returning(), dir.toString(), "--notes", "--no-cache");

        assertThat(twoFolders.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twoFolders.err()).contains("Unmatched argument", "Commands:");
        assertThat(twice.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twice.err()).contains("--no-cache", "should be specified only once");
        assertThat(optionAsValue.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(optionAsValue.err()).contains("--notes");
    }

    @Test
    void theReaderOpensOverWhatPlainArgumentsName() {
        List<Backend> opened = new ArrayList<>();
        CliContext ctx = new CliContext(CheckCommandTest.returning(), Map.of("TERM", "xterm"), () -> true,
                (backend, options) -> {
                    opened.add(backend);
                    return 0;
                });

        CliRun run = CliRun.run(ctx, "--notes=" + dir.resolve("n.json"), dir.toString(), "--no-cache");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aFailureInTheReaderIsInternalAndToldInOneLine() {
        CliContext ctx = new CliContext(CheckCommandTest.returning(), Map.of("TERM", "xterm"), () -> true,
                (backend, options) -> {
                    throw new IllegalStateException("boom");
                });

        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", dir.resolve("n.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).isEqualTo("tilik: java.lang.IllegalStateException: boom (details in the log file)\n");
    }

    private static CliContext context() {
        return new CliContext(CheckCommandTest.returning(), Map.of(), () -> false, (backend, options) -> 0);
    }
}
