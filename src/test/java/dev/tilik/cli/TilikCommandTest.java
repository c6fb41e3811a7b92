package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TilikCommandTest {
    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "--version");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("tilik ");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "--help");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: tilik", "check", "eval", "export", "Exit status:", "2   bad input");
    }

    @Test
    void anUnknownOptionIsBadInput() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "--frobnicate");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
        assertThat(run.err()).as("told by the whole tree: its usage lists the commands").contains("Commands:", "check");
    }

    @Test
    void theReaderBuildsTheRootAlone() {
        PrintWriter out = new PrintWriter(new StringWriter());

        assertThat(Cli.forArguments(context(), out, out, "articles", "--notes", "n.json", "--no-cache").getSubcommands())
                .isEmpty();
        assertThat(Cli.forArguments(context(), out, out).getSubcommands()).isEmpty();
        for (String[] args : List.of(new String[] {"check", "articles"}, new String[] {"--help"}, new String[] {"-hV"},
                new String[] {"--version"}, new String[] {"@args.txt"}, new String[] {"articles", "shell"})) {
            assertThat(Cli.forArguments(context(), out, out, args).getSubcommands().keySet()).as(String.join(" ", args))
                    .isEqualTo(Cli.SUBCOMMANDS);
        }
    }

    @Test
    void theSubcommandNamesAreTheTreesOwn() {
        PrintWriter out = new PrintWriter(new StringWriter());

        assertThat(Cli.commandLine(context(), out, out).getSubcommands().keySet()).isEqualTo(Cli.SUBCOMMANDS);
    }

    @Test
    void aMissingOptionValueOnTheReadersPathIsBadInput() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "articles", "--notes");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Missing required parameter for option '--notes'", "Commands:");
    }

    @Test
    void everyCommandsSummaryInTheHelpIsAWholeSentence() {
        PrintWriter out = new PrintWriter(new StringWriter());

        // --help lists each command by the first line of its description: it must not stop mid-sentence.
        Cli.commandLine(context(), out, out).getSubcommands().forEach((name, sub) ->
                assertThat(sub.getCommandSpec().usageMessage().description()[0]).as(name).endsWith("."));
    }

    private static CliContext context() {
        return new CliContext(CheckCommandTest.returning(), Map.of(), () -> false, (backend, options) -> 0);
    }
}
