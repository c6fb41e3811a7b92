package dev.tilik.bench;

import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The findings' stage alone, timed: from the analysis's "comparing statements" step starting to its end (the story,
 * its persons and every detector, on the analysis's two threads), over N generated articles ({@link StoryCorpus}),
 * warm, round after round. Through the public {@link Analyzer} and {@link Progress} only, so any build's jar can be
 * timed with this class: {@code java -cp JAR:TEST_CLASSES dev.tilik.bench.FindingsStageBench [rounds] [articles]},
 * from a folder holding {@code rules/}.
 */
public final class FindingsStageBench {
    private static final String STAGE = "comparing statements";

    private FindingsStageBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path folder = Files.createTempDirectory("tilik-findings-stage");
        new StoryCorpus(1).write(folder, n);
        Rules rules = RulesLoader.load(Path.of("rules"));
        Analyzer analyzer = new Analyzer();
        long[] took = new long[rounds];
        for (int r = -2; r < rounds; r++) {
            long[] at = new long[2];
            Progress timed = new Progress() {
                @Override
                public void step(String what, int done, int total) {
                    if (STAGE.equals(what)) {
                        at[done == 0 ? 0 : 1] = System.nanoTime();
                    }
                }
            };
            analyzer.analyze(folder, rules, timed);
            if (r >= 0) {
                took[r] = at[1] - at[0];
                System.out.printf(Locale.ROOT, "round %d: findings %.1f ms%n", r + 1, took[r] / 1e6);
            }
        }
        long[] sorted = took.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "findings stage, %d articles, %d rounds after two warm-ups: median %.1f ms (%.1f–%.1f)%n",
                n, rounds, (sorted[(rounds - 1) / 2] + sorted[rounds / 2]) / 2e6, sorted[0] / 1e6, sorted[rounds - 1] / 1e6);
    }
}
