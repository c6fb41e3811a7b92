package dev.tilik.statements;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Progress;
import dev.tilik.nlp.NlpModels;
import dev.tilik.nlp.NlpPipeline;
import dev.tilik.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real ingest and NLP stages, then the statement extractor, over a folder (no findings). */
final class PipelineFolders {
    private static NlpModels models;

    private PipelineFolders() {
    }

    static synchronized Analysis analyse(Path folder, Rules rules) throws Exception {
        if (models == null) {
            models = NlpModels.load();
        }
        LoadedFolder loaded = FolderLoader.load(folder, rules, Progress.NONE);
        NlpPipeline pipeline = models.pipeline(rules);
        StatementExtractor extractor = new StatementExtractor(rules);
        List<ArticleStatements> out = new ArrayList<>();
        for (Article a : loaded.articles()) {
            out.add(extractor.extract(pipeline.process(a)));
        }
        return new Analysis(folder.toString(), rules.origin(), extractor.acrossFolder(out), List.of(), loaded.problems());
    }
}
