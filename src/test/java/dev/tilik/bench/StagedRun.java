package dev.tilik.bench;

import dev.tilik.findings.Finding;
import dev.tilik.findings.FindingEngine;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.NlpModels;
import dev.tilik.nlp.NlpPipeline;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StatementExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's four stages run one after the other on the calling thread, each timed and its
 * allocation counted (HotSpot's per-thread allocation counter: exact, unlike heap sampling). The
 * same stages {@code Analyzer} runs, minus its two worker threads, so the split is per stage.
 */
final class StagedRun {
    static final String[] STAGES = {"ingest", "nlp", "statements", "findings"};

    /** Nanoseconds and bytes allocated per stage (indexed as {@link #STAGES}), and what came out. */
    record Result(long[] nanos, long[] bytes, int articles, int statements, List<Finding> findings) {
        long totalNanos() {
            long t = 0;
            for (long n : nanos) {
                t += n;
            }
            return t;
        }

        long totalBytes() {
            long t = 0;
            for (long b : bytes) {
                t += b;
            }
            return t;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Rules rules;
    private final NlpPipeline pipeline;
    private final StatementExtractor extractor;
    private final FindingEngine engine;

    StagedRun(Rules rules, NlpModels models) throws IOException {
        this.rules = rules;
        this.pipeline = models.pipeline(rules);
        this.extractor = new StatementExtractor(rules);
        this.engine = new FindingEngine(rules);
    }

    Result run(Path folder) {
        long[] nanos = new long[STAGES.length];
        long[] bytes = new long[STAGES.length];
        Meter m = new Meter();
        LoadedFolder loaded = FolderLoader.load(folder, rules, Progress.NONE);
        m.stop(0, nanos, bytes);
        List<Document> docs = new ArrayList<>();
        for (Article a : loaded.articles()) {
            docs.add(pipeline.process(a));
        }
        m.stop(1, nanos, bytes);
        List<ArticleStatements> statements = new ArrayList<>();
        int count = 0;
        for (Document d : docs) {
            ArticleStatements s = extractor.extract(d);
            statements.add(s);
            count += s.statements().size();
        }
        m.stop(2, nanos, bytes);
        List<Finding> findings = engine.find(statements);
        m.stop(3, nanos, bytes);
        return new Result(nanos, bytes, loaded.articles().size(), count, findings);
    }

    /** Time and allocation since the previous stop. */
    private static final class Meter {
        private long t = System.nanoTime();
        private long b = THREADS.getCurrentThreadAllocatedBytes();

        void stop(int stage, long[] nanos, long[] bytes) {
            long now = System.nanoTime();
            long alloc = THREADS.getCurrentThreadAllocatedBytes();
            nanos[stage] = now - t;
            bytes[stage] = alloc - b;
            t = now;
            b = alloc;
        }
    }
}
