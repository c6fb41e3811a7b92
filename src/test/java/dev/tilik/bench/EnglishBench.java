package dev.tilik.bench;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.NlpModels;
import dev.tilik.nlp.NlpPipeline;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.StatementExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-article time of the NLP stage and of statement extraction on the English fixtures (a
 * harness, not a test): model loading first (timed), then warm-up, then the median of several
 * rounds. Run from the project folder: {@code mvn -B -q test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath dev.tilik.bench.EnglishBench"}; argument: rounds (default 15).
 */
public final class EnglishBench {
    private EnglishBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Rules rules = RulesLoader.load(Path.of("rules"));
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.load();
        NlpPipeline pipeline = models.pipeline(rules);
        long t1 = System.nanoTime();
        StatementExtractor extractor = new StatementExtractor(rules);
        List<Article> articles = new ArrayList<>();
        for (String f : new String[] {"en-hard", "en-news"}) {
            articles.addAll(FolderLoader.load(Path.of("src/test/resources/fixtures", f), rules, Progress.NONE).articles());
        }
        long t2 = System.nanoTime();
        for (Article a : articles) {
            extractor.extract(pipeline.process(a));
        }
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "models %.0f ms, first English pass (%d articles) %.0f ms%n",
                (t1 - t0) / 1e6, articles.size(), (t3 - t2) / 1e6);
        for (int w = 0; w < 30; w++) {
            for (Article a : articles) {
                extractor.extract(pipeline.process(a));
            }
        }
        double[] nlp = new double[rounds];
        double[] ext = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long n = 0;
            long e = 0;
            for (Article a : articles) {
                long s0 = System.nanoTime();
                Document d = pipeline.process(a);
                long s1 = System.nanoTime();
                extractor.extract(d);
                long s2 = System.nanoTime();
                n += s1 - s0;
                e += s2 - s1;
            }
            nlp[r] = n / 1e6 / articles.size();
            ext[r] = e / 1e6 / articles.size();
        }
        System.out.printf(Locale.ROOT, "per article (median of %d): nlp %.3f ms, statements %.3f ms, total %.3f ms%n",
                rounds, median(nlp), median(ext), median(nlp) + median(ext));
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
