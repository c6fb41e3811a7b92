package dev.tilik.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.report.ReportFormat;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache on the real pipeline: an entry that is damaged, cut short, not Tilik's, or written under
 * another build or other rules is ignored, the article analysed again and the entry rewritten;
 * the analysis is the fresh one every time.
 */
class ArticleCacheTest {
    static Rules rules;
    static String fresh;

    @TempDir
    Path tmp;
    Path folder;
    Path root;

    @BeforeAll
    static void freshReport() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
        fresh = ReportFormat.JSON.render(new Analyzer().analyze(Path.of("articles"), rules, Progress.NONE));
    }

    @BeforeEach
    void samples() throws IOException {
        folder = copy(Path.of("articles"), tmp.resolve("articles"));
        root = tmp.resolve("cache");
    }

    /** A copy of the files of {@code from} in {@code to}; returns {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    /** The rules with one byte added to a file: the same rules, another fingerprint. */
    static Rules editedRules(Path tmp) throws Exception {
        Path edited = copy(Path.of("rules"), tmp.resolve("rules"));
        Files.writeString(edited.resolve("findings.json"), Files.readString(edited.resolve("findings.json")) + "\n");
        return RulesLoader.load(edited);
    }

    ArticleCache cache() {
        return new ArticleCache(root, CacheBound.DEFAULT, "test-build");
    }

    /** Analyses the copy of the samples through a new cache on {@code root}; returns that cache. */
    ArticleCache analyse() throws IOException {
        ArticleCache cache = cache();
        Analysis a = new Analyzer(cache).analyze(folder, rules, Progress.NONE);
        assertThat(ReportFormat.JSON.render(a).replace(folder.toString(), "articles")).isEqualTo(fresh);
        return cache;
    }

    /** The entry of the first sample, as the last analysis left it. */
    Path firstEntry() throws IOException {
        ArticleCache cache = cache();
        Article first = FolderLoader.load(folder, rules, Progress.NONE).articles().get(0);
        return cache.entry(cache.key(first, rules.fingerprint()));
    }

    /**
     * Removes the folder entries, so the next open goes article by article (an unchanged folder's
     * entry would serve it whole, reading no article entry).
     */
    void forgetFolders() throws IOException {
        try (var files = Files.walk(root.resolve("analyses"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    void assertRewritten(Path entry) throws IOException {
        forgetFolders();
        ArticleCache again = analyse();
        assertThat(again.stats()).isEqualTo(new ArticleCache.Stats(1, 0, 1, 1));
        forgetFolders();
        assertThat(analyse().stats()).as("the entry was rewritten and now serves")
                .isEqualTo(new ArticleCache.Stats(2, 0, 0, 0));
        assertThat(entry).exists();
    }

    @Test
    void theSecondOpenReadsEveryArticleFromTheCache() throws IOException {
        assertThat(analyse().stats()).isEqualTo(new ArticleCache.Stats(0, 2, 0, 2));
        forgetFolders();
        assertThat(analyse().stats()).isEqualTo(new ArticleCache.Stats(2, 0, 0, 0));
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws IOException {
        analyse();
        Path entry = firstEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);
        assertRewritten(entry);
    }

    @Test
    void aTruncatedEntryIsIgnoredAndRewritten() throws IOException {
        analyse();
        Path entry = firstEntry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length / 3));
        assertRewritten(entry);
        Files.write(entry, new byte[0]);
        assertRewritten(entry);
    }

    @Test
    void aForeignFileIsIgnoredAndRewritten() throws IOException {
        analyse();
        Path entry = firstEntry();
        Files.writeString(entry, "{\"not\": \"a cache entry\"}\n");
        assertRewritten(entry);
    }

    @Test
    void anEntryWithAWellFormedEnvelopeButSpansPastTheTextIsIgnored() throws IOException {
        analyse();
        Path entry = firstEntry();
        ArticleCache cache = cache();
        Article first = FolderLoader.load(folder, rules, Progress.NONE).articles().get(0);
        ArticleStatements real = cache.get(first, rules.fingerprint()).orElseThrow();
        Article shorter = new Article(first.fileName(), first.text().substring(0, 10), first.sha256(), first.encoding(),
                List.of(), null, null, null, null, List.of());
        byte[] payload = ArticleCodec.encode(real);
        assertThat(cache.get(shorter, rules.fingerprint())).as("spans past a 10-character text").isEmpty();
        Files.write(entry, CacheEntry.wrap(cache.key(first, rules.fingerprint()), Arrays.copyOf(payload, payload.length - 3)));
        assertRewritten(entry);
    }

    @Test
    void anEntryOfAnotherBuildIsStaleIgnoredAndRewritten() throws IOException {
        Path entry = staleFrom(new ArticleCache(tmp.resolve("other"), CacheBound.DEFAULT, "older-build"), rules.fingerprint());
        assertRewritten(entry);
    }

    @Test
    void anEntryUnderOtherRulesIsStaleIgnoredAndRewritten() throws IOException {
        Path entry = staleFrom(new ArticleCache(tmp.resolve("other"), CacheBound.DEFAULT, "test-build"), "0".repeat(64));
        assertRewritten(entry);
    }

    /** Writes the samples' analyses with {@code other}, and puts its first entry where this build's would be. */
    Path staleFrom(ArticleCache other, String fingerprint) throws IOException {
        analyse();
        Analysis analysis = new Analyzer().analyze(folder, rules, Progress.NONE);
        ArticleStatements first = analysis.articles().get(0);
        other.put(first, fingerprint);
        Path entry = firstEntry();
        Files.copy(other.entry(other.key(first.document().article(), fingerprint)), entry,
                StandardCopyOption.REPLACE_EXISTING);
        return entry;
    }

    @Test
    void editedRulesMissEveryArticleAndAnotherBuildToo() throws Exception {
        analyse();
        Rules other = editedRules(tmp);
        assertThat(other.fingerprint()).isNotEqualTo(rules.fingerprint()).hasSize(64);
        assertThat(RulesLoader.load(Path.of("rules")).fingerprint()).isEqualTo(rules.fingerprint());

        ArticleCache cache = cache();
        new Analyzer(cache).analyze(folder, other, Progress.NONE);
        assertThat(cache.stats()).isEqualTo(new ArticleCache.Stats(0, 2, 0, 2));
        ArticleCache newer = new ArticleCache(root, CacheBound.DEFAULT, "newer-build");
        new Analyzer(newer).analyze(folder, rules, Progress.NONE);
        assertThat(newer.stats()).isEqualTo(new ArticleCache.Stats(0, 2, 0, 2));
    }

    @Test
    void addingOneArticleAnalysesOnlyThatOne() throws IOException {
        analyse();
        Files.copy(Path.of("src/test/resources/fixtures/id-hard/100_latihan.txt"), folder.resolve("100_latihan.txt"));
        ArticleCache cache = cache();
        Analysis withNew = new Analyzer(cache).analyze(folder, rules, Progress.NONE);

        assertThat(cache.stats()).isEqualTo(new ArticleCache.Stats(2, 1, 0, 1));
        assertThat(ReportFormat.JSON.render(withNew))
                .isEqualTo(ReportFormat.JSON.render(new Analyzer().analyze(folder, rules, Progress.NONE)));
    }

    @Test
    void rulesBuiltInCodeAreNeverCached() throws IOException {
        Rules unfingerprinted = new Rules("test", rules.languages(), rules.parties(), rules.findings());
        ArticleCache cache = cache();
        new Analyzer(cache).analyze(folder, unfingerprinted, Progress.NONE);

        assertThat(cache.stats()).isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));
        assertThat(root.resolve("articles")).doesNotExist();
    }

    @Test
    void aBuildThatCannotTellItsVersionCachesNothing() throws IOException {
        ArticleCache cache = new ArticleCache(root, CacheBound.DEFAULT, null);
        new Analyzer(cache).analyze(folder, rules, Progress.NONE);

        assertThat(cache.stats().written()).isZero();
        assertThat(root).doesNotExist();
        assertThat(BuildVersion.current()).as("maven filtered build.properties").isNotNull().doesNotContain("${");
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheCache() throws IOException {
        Files.writeString(root, "a file where the folder should be");
        ArticleCache cache = cache();
        Analysis a = new Analyzer(cache).analyze(folder, rules, Progress.NONE);

        assertThat(ReportFormat.JSON.render(a).replace(folder.toString(), "articles")).isEqualTo(fresh);
        assertThat(cache.stats().written()).isZero();
    }
}
