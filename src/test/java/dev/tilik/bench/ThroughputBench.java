package dev.tilik.bench;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 10's throughput row: Tilik's whole analysis of N generated articles ({@link StoryCorpus},
 * the real two-thread {@link Analyzer}: read, ingest, NLP, statements, folder pass, findings)
 * against the bare OpenNLP stages on the same files ({@link BareOpenNlp}: language detection,
 * sentences, tokens on 2 threads), measured in the same JVM in alternating rounds after a warm-up
 * of each, so the ratio survives a busy machine. Both read the files from disk in every round.
 * Prints each round and the median and spread of the pairwise ratio bare / Tilik (Tilik's
 * throughput as a fraction of the bare stages'; the goal is ≥ 0.8), and the same ratio of
 * the CPU time the process spent (all threads, the JIT's and the collector's included). On a machine
 * shared with other work the wall ratio hides what runs in parallel (every thread waits its turn
 * for a core); the CPU ratio says how much work each does, the wall ratio how it overlaps.
 * <p>From the project folder, after {@code mvn -B -q package -DskipTests}:
 * {@code java -Xmx1g -cp target/tilik.jar:target/test-classes dev.tilik.bench.ThroughputBench [ROUNDS] [N] [SEED] [lang]}
 * (5 rounds, 1,000 articles, seed 1). With {@code lang}, each article's metadata block names its
 * language ({@link StoryCorpus#declaringLanguage}), as real folders' do: Tilik then skips the
 * language guess for those articles (about half), the bare stages still detect every text's.
 */
public final class ThroughputBench {
    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean declared = args.length > 3 && args[3].equals("lang");
        Path folder = Files.createTempDirectory("tilik-throughput");
        (declared ? new StoryCorpus(seed).declaringLanguage() : new StoryCorpus(seed)).write(folder, n);
        Rules rules = RulesLoader.load(Path.of("rules"));
        BareOpenNlp bare = BareOpenNlp.load();
        Analyzer analyzer = new Analyzer();
        System.out.printf(Locale.ROOT, "Throughput: %d generated articles (seed %d%s), Java %s, %d cpus, %d rounds after one warm-up each%n",
                n, seed, declared ? ", metadata blocks naming their language" : "", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), rounds);
        runBare(bare, folder);
        runTilik(analyzer, folder, rules);
        long[] bareNanos = new long[rounds];
        long[] tilikNanos = new long[rounds];
        double[] ratios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpuNanos();
            bareNanos[r] = runBare(bare, folder);
            long c1 = cpuNanos();
            tilikNanos[r] = runTilik(analyzer, folder, rules);
            long c2 = cpuNanos();
            ratios[r] = (double) bareNanos[r] / tilikNanos[r];
            cpuRatios[r] = (double) (c1 - c0) / (c2 - c1);
            System.out.printf(Locale.ROOT, "round %d: bare %.0f ms (cpu %.0f ms), Tilik %.0f ms (cpu %.0f ms), bare/Tilik %.2f, cpu %.2f%n",
                    r + 1, bareNanos[r] / 1e6, (c1 - c0) / 1e6, tilikNanos[r] / 1e6, (c2 - c1) / 1e6, ratios[r], cpuRatios[r]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "bare OpenNLP (lang + sentences + tokens, 2 threads): median %.0f ms (%.1f articles/s)%n",
                median(bareNanos) / 1e6, n / (median(bareNanos) / 1e9));
        System.out.printf(Locale.ROOT, "Tilik Analyzer (2 threads):                          median %.0f ms (%.1f articles/s)%n",
                median(tilikNanos) / 1e6, n / (median(tilikNanos) / 1e9));
        System.out.printf(Locale.ROOT, "Tilik's throughput × bare: median %.2f (spread %.2f–%.2f, pair by pair)%n",
                median(ratios), sorted[0], sorted[sorted.length - 1]);
        double[] cpuSorted = cpuRatios.clone();
        Arrays.sort(cpuSorted);
        System.out.printf(Locale.ROOT, "CPU time, bare / Tilik: median %.2f (spread %.2f–%.2f)%n",
                median(cpuRatios), cpuSorted[0], cpuSorted[cpuSorted.length - 1]);
    }

    /** CPU time of this process so far, every thread's. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long runBare(BareOpenNlp bare, Path folder) throws Exception {
        long t = System.nanoTime();
        List<String> texts = BareOpenNlp.texts(folder);
        bare.process(texts, 2);
        return System.nanoTime() - t;
    }

    private static long runTilik(Analyzer analyzer, Path folder, Rules rules) throws Exception {
        long t = System.nanoTime();
        Analysis a = analyzer.analyze(folder, rules, Progress.NONE);
        long took = System.nanoTime() - t;
        if (a.articles().isEmpty()) {
            throw new IllegalStateException("nothing analysed in " + folder);
        }
        return took;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
