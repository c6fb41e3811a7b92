package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.bench.StoryCorpus;
import dev.tilik.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code check --format json} on a generated folder in a JVM whose heap is little
 * more than the NLP models (~58 MiB of the 96): it completes with "contradictions found" (1), not
 * the internal-failure code an out-of-memory error gives (3), and the report, read back as a stream,
 * lists every article. Kept by what it holds, not by time: the analysis stays compact and the report
 * is written one article and one finding at a time (a whole report tree or string of this folder
 * would not fit beside the models).
 */
class SmallHeapCheckIT {
    private static final int ARTICLES = 400;
    private static final Path JAR = Path.of(System.getProperty("tilik.jar", "target/tilik.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void checkOnFourHundredArticlesCompletesInA96MiBHeap() throws Exception {
        Path folder = dir.resolve("story");
        new StoryCorpus(1).write(folder, ARTICLES);
        Path out = dir.resolve("report.json");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.logFile=" + dir.resolve("tilik.log"),
                "-jar", JAR.toString(), "check", "--no-cache", folder.toString(), "--format", "json"))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("check finished").isTrue();
        assertThat(p.exitValue()).as("exit code; stderr:%n%s", Files.readString(err)).isEqualTo(1);
        assertThat(countArticles(out)).isEqualTo(ARTICLES);
    }

    /** The entries of the report's top-level {@code articles} list, read as a stream. */
    private static int countArticles(Path report) throws IOException {
        int n = 0;
        try (JsonParser in = StrictJson.mapper().getFactory().createParser(report.toFile())) {
            int depth = 0;
            boolean inArticles = false;
            for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (inArticles && depth == 3 && t == JsonToken.START_OBJECT) {
                        n++;
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inArticles = in.currentName().equals("articles");
                }
            }
        }
        return n;
    }
}
