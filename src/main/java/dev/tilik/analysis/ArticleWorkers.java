package dev.tilik.analysis;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.NlpModels;
import dev.tilik.nlp.NlpPipeline;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StatementExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs NLP and statement extraction over articles on a few worker threads. Each worker owns its
 * {@link NlpPipeline} and {@link StatementExtractor} (OpenNLP's {@code *ME} classes are not
 * thread-safe); results keep the articles' order. Each worker holds one article's intermediate
 * results (document, tokens) at a time; what is kept per article is made {@link Compact} at once.
 */
final class ArticleWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleWorkers.class);

    private final NlpModels models;
    private final Rules rules;
    private final int workers;
    private final Compact compact;

    ArticleWorkers(NlpModels models, Rules rules, int workers, Compact compact) {
        this.models = models;
        this.rules = rules;
        this.workers = Math.max(1, workers);
        this.compact = compact;
    }

    /** Articles in, statements out (same order, failed ones left out and added to {@code problems}). */
    List<ArticleStatements> process(List<Article> articles, Progress progress, List<Problem> problems)
            throws IOException {
        int n = Math.min(workers, Math.max(1, articles.size()));
        ArticleStatements[] results = new ArticleStatements[articles.size()];
        Problem[] failures = new Problem[articles.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tilik-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                int first = w;
                futures.add(pool.submit(() -> {
                    NlpPipeline pipeline = models.pipeline(rules);
                    StatementExtractor extractor = new StatementExtractor(rules);
                    for (int i = first; i < articles.size(); i += n) {
                        Article a = articles.get(i);
                        try {
                            results[i] = compact.article(extractor.extract(pipeline.process(a)));
                        } catch (RuntimeException e) {
                            LOG.error("analysing {} failed", a.fileName(), e);
                            failures[i] = new Problem(Problem.Level.ERROR, a.fileName(), "could not be analysed: " + e);
                        }
                        progress.step("analysing", done.incrementAndGet(), articles.size());
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        List<ArticleStatements> out = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                out.add(results[i]);
            } else if (failures[i] != null) {
                problems.add(failures[i]);
            }
        }
        return out;
    }

    private static void await(Future<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException("analysis failed: " + e.getCause(), e.getCause());
        }
    }
}
