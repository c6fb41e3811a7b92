package dev.tilik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers parse the files themselves (each takes the next file, parses it and analyses its
 * articles at once): what comes out — the articles in file order, the problems in the order the
 * one-thread loader lists them, then the failures — is the same whatever the number of workers,
 * and the same as loading the folder first.
 */
class WorkerIngestTest {
    private static Rules rules;
    @TempDir
    Path root;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    /** Good articles, one of two articles in one file, one with a bad line, a dangling link, an empty file. */
    private Path folder() throws Exception {
        Path dir = Files.createDirectories(root.resolve("articles"));
        Files.writeString(dir.resolve("a.txt"), "Menteri Pertahanan Budi Santoso mengatakan pasukan sudah dikirim ke perbatasan.\n");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"Juru bicara Ahmad Yani membantah laporan itu.\"}\n"
                + "not json\n"
                + "{\"text\": \"The minister said the troops had arrived at the border on Monday.\"}\n");
        Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("gone.txt"));
        Files.write(dir.resolve("d.txt"), new byte[0]);
        Files.writeString(dir.resolve("e.txt"), "Presiden Joko mengatakan tidak ada pengiriman pasukan.\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void workersGiveWhatLoadingFirstGaveInFileOrder() throws Exception {
        Path dir = folder();
        LoadedFolder loaded = FolderLoader.load(dir, rules, Progress.NONE);
        assertThat(loaded.problems()).as("the folder has problems to keep in order").hasSizeGreaterThanOrEqualTo(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ArticleWorkers.Outcome one = new ArticleWorkers(rules, 1, new Compact()).process(FolderLoader.read(dir),
                a -> null, a -> a, Progress.NONE);
        ArticleWorkers.Outcome two = new ArticleWorkers(rules, 2, new Compact()).process(FolderLoader.read(dir),
                a -> {
                    threads.add(Thread.currentThread().getName());
                    return null;
                }, a -> a, Progress.NONE);
        assertThat(names(one.statements())).containsExactlyElementsOf(
                loaded.articles().stream().map(dev.tilik.ingest.Article::fileName).toList());
        assertThat(one.parseProblems()).containsExactlyElementsOf(loaded.problems());
        assertThat(two.statements()).isEqualTo(one.statements());
        assertThat(two.parseProblems()).isEqualTo(one.parseProblems());
        assertThat(one.failures()).isEmpty();
        assertThat(one.analysed()).isEqualTo(loaded.articles().size());
        assertThat(threads).as("articles are met on the worker threads, right after their file is parsed")
                .containsOnly("tilik-analysis");
    }

    @Test
    void anArticleFoundElsewhereIsNotAnalysed() throws Exception {
        Path dir = folder();
        ArticleWorkers.Outcome fresh = new ArticleWorkers(rules, 2, new Compact()).process(FolderLoader.read(dir),
                a -> null, a -> a, Progress.NONE);
        ArticleStatements first = fresh.statements().get(0);
        ArticleWorkers.Outcome found = new ArticleWorkers(rules, 2, new Compact()).process(FolderLoader.read(dir),
                a -> a.fileName().equals(first.fileName()) ? first : null, a -> a, Progress.NONE);
        assertThat(found.statements()).isEqualTo(fresh.statements());
        assertThat(found.analysed()).isEqualTo(fresh.analysed() - 1);
    }

    @Test
    void anAnalysisHasTheParseProblemsFirstAsBefore() throws Exception {
        Path dir = folder();
        Analysis a = new Analyzer().analyze(dir, rules, Progress.NONE);
        List<Problem> loaded = FolderLoader.load(dir, rules, Progress.NONE).problems();
        assertThat(a.problems().subList(0, loaded.size())).containsExactlyElementsOf(loaded);
        assertThat(names(a.articles())).startsWith("a.txt");
    }

    @Test
    void aFolderThatCannotBeListedIsOneProblem() throws Exception {
        FolderFiles files = FolderLoader.read(root.resolve("missing"));
        ArticleWorkers.Outcome o = new ArticleWorkers(rules, 2, new Compact()).process(files, a -> null, a -> a, Progress.NONE);
        assertThat(o.statements()).isEmpty();
        assertThat(o.parseProblems()).hasSize(1).allSatisfy(p -> assertThat(p.level()).isEqualTo(Problem.Level.ERROR));
    }

    private static List<String> names(List<ArticleStatements> a) {
        return a.stream().map(ArticleStatements::fileName).toList();
    }
}
