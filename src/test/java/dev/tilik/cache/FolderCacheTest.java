package dev.tilik.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.report.ReportFormat;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.CharSpan;
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
 * The folder entry on the real pipeline: an unchanged folder loads its whole analysis from one
 * entry (no article entry read), equal to a fresh analysis and reported byte for byte the same; an
 * entry that is damaged, cut short, not Tilik's, or written for other files, another build or other
 * rules is ignored, the folder analysed the per-article way, and the entry rewritten.
 */
class FolderCacheTest {
    static Rules rules;

    @TempDir
    Path tmp;
    Path folder;
    Path root;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    @BeforeEach
    void samples() throws IOException {
        folder = ArticleCacheTest.copy(Path.of("articles"), tmp.resolve("articles"));
        root = tmp.resolve("cache");
    }

    ArticleCache cache(String build) {
        return new ArticleCache(root, CacheBound.DEFAULT, build);
    }

    /** Analyses the folder through a new cache of {@code build}: the result equals a fresh analysis. */
    ArticleCache analyse(String build) throws IOException {
        ArticleCache cache = cache(build);
        Analysis cached = new Analyzer(cache).analyze(folder, rules, Progress.NONE);
        Analysis fresh = new Analyzer().analyze(folder, rules, Progress.NONE);
        assertThat(cached).isEqualTo(fresh);
        assertThat(ReportFormat.JSON.render(cached)).isEqualTo(ReportFormat.JSON.render(fresh));
        assertThat(ReportFormat.TEXT.render(cached)).isEqualTo(ReportFormat.TEXT.render(fresh));
        return cache;
    }

    ArticleCache analyse() throws IOException {
        return analyse("test-build");
    }

    Path entry() {
        return cache("test-build").folderEntry(folder);
    }

    /** The next open reads the folder whole again: the entry was rewritten. */
    void assertServesAgain() throws IOException {
        ArticleCache again = analyse();
        assertThat(again.folderStats()).isEqualTo(new ArticleCache.Stats(1, 0, 0, 0));
        assertThat(again.stats()).isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));
    }

    /** A rejected entry: the articles come from their own entries, the folder entry is written anew. */
    void assertRewritten() throws IOException {
        ArticleCache again = analyse();
        assertThat(again.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertThat(again.stats()).isEqualTo(new ArticleCache.Stats(2, 0, 0, 0));
        assertServesAgain();
    }

    @Test
    void anUnchangedFolderLoadsWholeFromOneEntryReadingNoArticleEntry() throws IOException {
        ArticleCache first = analyse();
        assertThat(first.folderStats()).isEqualTo(new ArticleCache.Stats(0, 1, 0, 1));
        assertThat(first.stats()).isEqualTo(new ArticleCache.Stats(0, 2, 0, 2));
        assertThat(entry()).exists();
        assertServesAgain();
    }

    @Test
    void aDamagedTruncatedEmptyOrForeignEntryIsIgnoredAndRewritten() throws IOException {
        analyse();
        byte[] bytes = Files.readAllBytes(entry());
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= 0x20;
        for (byte[] bad : List.of(flipped, Arrays.copyOf(bytes, bytes.length / 3), new byte[0],
                "{\"not\": \"a cache entry\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(entry(), bad);
            assertRewritten();
        }
    }

    @Test
    void anArticleEntryInPlaceOfTheFolderEntryIsAnotherFormatAndIgnored() throws IOException {
        analyse();
        ArticleCache cache = cache("test-build");
        Path article = cache.entry(cache.key(FolderLoader.load(folder, rules, Progress.NONE).articles().get(0),
                rules.fingerprint()));
        Files.copy(article, entry(), StandardCopyOption.REPLACE_EXISTING);
        assertRewritten();
    }

    @Test
    void anEntryWithAWellFormedEnvelopeButEvidenceOutsideItsArticleIsIgnored() throws IOException {
        analyse();
        ArticleCache cache = cache("test-build");
        String key = cache.folderKey(folder, FolderLoader.read(folder), rules.fingerprint(), rules.origin());
        Analysis fresh = new Analyzer().analyze(folder, rules, Progress.NONE);
        ArticleStatements first = fresh.articles().get(0);
        int length = first.document().article().text().length();
        for (Evidence bad : List.of(new Evidence(first.fileName(), null, new CharSpan(0, length + 1), new CharSpan(0, 1), "x"),
                new Evidence("elsewhere.txt", null, new CharSpan(0, 1), new CharSpan(0, 1), "x"))) {
            Finding f = new Finding("f1", FindingType.WEEKDAY_DATE, Severity.LOW, "r", null, "t", "e", List.of(bad));
            byte[] payload = FolderCodec.encode(new FolderResult(fresh.articles(), List.of(f), List.of()));
            Files.write(entry(), CacheEntry.wrap(key, FolderCodec.FORMAT, payload));
            assertRewritten();
        }
    }

    @Test
    void anEntryOfAnotherBuildOrOtherRulesIsStaleIgnoredAndRewritten() throws Exception {
        analyse("older-build");
        ArticleCache newer = analyse();
        assertThat(newer.folderStats()).as("one slot per folder: the older build's entry").isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertThat(newer.stats()).isEqualTo(new ArticleCache.Stats(0, 2, 0, 2));
        assertServesAgain();

        Rules edited = ArticleCacheTest.editedRules(tmp);
        ArticleCache other = cache("test-build");
        new Analyzer(other).analyze(folder, edited, Progress.NONE);
        assertThat(other.folderStats()).as("the folder's one slot now holds the other rules' analysis")
                .isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertRewritten();
    }

    @Test
    void addingOneArticleAnalysesOnlyThatOneThenTheWholeFolderServesAgain() throws IOException {
        analyse();
        Files.copy(Path.of("src/test/resources/fixtures/id-hard/100_latihan.txt"), folder.resolve("100_latihan.txt"));
        ArticleCache added = analyse();
        assertThat(added.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertThat(added.stats()).isEqualTo(new ArticleCache.Stats(2, 1, 0, 1));
        assertServesAgain();
    }

    @Test
    void anArticleEditedInPlaceIsAnalysedAgainAloneAndARemovedOneDropsOut() throws IOException {
        analyse();
        Path first;
        try (var files = Files.list(folder)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first) + "\nCatatan redaksi.\n");
        ArticleCache edited = analyse();
        assertThat(edited.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertThat(edited.stats()).isEqualTo(new ArticleCache.Stats(1, 1, 0, 1));

        Files.delete(first);
        ArticleCache removed = analyse();
        assertThat(removed.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
        assertThat(removed.stats()).isEqualTo(new ArticleCache.Stats(1, 0, 0, 0));
        assertThat(new Analyzer(cache("test-build")).analyze(folder, rules, Progress.NONE).articleCount()).isEqualTo(1);
    }

    @Test
    void aCopyOfTheFolderElsewhereHasNoFolderEntryYetButItsArticlesHit() throws IOException {
        analyse();
        folder = ArticleCacheTest.copy(folder, tmp.resolve("copy"));
        ArticleCache elsewhere = analyse();
        assertThat(elsewhere.folderStats()).isEqualTo(new ArticleCache.Stats(0, 1, 0, 1));
        assertThat(elsewhere.stats()).isEqualTo(new ArticleCache.Stats(2, 0, 0, 0));
    }

    @Test
    void aFolderThatCannotBeListedOrRulesWithoutAFingerprintAreNeverCached() throws IOException {
        folder = tmp.resolve("missing");
        ArticleCache cache = analyse();
        assertThat(cache.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));

        folder = tmp.resolve("articles");
        Rules unfingerprinted = new Rules("test", rules.languages(), rules.parties(), rules.findings());
        ArticleCache none = cache("test-build");
        new Analyzer(none).analyze(folder, unfingerprinted, Progress.NONE);
        assertThat(none.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));
        assertThat(root.resolve("analyses")).doesNotExist();
    }

    @Test
    void theCodecGivesBackEqualValues() throws IOException {
        Analysis a = new Analyzer().analyze(Path.of("src/test/resources/fixtures/findings-troops-id"), rules, Progress.NONE);
        assertThat(a.findings()).isNotEmpty();
        List<Problem> problems = List.of(new Problem(Problem.Level.WARNING, "x.txt", "binary \uD800"),
                new Problem(Problem.Level.ERROR, "folder", "not a folder"));
        FolderResult r = new FolderResult(a.articles(), a.findings(), problems);
        assertThat(FolderCodec.decode(FolderCodec.encode(r))).isEqualTo(r);
    }
}
