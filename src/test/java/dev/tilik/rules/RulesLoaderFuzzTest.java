package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tilik.findings.FindingEngine;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.Decoded;
import dev.tilik.json.JsonFileException;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StatementExtractor;
import dev.tilik.text.CharSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's rule edit, fuzzed: one of the project's rule files is replaced by arbitrary bytes.
 * Loading either succeeds or throws a located {@link JsonFileException}; never a
 * RuntimeException, StackOverflowError or OutOfMemoryError. Rules that load must also work:
 * the stages built from them run on an article without throwing. {@code mvn test} replays the
 * seeds; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RulesLoaderFuzzTest {
    private static final List<String> FILES = List.of("id.json", "en.json", "parties.json", "findings.json");
    private static final String ARTICLE = "Korea Utara membantah laporan itu. Seoul mengklaim sekitar 1.500 tentara "
            + "sudah dikirim pada Jumat (24/10/2024). \"Jika benar, itu sah,\" ujar Kim Jong Gyu.";

    @FuzzTest(maxDuration = "60s")
    void editedRulesLoadOrAreRefusedWithALocation(FuzzedDataProvider data) throws IOException {
        String target = FILES.get(data.consumeInt(0, FILES.size() - 1));
        byte[] content = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("tilik-rules-fuzz");
        try {
            for (String f : FILES) {
                Files.copy(Path.of("rules", f), dir.resolve(f));
            }
            Files.write(dir.resolve(target), content);
            Rules rules;
            try {
                rules = RulesLoader.load(dir);
            } catch (JsonFileException e) {
                assertThat(e.getMessage()).contains(target);
                assertThat(e.problem()).isNotBlank();
                return;
            }
            runStages(rules);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void runStages(Rules rules) {
        Article article = new ArticleParser(rules).parse("a.txt", new Decoded(ARTICLE, "UTF-8", List.of()),
                "0".repeat(64));
        List<ArticleStatements> all = new ArrayList<>();
        StatementExtractor extractor = new StatementExtractor(rules);
        for (String language : rules.languageCodes()) {
            Document doc = new Document(article, new LanguageGuess(language, 1, 1), sentences(article));
            all.add(extractor.extract(doc));
        }
        assertThat(new FindingEngine(rules).find(all)).isNotNull();
    }

    /** Sentences split at ". " outside boilerplate: enough to exercise the stages without models. */
    private static List<CharSpan> sentences(Article a) {
        List<CharSpan> out = new ArrayList<>();
        String t = a.text();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            boolean end = i == t.length() - 1 || (t.charAt(i) == '.' && i + 1 < t.length() && t.charAt(i + 1) == ' ');
            if (end) {
                CharSpan s = new CharSpan(start, i + 1).trim(t);
                if (!s.isEmpty() && !a.touchesBoilerplate(s)) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
