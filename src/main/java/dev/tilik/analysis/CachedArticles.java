package dev.tilik.analysis;

import dev.tilik.cache.ArticleCache;
import dev.tilik.cache.FolderResult;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.ParsedFiles;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.NlpModels;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-article stages of a folder through the cache: the {@link ArticleWorkers} parse each
 * file the {@link ArticleCache} holds no parse of (by name and content hash; the others come from
 * it unparsed, and a file with none makes the NLP models start parsing at once, on a daemon thread:
 * its articles will miss); articles the cache holds come from it, the others go through NLP and
 * statement extraction there and are stored. The NLP models load only when some article misses, so a folder whose every
 * article hits never reads them. Either way a result keeps what the later stages read and drops
 * the English tagged tokens (read only during extraction), so a cached and a fresh analysis are
 * the same values. With no cache every article is analysed.
 *
 * <p>The folder as a whole has an entry too ({@link #whole}, {@link #keep}): an unchanged folder
 * (same files, same bytes, same build and rules) loads its whole analysis — articles after the
 * folder pass, findings, problems — in one read, parsing no file. A changed one (an article added)
 * goes the per-article way above: only the new article is analysed, then the folder pass and the
 * findings run on all of them. One instance per analysis.
 */
final class CachedArticles {
    private final ArticleCache cache;
    private final Compact compact;
    private boolean failed;

    /**
     * @param cache   the cache, or null for none
     * @param compact shares equal strings across every article's result, fresh or cached
     */
    CachedArticles(ArticleCache cache, Compact compact) {
        this.cache = cache;
        this.compact = compact;
    }

    /**
     * The whole analysis of {@code folder} from its folder entry, when {@code files} are what it was
     * made from (same names, order and bytes, same build and rules): no file parsed, no article
     * analysed, no folder pass, no findings run. Empty without a cache or on any miss.
     */
    Optional<Analysis> whole(Path folder, FolderFiles files, Rules rules, Progress progress) {
        if (cache == null) {
            return Optional.empty();
        }
        progress.step("reading the cache", 0, 1);
        Optional<FolderResult> r = cache.getFolder(folder, files, rules.fingerprint(), rules.origin());
        if (r.isEmpty()) {
            return Optional.empty();
        }
        List<ArticleStatements> articles = new ArrayList<>(r.get().articles().size());
        r.get().articles().forEach(a -> articles.add(compact.article(a)));
        cache.remember(folder);
        progress.step("reading the cache", 1, 1);
        return Optional.of(new Analysis(folder.toString(), rules.origin(), articles, compact.findings(r.get().findings()),
                r.get().problems()));
    }

    /**
     * Keeps {@code analysis}, made from {@code files}, as {@code folder}'s entry, unless some article
     * could not be analysed here (a failure is not a result to serve again).
     */
    void keep(Path folder, FolderFiles files, Rules rules, Analysis analysis) {
        if (cache == null || failed) {
            return;
        }
        cache.putFolder(folder, files, rules.fingerprint(), rules.origin(),
                new FolderResult(analysis.articles(), analysis.findings(), analysis.problems()));
        cache.evict();
    }

    /**
     * The files' articles parsed and analysed on the {@link ArticleWorkers} (each worker parses a file
     * and goes straight on to its articles), in order; the problems of parsing, then those of the
     * articles that failed (left out), added to {@code problems}.
     */
    List<ArticleStatements> process(Path folder, FolderFiles files, Rules rules, int workers, Progress progress,
                                    List<Problem> problems) throws IOException {
        String fingerprint = rules.fingerprint();
        if (cache != null && someFileChanged(files, fingerprint)) {
            NlpModels.preload(); // its articles will miss: the models parse on a daemon thread while the others are read
        }
        ArticleWorkers.Outcome outcome = new ArticleWorkers(rules, workers, compact).process(files,
                cache == null ? ParsedFiles.NONE : cache.parsedFiles(fingerprint),
                a -> cache == null ? null : cache.get(a, fingerprint).map(compact::article).orElse(null),
                analysed -> {
                    ArticleStatements lean = withoutTokens(analysed);
                    if (cache != null) {
                        cache.put(lean, fingerprint);
                    }
                    return lean;
                }, progress);
        problems.addAll(outcome.parseProblems());
        problems.addAll(outcome.failures());
        failed |= !outcome.failures().isEmpty();
        if (cache != null) {
            if (outcome.analysed() > 0) {
                cache.evict();
            }
            cache.remember(folder);
        }
        return outcome.statements();
    }

    /** True when some file has no parse entry: it is new or was edited (or its entry was evicted). */
    private boolean someFileChanged(FolderFiles files, String fingerprint) {
        for (FolderFiles.File f : files.files()) {
            if (f.refused() == null && !cache.hasParse(f.name(), f.sha256(), fingerprint)) {
                return true;
            }
        }
        return false;
    }

    private static ArticleStatements withoutTokens(ArticleStatements a) {
        Document d = a.document();
        return !d.tagged() ? a
                : new ArticleStatements(new Document(d.article(), d.language(), d.sentences()), a.statements(), a.dates());
    }
}
