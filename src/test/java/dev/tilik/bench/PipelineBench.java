package dev.tilik.bench;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.NlpModels;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Whole-pipeline benchmark (a harness, not a test): model loading, then the four stages on
 * synthetic story folders of 10, 20, 40, 80 and 160 articles ({@link StoryCorpus}), then the real
 * two-thread {@link Analyzer} with its memory. Every figure is printed absolute and as a ratio to a
 * baseline from the same run (time and allocation per article at the smallest size), because a
 * shared 2-core machine is noisy: a ratio near 1.0 per article at every size means linear growth.
 * Sizes are interleaved round by round so that a noisy moment hurts every size alike; medians.
 * <p>Run from the project folder (see docs/PERFORMANCE.md):
 * {@code mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Xmx1g -cp %classpath dev.tilik.bench.PipelineBench"}; arguments: rounds, seed.
 */
public final class PipelineBench {
    static final int[] SIZES = {10, 20, 40, 80, 160};

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Tilik pipeline benchmark: Java %s, %d cpus, max heap %d MB, %d rounds, seed %d%n",
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, rounds, seed);

        long t0 = System.nanoTime();
        Rules rules = RulesLoader.load(Path.of("rules"));
        long t1 = System.nanoTime();
        NlpModels models = NlpModels.load();
        long t2 = System.nanoTime();
        StagedRun staged = new StagedRun(rules, models);
        long t3 = System.nanoTime();

        Path root = Files.createTempDirectory("tilik-bench");
        Map<Integer, Path> folders = new LinkedHashMap<>();
        for (int n : SIZES) {
            Path f = root.resolve("n" + n);
            new StoryCorpus(seed).write(f, n);
            folders.put(n, f);
        }
        for (int w = 0; w < 3; w++) {
            staged.run(folders.get(40));
        }

        long[][][] nanos = new long[SIZES.length][StagedRun.STAGES.length][rounds];
        long[][] bytes = new long[SIZES.length][StagedRun.STAGES.length];
        StagedRun.Result[] last = new StagedRun.Result[SIZES.length];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < SIZES.length; i++) {
                StagedRun.Result res = staged.run(folders.get(SIZES[i]));
                for (int s = 0; s < StagedRun.STAGES.length; s++) {
                    nanos[i][s][r] = res.nanos()[s];
                    bytes[i][s] = res.bytes()[s];
                }
                last[i] = res;
            }
        }
        double baseMs = ms(nanos[0]) / SIZES[0];
        double[] baseStage = new double[StagedRun.STAGES.length];
        for (int s = 0; s < baseStage.length; s++) {
            baseStage[s] = median(nanos[0][s]) / 1e6 / SIZES[0];
        }
        double baseMb = sum(bytes[0]) / 1048576.0 / SIZES[0];

        System.out.printf(Locale.ROOT, "%nBaseline (N=%d, one thread): %.2f ms and %.2f MB allocated per article.%n",
                SIZES[0], baseMs, baseMb);
        System.out.printf(Locale.ROOT, "Load: rules %.0f ms, models %.0f ms, first pipeline (trains the Indonesian"
                        + " sentence model) %.0f ms; together = %.0f articles' worth of analysis at the baseline.%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6 / baseMs);

        System.out.printf(Locale.ROOT, "%nStages on one thread (median of %d; per article, ×: ratio to the N=%d baseline per article)%n",
                rounds, SIZES[0]);
        System.out.printf(Locale.ROOT, "%5s %6s %5s %9s %7s %6s |%16s %16s %16s %16s | %8s %6s%n", "N", "stmts", "finds",
                "total ms", "ms/art", "×", "ingest", "nlp", "statements", "findings", "alloc MB", "×");
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            double perArt = ms(nanos[i]) / n;
            StringBuilder stages = new StringBuilder();
            for (int s = 0; s < StagedRun.STAGES.length; s++) {
                double st = median(nanos[i][s]) / 1e6 / n;
                stages.append(String.format(Locale.ROOT, " %7.3f ×%6.2f ", st, st / baseStage[s]));
            }
            double mb = sum(bytes[i]) / 1048576.0;
            System.out.printf(Locale.ROOT, "%5d %6d %5d %9.1f %7.2f %6.2f |%s| %8.1f %6.2f%n", n, last[i].statements(),
                    last[i].findings().size(), ms(nanos[i]), perArt, perArt / baseMs, stages, mb, mb / n / baseMb);
        }
        analyzer(folders, rules, Math.max(1, rounds / 2), baseMs);
    }

    /** The real Analyzer (2 worker threads): wall time, heap kept by the result, heap peak. */
    private static void analyzer(Map<Integer, Path> folders, Rules rules, int runs, double baseMs) throws IOException {
        System.out.printf(Locale.ROOT, "%nAnalyzer, 2 worker threads (median of %d; × per article against the one-thread baseline)%n", runs);
        System.out.printf(Locale.ROOT, "%5s %9s %7s %6s | %11s %7s | %12s%n", "N", "wall ms", "ms/art", "×",
                "retained MB", "KB/art", "heap peak MB");
        Analyzer analyzer = new Analyzer();
        for (int n : SIZES) {
            long[] wall = new long[runs];
            long retained = 0;
            long peak = 0;
            for (int r = 0; r < runs; r++) {
                long before = usedAfterGc();
                resetPeaks();
                long t = System.nanoTime();
                Analysis a = analyzer.analyze(folders.get(n), rules, Progress.NONE);
                wall[r] = System.nanoTime() - t;
                peak = Math.max(peak, heapPeaks() - before);
                retained = usedAfterGc() - before;
                Reference.reachabilityFence(a);
            }
            double perArt = median(wall) / 1e6 / n;
            System.out.printf(Locale.ROOT, "%5d %9.1f %7.2f %6.2f | %11.2f %7.1f | %12.1f%n", n, median(wall) / 1e6,
                    perArt, perArt / baseMs, retained / 1048576.0, retained / 1024.0 / n, peak / 1048576.0);
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapUsed();
    }

    private static long heapUsed() {
        return heapSum(p -> p.getUsage().getUsed());
    }

    /** Sum of each heap pool's peak: an upper bound on the heap's peak (pools peak at different moments). */
    private static long heapPeaks() {
        return heapSum(p -> p.getPeakUsage().getUsed());
    }

    private static long heapSum(ToLongFunction<MemoryPoolMXBean> measure) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(measure).sum();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Median over rounds of the total of all stages, in ms. */
    private static double ms(long[][] stageRounds) {
        long[] totals = new long[stageRounds[0].length];
        for (long[] stage : stageRounds) {
            for (int r = 0; r < totals.length; r++) {
                totals[r] += stage[r];
            }
        }
        return median(totals) / 1e6;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}
