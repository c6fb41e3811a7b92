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

    /** The folder's statements, every article's in order. */
    static List<Statement> statements(Path folder, Rules rules) throws Exception {
        return analyse(folder, rules).articles().stream().flatMap(a -> a.statements().stream()).toList();
    }

    /** The parties of the statements in {@code file} whose speaker starts with {@code speaker}; there must be some. */
    static java.util.Set<String> parties(List<Statement> statements, String file, String speaker) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        statements.stream().filter(s -> s.fileName().equals(file) && s.speaker().startsWith(speaker))
                .forEach(s -> out.add(String.valueOf(s.party())));
        org.assertj.core.api.Assertions.assertThat(out).as("statements of %s in %s", speaker, file).isNotEmpty();
        return out;
    }
}
