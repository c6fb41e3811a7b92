package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.Main;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.model.FindingType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each exit status scripts can tell apart: 0 clean, 1 contradictions, 2 bad input, 3 internal failure. */
class ExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void theFourStatusesAreDistinct() {
        assertThat(List.of(ExitCode.OK, ExitCode.CONTRADICTIONS, ExitCode.BAD_INPUT, ExitCode.INTERNAL))
                .containsExactly(0, 1, 2, 3);
    }

    @Test
    void cleanIsZeroContradictionsOneBadInputTwo() {
        assertThat(CliRun.run(CheckCommandTest.returning(), "check", dir.toString()).code()).isEqualTo(0);
        assertThat(CliRun.run(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), "check", dir.toString()).code())
                .isEqualTo(1);
        assertThat(CliRun.run(CheckCommandTest.returning(), "check", dir.resolve("missing").toString()).code())
                .isEqualTo(2);
        assertThat(CliRun.run(CheckCommandTest.returning(), "check", "--no-such-option", dir.toString()).code())
                .isEqualTo(2);
    }

    @Test
    void outOfMemoryIsAnInternalFailureNeverOne() {
        FolderAnalyzer starved = (folder, rules, progress) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        CliRun run = CliRun.run(starved, "check", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).startsWith("tilik: internal error: out of memory").endsWith("(details in the log file)\n");
    }

    @Test
    void anyOtherErrorOrUncheckedExceptionIsAnInternalFailure() {
        FolderAnalyzer overflow = (folder, rules, progress) -> {
            throw new StackOverflowError();
        };
        FolderAnalyzer bug = (folder, rules, progress) -> {
            throw new IllegalStateException("a bug");
        };
        assertThat(CliRun.run(overflow, "check", dir.toString()).code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(CliRun.run(bug, "check", dir.toString()).code()).isEqualTo(ExitCode.INTERNAL);
    }

    @Test
    void helpDocumentsEveryStatus() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"check", "--help"})) {
            String help = CliRun.run(CheckCommandTest.returning(), args).out();
            assertThat(help).contains("Exit status:").containsPattern("(?m)^\\s+0\\s")
                    .containsPattern("(?m)^\\s+1\\s").containsPattern("(?m)^\\s+2\\s")
                    .containsPattern("(?m)^\\s+3\\s+internal failure, out of memory included");
        }
    }

    /** A real OutOfMemoryError in a JVM with a heap too small for the language model: Main exits 3, not 1. */
    @Test
    void aRealOutOfMemoryErrorExitsThreeFromMain() throws Exception {
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-Dorg.slf4j.simpleLogger.logFile=" + dir.resolve("tilik.log"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "articles", "--rules", "rules", "--format", "json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString()); // empty: the models must load
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isEqualTo(ExitCode.INTERNAL);
        assertThat(said).contains("tilik: internal error: out of memory").doesNotContain("\tat ");
    }
}
