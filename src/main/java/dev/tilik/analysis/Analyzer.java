package dev.tilik.analysis;

import dev.tilik.cache.ArticleCache;
import dev.tilik.findings.Finding;
import dev.tilik.findings.FindingEngine;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.NlpModels;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Statement;
import dev.tilik.statements.StatementExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline on a folder: load the articles, run NLP and statement extraction on each
 * (in parallel, one pipeline per worker thread), then compare all statements for findings. One
 * article that fails becomes a problem in the result; the others carry on.
 */
public final class Analyzer implements FolderAnalyzer {
    /** Worker threads for the per-article stages (the target machine has two cores). */
    static final int WORKERS = 2;

    private final ArticleCache cache;

    /** An analyzer that analyses every article (no cache). */
    public Analyzer() {
        this(null);
    }

    /** @param cache where each article's analysis is kept between runs, or null for none */
    public Analyzer(ArticleCache cache) {
        this.cache = cache;
    }

    @Override
    public FolderAnalyzer cachedIn(ArticleCache articleCache) {
        return new Analyzer(articleCache);
    }

    /** Parses the models on a daemon thread (about half a second, mostly the language model) while the caller reads rules. */
    @Override
    public void prepare() {
        NlpModels.preload();
    }

    /** As {@link #prepare()}, unless the cache has seen {@code folder}: its articles will likely hit and need no models. */
    @Override
    public void prepare(Path folder) {
        if (cache == null || !cache.knows(folder)) {
            NlpModels.preload();
        }
    }

    /**
     * One warning per article in a known language the rules do not cover: it yields no statements, and
     * saying nothing made a rules folder without {@code id.json} look like a folder of quiet articles.
     */
    static List<Problem> withoutRules(List<ArticleStatements> articles, Rules rules) {
        List<Problem> out = new ArrayList<>();
        for (ArticleStatements a : articles) {
            String language = a.document().language().language();
            if (a.document().language().isKnown() && rules.forLanguage(language).isEmpty()) {
                out.add(new Problem(Problem.Level.WARNING, a.fileName(), "written in \"" + language
                        + "\", and the rules have no " + language + ".json (rules: " + rules.origin()
                        + ", languages " + String.join(", ", new java.util.TreeSet<>(rules.languageCodes()))
                        + "): no statements read"));
            }
        }
        return out;
    }

    /** The statements as shown once findings are made ({@link StanceBasis#shownAs}). */
    static List<ArticleStatements> shown(List<ArticleStatements> articles) {
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            List<Statement> shown = new ArrayList<>(a.statements().size());
            for (Statement s : a.statements()) {
                shown.add(StanceBasis.shownAs(s));
            }
            out.add(new ArticleStatements(a.document(), shown, a.dates()));
        }
        return out;
    }

    @Override
    public Analysis analyze(Path folder, Rules rules, Progress progress) throws IOException {
        FolderFiles files = FolderLoader.read(folder);
        Compact compact = new Compact();
        CachedArticles cached = new CachedArticles(cache, compact);
        Optional<Analysis> whole = cached.whole(folder, files, rules, progress);
        if (whole.isPresent()) {
            return whole.get();
        }
        List<Problem> problems = new ArrayList<>();
        List<ArticleStatements> statements = new StatementExtractor(rules).acrossFolder(
                cached.process(folder, files, rules, WORKERS, progress, problems));
        problems.addAll(withoutRules(statements, rules));
        progress.step("comparing statements", 0, 1);
        List<Finding> findings = compact.findings(new FindingEngine(rules, WORKERS).find(statements));
        progress.step("comparing statements", 1, 1);
        Analysis analysis = new Analysis(folder.toString(), rules.origin(), shown(statements), findings, problems);
        cached.keep(folder, files, rules, analysis);
        return analysis;
    }
}
