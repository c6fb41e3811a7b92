package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 3: {@code tilik export --help} and {@code tilik shell --help} had no exit-status
 * section while {@code check --help} had one. Every command's help now ends with the same one, made
 * in one place ({@link ExitCode#MEANINGS}), and README's table says the same.
 */
class HelpExitStatusTest {
    /** The section as the root's help prints it: what every other command's must be. */
    private static String section(String help) {
        int at = help.indexOf("Exit status:");
        assertThat(at).as("an exit-status section in:%n%s", help).isNotNegative();
        return help.substring(at).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "eval", "export", "shell", "add", "notes", "notes merge"})
    void everySubcommandsHelpEndsWithTheSameExitStatusSection(String command) {
        String root = CliRun.run(CheckCommandTest.returning(), "--help").out();
        String[] args = (command + " --help").split(" ");
        CliRun run = CliRun.run(CheckCommandTest.returning(), args);
        assertThat(run.code()).isZero();
        assertThat(section(run.out())).isEqualTo(section(root));
        for (Map.Entry<String, String> e : ExitCode.MEANINGS.entrySet()) {
            assertThat(run.out()).containsPattern("(?m)^\\s+" + e.getKey() + "\\s+" + Pattern.quote(e.getValue().substring(0, 20)));
        }
    }

    @Test
    void readmesTableSaysWhatTheHelpSays() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<String, String> table = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d) \\| (.+) \\|$").matcher(readme);
        while (m.find()) {
            table.put(m.group(1), m.group(2));
        }
        assertThat(table).containsExactlyEntriesOf(ExitCode.MEANINGS);
    }
}
