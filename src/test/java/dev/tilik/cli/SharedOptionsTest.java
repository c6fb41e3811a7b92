package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The folder, rules and notes options are declared once and mean the same in every command. */
class SharedOptionsTest {
    final CommandLine tree = Cli.commandLine(new CliContext(CheckCommandTest.returning(), Map.of(), () -> false,
            (backend, options) -> 0), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    CommandSpec spec(String name) {
        return name.equals("tilik") ? tree.getCommandSpec() : tree.getSubcommands().get(name).getCommandSpec();
    }

    @Test
    void everyCommandOverAFolderTakesItFromTheOneFolderMixin() {
        for (String name : List.of("tilik", "check", "eval", "export", "shell")) {
            CommandSpec spec = spec(name);
            assertThat(spec.positionalParameters()).as(name).hasSize(1);
            assertThat(spec.positionalParameters().get(0).defaultValue()).as(name).isEqualTo("articles");
            assertThat(spec.findOption("--rules")).as(name).isNotNull();
            assertThat(spec.findOption("--no-cache")).as(name).isNotNull();
            assertThat(mixinTypes(spec)).as(name).contains(FolderInput.class.getName());
        }
    }

    @Test
    void theCommandsThatKeepNotesTakeFolderAndNotesFromOneReviewMixin() {
        for (String name : List.of("tilik", "export", "shell")) {
            CommandSpec spec = spec(name);
            OptionSpec notes = spec.findOption("--notes");
            assertThat(notes.defaultValue()).as(name + ": chosen per folder (DefaultNoteFile)").isNull();
            assertThat(notes.description()[0]).as(name).contains("tilik-notes.json", "tilik-notes-<folder name>.json");
            assertThat(mixinTypes(spec)).as(name).contains(ReviewInput.class.getName());
        }
        assertThat(spec("check").findOption("--notes")).isNull();
    }

    /** The mixins of a command, nested ones included. */
    private static List<String> mixinTypes(CommandSpec spec) {
        return spec.mixins().values().stream()
                .flatMap(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m.userObject().getClass().getName()),
                        mixinTypes(m).stream()))
                .toList();
    }
    @Test
    void aRootOptionOrFolderBeforeACommandIsRefusedNotSilentlyDropped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "--rules", dir.resolve("mine").toString(), "check",
                dir.toString());
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--rules " + dir.resolve("mine") + " before 'check' would not be read",
                "after the command (tilik check … --rules " + dir.resolve("mine") + ")");
        CliRun folder = CliRun.run(CheckCommandTest.returning(), dir.toString(), "check", dir.toString());
        assertThat(folder.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(folder.err()).contains(dir.toString() + " before 'check'");
    }

    @Test
    void helpBeforeACommandStillAsksForHelp() {
        CliRun run = CliRun.run(CheckCommandTest.returning(), "--help", "check");
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage:");
    }
}
