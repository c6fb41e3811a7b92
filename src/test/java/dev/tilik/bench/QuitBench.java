package dev.tilik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 10's quit row: seconds from {@code q} to the reader's exit, after one verdict whose autosave
 * has finished (the Markdown beside the note file written), so what is timed is the quit's own save and the exit.
 * Each round opens every command on the generated folder of N articles ({@link StoryCorpus}) and, as
 * the baseline of the same run, on the sample {@code articles/} (two articles); each reader has its
 * own scratch cache (the first round analyses, later ones reopen through the cache) and a fresh note
 * file every round. In tmux, {@value KeyLatencyBench#WIDTH}×{@value KeyLatencyBench#HEIGHT}.
 * A verdict ("confirmed", key v then 2) is recorded first. Prints every quit, then per command and folder the median and spread, and the median of the
 * round-by-round ratio to the same command's quit on the samples.
 * <p>From the project folder, after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp target/tilik.jar:target/test-classes:$A dev.tilik.bench.QuitBench [ROUNDS] [N] [SEED] [COMMAND…]}
 * ($A: Awaitility and Hamcrest, as for {@link KeyLatencyBench}; 3 rounds, 1,000 articles, seed 1,
 * {@code java -jar target/tilik.jar}). N may name an existing folder instead.
 */
public final class QuitBench {
    private QuitBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String size = args.length > 1 ? args[1] : "1000";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<String> readers = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("java -jar target/tilik.jar");
        Path scratch = Files.createTempDirectory("tilik-quit");
        Path folder;
        if (size.chars().allMatch(Character::isDigit)) {
            folder = scratch.resolve("articles");
            new StoryCorpus(seed).write(folder, Integer.parseInt(size));
        } else {
            folder = Path.of(size).toAbsolutePath();
        }
        Path samples = Path.of("articles").toAbsolutePath();
        List<Path> folders = List.of(samples, folder);
        String tag = "tilik-quit-" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "Quit after a verdict: %s against the samples, %d rounds, %d×%d%n",
                folder, rounds, KeyLatencyBench.WIDTH, KeyLatencyBench.HEIGHT);
        double[][][] s = new double[readers.size()][folders.size()][rounds];
        try {
            for (int round = 0; round < rounds; round++) {
                for (int r = 0; r < readers.size(); r++) {
                    for (int f = 0; f < folders.size(); f++) {
                        Path own = scratch.resolve("reader" + r + "-" + f);
                        Files.createDirectories(own);
                        Files.deleteIfExists(own.resolve("notes.json"));
                        Files.deleteIfExists(own.resolve("notes.md"));
                        s[r][f][round] = quit(tag + "-" + round + "-" + r + "-" + f, scratch, own.resolve("notes.md"), "env XDG_CACHE_HOME=" + own.resolve("cache")
                                + " XDG_STATE_HOME=" + own.resolve("state") + " " + readers.get(r) + " " + folders.get(f)
                                + " --notes " + own.resolve("notes.json"));
                        System.out.printf(Locale.ROOT, "round %d, reader %d, %s: quit %.3f s%n", round + 1, r + 1,
                                folders.get(f).getFileName(), s[r][f][round]);
                    }
                }
            }
            summary(readers, folder, s, rounds);
        } catch (Exception | Error e) {
            e.printStackTrace(System.out);
            throw e;
        } finally {
            if (!size.chars().allMatch(Character::isDigit)) {
                Files.deleteIfExists(scratch.resolve("articles"));
            }
            try {
                KeyLatencyBench.deleteTree(scratch);
            } catch (java.io.IOException | RuntimeException e) {
                System.out.println("scratch " + scratch + " left: " + e);
            }
        }
    }

    private static void summary(List<String> readers, Path folder, double[][][] s, int rounds) {
        for (int r = 0; r < readers.size(); r++) {
            double[] ratio = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                ratio[i] = s[r][1][i] / s[r][0][i];
            }
            System.out.printf(Locale.ROOT, "reader %d (%s): samples %.3f s [%.3f–%.3f], %s %.3f s [%.3f–%.3f], × samples %.2f [%.2f–%.2f] (goal: under 1 s)%n",
                    r + 1, readers.get(r), median(s[r][0]), min(s[r][0]), max(s[r][0]), folder.getFileName(),
                    median(s[r][1]), min(s[r][1]), max(s[r][1]), median(ratio), min(ratio), max(ratio));
        }
    }

    /** Opens the reader, records a verdict, waits for its autosave, then times {@code q} to the exit. */
    private static double quit(String session, Path scratch, Path markdown, String command) throws Exception {
        try (KeyLatencyBench.Pane pane = new KeyLatencyBench.Pane(session, scratch, command)) {
            pane.awaitScreen(x -> x.contains("Finding 1/"), 3600);
            pane.send("v");
            pane.awaitScreen(x -> x.contains("Verdict (1-5"), 60);
            pane.send("2"); // confirmed
            // the autosave is done once the Markdown beside the notes is written (its last step)
            pane.awaitScreen(x -> Files.exists(markdown) && !x.contains("saving"), 600);
            long t0 = System.nanoTime();
            pane.send("q");
            // the pane's end waited on with a deadline (a reader that never quits fails the round, not the bench forever)
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5)).pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(10)).until(pane::paneDead);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static double median(double[] v) {
        return KeyLatencyBench.percentile(v, 50);
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
