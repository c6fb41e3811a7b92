package dev.tilik.nlp;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project's sample articles and rules, loaded and processed once for all tests. */
final class Samples {
    static final String DETIK = "000_e66589b7fd0713d1.txt";
    static final String SUARA = "003_9885e51dfbb98028.txt";

    private static Rules rules;
    private static final Map<String, Document> DOCUMENTS = new HashMap<>();

    private Samples() {
    }

    static synchronized Rules rules() throws Exception {
        if (rules == null) {
            rules = RulesLoader.load(Path.of("rules"));
        }
        return rules;
    }

    /** The sentences the project's Indonesian splitter makes of {@code text}, as text. */
    static List<String> indonesianSentences(String text) throws Exception {
        SentenceSplitter splitter = NlpModels.load().pipeline(rules()).splitterFor("id");
        return splitter.split(text, new CharSpan(0, text.length())).stream().map(s -> s.coveredText(text)).toList();
    }

    static synchronized Document document(String fileName) throws Exception {
        if (DOCUMENTS.isEmpty()) {
            LoadedFolder folder = FolderLoader.load(Path.of("articles"), rules(), Progress.NONE);
            NlpPipeline pipeline = NlpModels.load().pipeline(rules());
            for (Article a : folder.articles()) {
                DOCUMENTS.put(a.fileName(), pipeline.process(a));
            }
        }
        return DOCUMENTS.get(fileName);
    }
}
