package dev.tilik.bench;

import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The files' parse alone ({@link FolderLoader#parse}: decoding, header block, headline, boilerplate and dateline)
 * over N generated articles ({@link StoryCorpus}), on one thread: the thread's CPU time and the bytes it allocated
 * per round, which a machine busy with other work distorts far less than wall time. The files are read from disk
 * before each round, outside what is measured.
 * <p>From the project folder, after {@code mvn -B -q package -DskipTests}:
 * {@code java -Xmx1g -cp target/tilik.jar:target/test-classes dev.tilik.bench.ParseBench [ROUNDS] [N] [SEED]}
 * (10 rounds after 3 warm-up rounds, 1,000 articles, seed 1).
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws Exception {
        long[] given = {10, 1000, 1};
        for (int i = 0; i < Math.min(args.length, given.length); i++) {
            given[i] = Long.parseLong(args[i]);
        }
        int rounds = (int) given[0];
        int n = (int) given[1];
        long seed = given[2];
        Path folder = Files.createTempDirectory("tilik-parse");
        new StoryCorpus(seed).write(folder, n);
        Rules rules = RulesLoader.load(Path.of("rules"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long[] cpu = new long[rounds];
        long[] bytes = new long[rounds];
        int articles = 0;
        for (int r = -3; r < rounds; r++) {
            FolderFiles read = FolderLoader.read(folder);
            long c0 = threads.getThreadCpuTime(id);
            long b0 = threads.getThreadAllocatedBytes(id);
            LoadedFolder loaded = FolderLoader.parse(read, rules, Progress.NONE);
            long c1 = threads.getThreadCpuTime(id);
            long b1 = threads.getThreadAllocatedBytes(id);
            articles = loaded.articles().size();
            if (r >= 0) {
                cpu[r] = c1 - c0;
                bytes[r] = b1 - b0;
                System.out.printf(Locale.ROOT, "round %d: cpu %.1f ms, allocated %.1f MB%n", r + 1, cpu[r] / 1e6, bytes[r] / 1e6);
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(bytes);
        System.out.printf(Locale.ROOT, "Parse of %d articles (%d files, seed %d), one thread: CPU median %.1f ms [%.1f–%.1f], allocated median %.1f MB%n",
                articles, n, seed, cpu[rounds / 2] / 1e6, cpu[0] / 1e6, cpu[rounds - 1] / 1e6, bytes[rounds / 2] / 1e6);
    }
}
