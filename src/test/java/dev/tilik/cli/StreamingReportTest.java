package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports stream: in a JVM with a 64 MiB heap, {@code check} writes a report of ~100 MB (600
 * findings citing 1,000 statements each) whole. Built as one tree and one string, the JSON report
 * needs several times the heap and ends in OutOfMemoryError.
 */
class StreamingReportTest {
    private static final int FINDINGS = 600;
    private static final int EVIDENCE = 1_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "md"})
    void aReportFarBiggerThanTheHeapIsWrittenWhole(String format) throws Exception {
        Path out = dir.resolve("report." + format);
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Dorg.slf4j.simpleLogger.logFile=" + dir.resolve("tilik.log"),
                "-cp", System.getProperty("java.class.path"), BigReportChild.class.getName(),
                format, Integer.toString(FINDINGS), Integer.toString(EVIDENCE)))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the child finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isEqualTo(ExitCode.CONTRADICTIONS);
        assertThat(Files.size(out)).isGreaterThan(64L << 20);
        if (format.equals("json")) {
            assertThat(countFindingStatements(out)).isEqualTo((long) FINDINGS * EVIDENCE);
        }
    }

    /** Reads the report as a stream (never whole): the statements cited under {@code findings}. */
    private static long countFindingStatements(Path report) throws IOException {
        long n = 0;
        try (JsonParser in = StrictJson.mapper().getFactory().createParser(report.toFile())) {
            int depth = 0;
            boolean inFindings = false;
            for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inFindings = in.currentName().equals("findings");
                } else if (t == JsonToken.FIELD_NAME && inFindings && depth == 5 && in.currentName().equals("side")) {
                    n++;
                }
            }
        }
        return n;
    }
}
