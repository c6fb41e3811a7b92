package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar on the samples, as the end-to-end tests start it, and what it left on disk. */
final class Reader {
    private Reader() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("tilik.jar", "target/tilik.jar")).toAbsolutePath();
        assertThat(jar).exists();
        return jar;
    }

    /**
     * The folder of the build's private copy of the jar and its class-data archive, {@code run/STAMP} beside the
     * launcher, as the launcher names it.
     */
    static Path launcherRun() throws IOException {
        Path launcher = jar().resolveSibling("tilik");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("run=\"\\$here/run/([0-9-]+)\"")
                .matcher(Files.readString(launcher));
        assertThat(m.find()).as("%s names its build's folder", launcher).isTrue();
        return jar().resolveSibling("run").resolve(m.group(1));
    }

    static Path articles() {
        Path articles = Path.of("articles").toAbsolutePath();
        assertThat(articles).isDirectory();
        return articles;
    }

    /**
     * The shell command that runs the jar in {@code tmp} (state, config and cache there too) on the
     * samples with {@code notes}; {@code env} goes before {@code java} (e.g. {@code TERM=dumb}).
     */
    static String command(Path tmp, Path notes, String env, String... extra) {
        return command(tmp, notes, env, articles(), extra);
    }

    /** {@link #command} on another folder of articles. */
    static String command(Path tmp, Path notes, String env, Path folder, String... extra) {
        StringBuilder sb = new StringBuilder("cd '" + tmp + "' && ");
        sb.append(env.isEmpty() ? "env " : "env " + env + " ");
        sb.append("XDG_STATE_HOME='").append(tmp.resolve("state")).append("' ");
        sb.append("XDG_CONFIG_HOME='").append(tmp.resolve("config")).append("' ");
        sb.append("XDG_CACHE_HOME='").append(tmp.resolve("cache")).append("' ");
        sb.append("java -jar '").append(jar()).append("' --notes '").append(notes).append("' ");
        for (String e : extra) {
            sb.append(e).append(' ');
        }
        return sb.append("'").append(folder).append("'").toString();
    }

    /** The pid of the one java process writing {@code notes}. */
    static long pid(Path notes) {
        String pid = await("the reader's process").atMost(Tmux.DEFAULT_WAIT)
                .until(() -> run("pgrep", "-f", "^java .*--notes " + notes).strip(), p -> !p.isEmpty() && !p.contains("\n"));
        return Long.parseLong(pid);
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("%s finishes", String.join(" ", command)).isTrue();
        return out;
    }

    /** The verdicts in the note file, in its order (none when it does not exist). */
    static List<String> verdicts(Path notes) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(notes)) {
            return out;
        }
        JsonNode root = new ObjectMapper().readTree(notes.toFile());
        for (JsonNode f : root.path("findings")) {
            if (f.hasNonNull("verdict")) {
                out.add(f.get("verdict").asText());
            }
        }
        return out;
    }
}
