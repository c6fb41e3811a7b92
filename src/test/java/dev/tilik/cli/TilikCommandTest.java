package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    }
}
