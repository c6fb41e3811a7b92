package dev.tilik.analysis;

import dev.tilik.cache.ArticleCache;
import dev.tilik.ingest.Article;
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

/**
 * The per-article stages of a folder through the cache: articles the {@link ArticleCache} holds
 * come from it, the others go through NLP and statement extraction on the {@link ArticleWorkers}
 * and are stored. The NLP models load only when some article misses, so a folder whose every
 * article hits never reads them. Either way a result keeps what the later stages read and drops
 * the English tagged tokens (read only during extraction), so a cached and a fresh analysis are
 * the same values. With no cache every article is analysed.
 */
final class CachedArticles {
    private final ArticleCache cache;
    private final Compact compact;

    /**
     * @param cache   the cache, or null for none
     * @param compact shares equal strings across every article's result, fresh or cached
     */
    CachedArticles(ArticleCache cache, Compact compact) {
        this.cache = cache;
        this.compact = compact;
    }

    /** Articles in, their analyses out (same order; failed ones left out and added to {@code problems}). */
    List<ArticleStatements> process(Path folder, List<Article> articles, Rules rules, int workers, Progress progress,
                                    List<Problem> problems) throws IOException {
        ArticleStatements[] found = new ArticleStatements[articles.size()];
        List<Article> misses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            found[i] = cache == null ? null : cache.get(articles.get(i), rules.fingerprint()).orElse(null);
            if (found[i] == null) {
                misses.add(articles.get(i));
            }
            if (cache != null) {
                progress.step("reading the cache", i + 1, articles.size());
            }
        }
        List<ArticleStatements> fresh = misses.isEmpty() ? List.of()
                : new ArticleWorkers(NlpModels.load(), rules, workers, compact).process(misses, progress, problems);
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        int next = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (found[i] != null) {
                out.add(compact.article(found[i]));
            } else if (next < fresh.size() && fresh.get(next).document().article() == articles.get(i)) {
                ArticleStatements analysed = withoutTokens(fresh.get(next++));
                if (cache != null) {
                    cache.put(analysed, rules.fingerprint());
                }
                out.add(analysed);
            }
        }
        if (cache != null) {
            if (!misses.isEmpty()) {
                cache.evict();
            }
            cache.remember(folder);
        }
        return out;
    }

    private static ArticleStatements withoutTokens(ArticleStatements a) {
        Document d = a.document();
        return d.tokens().isEmpty() ? a
                : new ArticleStatements(new Document(d.article(), d.language(), d.sentences()), a.statements(), a.dates());
    }
}
