package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.cache.ArticleCache;
import dev.tilik.cache.CacheBound;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} through the analysis cache: the report of a folder read back from the cache is
 * byte for byte the report of a fresh analysis, on the samples and on every fixture folder; the
 * cache lives where the context says and nowhere when {@code --no-cache} is given.
 */
class CachedCheckTest {
    @TempDir
    Path tmp;

    /** The real analyzer, remembering the cache the command handed it. */
    static final class Spy implements FolderAnalyzer {
        final List<ArticleCache> caches = new ArrayList<>();
        FolderAnalyzer inner = new Analyzer();

        @Override
        public FolderAnalyzer cachedIn(ArticleCache cache) {
            caches.add(cache);
            inner = new Analyzer(cache);
            return this;
        }

        @Override
        public Analysis analyze(Path folder, Rules rules, Progress progress) throws IOException {
            return inner.analyze(folder, rules, progress);
        }
    }

    static Stream<Path> folders() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("articles")));
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures"))) {
            fixtures.filter(Files::isDirectory).sorted().forEach(out::add);
        }
        return out.stream();
    }

    static CliRun check(FolderAnalyzer analyzer, Path cache, Map<String, String> env, String... args) {
        CliContext ctx = new CliContext(analyzer, env, () -> false, (b, o) -> {
            throw new AssertionError("no reader here");
        }, term -> null, () -> false, cache);
        return CliRun.run(ctx, args);
    }

    @ParameterizedTest
    @MethodSource("folders")
    void aFolderReadFromTheCacheReportsByteForByteWhatAFreshAnalysisReports(Path folder) throws IOException {
        String[] args = {"check", folder.toString(), "--rules", "rules", "--format", "json"};
        Path cache = tmp.resolve("cache");
        CliRun fresh = check(new Analyzer(), null, Map.of(), args);
        Spy writing = new Spy();
        CliRun first = check(writing, cache, Map.of(), args);
        Spy whole = new Spy();
        CliRun again = check(whole, cache, Map.of(), args);
        deleteTree(cache.resolve("analyses"));
        Spy byArticle = new Spy();
        CliRun perArticle = check(byArticle, cache, Map.of(), args);

        int articles = writing.caches.get(0).stats().written() > 0 ? (int) writing.caches.get(0).stats().written() : -1;
        assertThat(articles).as("the first run wrote every article").isGreaterThan(0);
        assertThat(writing.caches.get(0).stats().hits()).isZero();
        assertThat(writing.caches.get(0).folderStats()).isEqualTo(new ArticleCache.Stats(0, 1, 0, 1));
        assertThat(whole.caches.get(0).folderStats()).as("the whole folder from one entry")
                .isEqualTo(new ArticleCache.Stats(1, 0, 0, 0));
        assertThat(whole.caches.get(0).stats()).isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));
        assertThat(byArticle.caches.get(0).stats()).isEqualTo(new ArticleCache.Stats(articles, 0, 0, 0));
        for (CliRun run : List.of(first, again, perArticle)) {
            assertThat(run.out()).isEqualTo(fresh.out());
            assertThat(run.err()).isEqualTo(fresh.err());
            assertThat(run.code()).isEqualTo(fresh.code());
        }
        assertThat(entries(cache)).hasSize(articles);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCacheFolder() {
        Path cache = tmp.resolve("cache");
        Spy spy = new Spy();
        CliRun run = check(spy, cache, Map.of(), "check", "articles", "--rules", "rules", "--no-cache");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.CONTRADICTIONS);
        assertThat(spy.caches).isEmpty();
        assertThat(cache).doesNotExist();
    }

    @Test
    void aContextWithoutACacheFolderCachesNothing() {
        Spy spy = new Spy();
        CliRun run = check(spy, null, Map.of(), "check", "articles", "--rules", "rules");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.CONTRADICTIONS);
        assertThat(spy.caches).isEmpty();
    }

    @Test
    void aBadSizeBoundIsBadInputNamingTheVariable() {
        CliRun run = check(new Spy(), tmp.resolve("cache"), Map.of(CacheBound.ENV, "lots"), "check", "articles",
                "--rules", "rules");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(CacheBound.ENV + ": expected a size such as 256M");
    }

    @Test
    void theReaderAndTheShellTakeNoCacheToo() {
        for (String[] args : List.of(new String[] {"shell", "articles", "--no-cache", "--help"},
                new String[] {"eval", "--no-cache", "--help"}, new String[] {"--no-cache", "--help"})) {
            CliRun run = check(new Spy(), tmp.resolve("cache"), Map.of(), args);
            assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("--no-cache");
        }
    }

    @Test
    void theRootCommandsReaderLoadsThroughTheCacheUnlessToldNot() throws Exception {
        Path cache = tmp.resolve("cache");
        for (boolean noCache : new boolean[] {true, false}) {
            Spy spy = new Spy();
            List<Exception> failed = new ArrayList<>();
            CliContext ctx = new CliContext(spy, Map.of("TERM", "xterm"), () -> true, (backend, options) -> {
                try {
                    backend.load(Progress.NONE);
                } catch (Exception e) {
                    failed.add(e);
                }
                return 0;
            }, Terminfo.JLINE, () -> false, cache);
            List<String> args = new ArrayList<>(List.of("articles", "--rules", "rules", "--notes",
                    tmp.resolve("notes.json").toString()));
            if (noCache) {
                args.add("--no-cache");
            }
            CliRun run = CliRun.run(ctx, args.toArray(String[]::new));

            assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(failed).isEmpty();
            assertThat(spy.caches).hasSize(noCache ? 0 : 1);
            assertThat(entries(cache)).hasSize(noCache ? 0 : 2);
        }
    }

    static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache.resolve("articles"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache.resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".entry")).toList();
        }
    }
}
