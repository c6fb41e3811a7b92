package dev.tilik.analysis;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.ParsedFiles;
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
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest, NLP and statement extraction of a folder's files on a few worker threads. Each worker
 * takes the next file not yet taken, parses it (header, boilerplate: {@link FolderLoader#parseFile})
 * and analyses its articles at once, so reading a file overlaps with analysing another and no
 * thread waits for the whole folder to be parsed. Each worker owns its {@link ArticleParser},
 * {@link NlpPipeline} and {@link StatementExtractor} (OpenNLP's {@code *ME} classes are not
 * thread-safe); the pipeline, and the models with it, are made on the worker's first article that
 * needs analysing. Results keep the files' order. Each worker holds one article's intermediate
 * results (document, tokens) at a time; what is kept per article is made {@link Compact} at once.
 */
final class ArticleWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleWorkers.class);

    private final Rules rules;
    private final int workers;
    private final Compact compact;

    ArticleWorkers(Rules rules, int workers, Compact compact) {
        this.rules = rules;
        this.workers = Math.max(1, workers);
        this.compact = compact;
    }

    /**
     * What the files gave, in file order: the articles' analyses (failed ones left out), the
     * problems of parsing (as {@link FolderLoader#parse} lists them), the failures of analysis (one
     * per failed article) and how many articles were analysed here rather than found.
     */
    record Outcome(List<ArticleStatements> statements, List<Problem> parseProblems, List<Problem> failures, int analysed) {
    }

    /**
     * Every file of {@code files}: parsed, then each article either {@code found} (a result from
     * elsewhere, e.g. the cache; null for none) or analysed, made compact and passed through
     * {@code fresh} (which may store it and returns what to keep). Both are called on the workers.
     */
    Outcome process(FolderFiles files, Function<Article, ArticleStatements> found, UnaryOperator<ArticleStatements> fresh,
                    Progress progress) throws IOException {
        return process(files, ParsedFiles.NONE, found, fresh, progress);
    }

    /** As above; a file {@code parses} knows is taken from there unparsed, one parsed here given to it. */
    Outcome process(FolderFiles files, ParsedFiles parses, Function<Article, ArticleStatements> found,
                    UnaryOperator<ArticleStatements> fresh, Progress progress) throws IOException {
        List<Problem> parseProblems = new ArrayList<>(FolderLoader.folderProblems(files));
        if (files.failed() != null) {
            return new Outcome(List.of(), parseProblems, List.of(), 0);
        }
        List<FolderFiles.File> all = files.files();
        LoadedFolder[] parsed = new LoadedFolder[all.size()];
        ArticleStatements[][] results = new ArticleStatements[all.size()][];
        Problem[][] failures = new Problem[all.size()][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger analysed = new AtomicInteger();
        int n = Math.min(workers, Math.max(1, all.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tilik-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                futures.add(pool.submit(() -> {
                    ArticleParser parser = new ArticleParser(rules);
                    NlpPipeline pipeline = null;
                    StatementExtractor extractor = null;
                    for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                        LoadedFolder file = FolderLoader.parseFile(all.get(i), parser, parses);
                        parsed[i] = file;
                        List<Article> articles = file.articles();
                        results[i] = new ArticleStatements[articles.size()];
                        failures[i] = new Problem[articles.size()];
                        for (int j = 0; j < articles.size(); j++) {
                            Article a = articles.get(j);
                            ArticleStatements hit = found.apply(a);
                            if (hit != null) {
                                results[i][j] = hit;
                                continue;
                            }
                            if (pipeline == null) {
                                pipeline = NlpModels.load().pipeline(rules);
                                extractor = new StatementExtractor(rules);
                            }
                            try {
                                results[i][j] = fresh.apply(compact.article(extractor.extract(pipeline.process(a))));
                                analysed.incrementAndGet();
                            } catch (RuntimeException e) {
                                LOG.error("analysing {} failed", a.fileName(), e);
                                failures[i][j] = new Problem(Problem.Level.ERROR, a.fileName(), "could not be analysed: " + e);
                            }
                        }
                        progress.step("analysing", done.incrementAndGet(), all.size());
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
        List<Problem> failed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            parseProblems.addAll(parsed[i].problems());
            for (int j = 0; j < results[i].length; j++) {
                if (results[i][j] != null) {
                    out.add(results[i][j]);
                } else if (failures[i][j] != null) {
                    failed.add(failures[i][j]);
                }
            }
        }
        return new Outcome(out, parseProblems, failed, analysed.get());
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
