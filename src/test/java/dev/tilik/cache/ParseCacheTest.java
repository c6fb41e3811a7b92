package dev.tilik.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.ParsedFiles;
import dev.tilik.ingest.Progress;
import dev.tilik.report.ReportFormat;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file's parse kept by its name and content hash: a folder reopened after one file was added
 * parses that file alone (counted by the parse entries' misses: a file is parsed exactly when its
 * entry misses), and the result equals a fresh analysis; a damaged, foreign, other-format or stale
 * parse entry is a miss, the file parsed again and the entry rewritten; the bound counts them.
 */
class ParseCacheTest {
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
    void folder() throws IOException {
        folder = ArticleCacheTest.copy(Path.of("articles"), tmp.resolve("articles"));
        // a file of two articles and one decoded by the fallback (a warning): parses with more than one article and problems
        Files.writeString(folder.resolve("010_dua.jsonl"),
                "{\"title\": \"Banjir di hulu\", \"source\": \"Warta\", \"text\": \"Warga mengungsi sejak Senin.\"}\n"
                        + "{\"title\": \"Jembatan putus\", \"source\": \"Kabar\", \"text\": \"Jembatan itu putus, kata camat.\"}\n");
        Files.write(folder.resolve("011_latin.txt"), "Caf\u00e9 itu tutup, kata pemiliknya.\n".getBytes(StandardCharsets.ISO_8859_1));
        root = tmp.resolve("cache");
    }

    ArticleCache cache() {
        return new ArticleCache(root, CacheBound.DEFAULT, "test-build");
    }

    /** Analyses the folder through a new cache: equal to a fresh analysis, reported the same. */
    ArticleCache analyse() throws IOException {
        ArticleCache cache = cache();
        Analysis cached = new Analyzer(cache).analyze(folder, rules, Progress.NONE);
        Analysis fresh = new Analyzer().analyze(folder, rules, Progress.NONE);
        assertThat(cached).isEqualTo(fresh);
        assertThat(ReportFormat.JSON.render(cached)).isEqualTo(ReportFormat.JSON.render(fresh));
        return cache;
    }

    int files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return (int) s.count();
        }
    }

    List<Path> parseEntries() throws IOException {
        Path dir = root.resolve(CacheFiles.PARSES);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The folder entry removed: the next open goes file by file (as after any change to the folder). */
    void dropFolderEntry() throws IOException {
        Files.delete(cache().folderEntry(folder));
    }

    @Test
    void theFirstOpenWritesOneParseEntryPerFileAndAnUnchangedReopenReadsNone() throws IOException {
        int n = files();
        ArticleCache first = analyse();
        assertThat(first.parseStats()).isEqualTo(new ArticleCache.Stats(0, n, 0, n));
        assertThat(parseEntries()).hasSize(n);

        ArticleCache again = analyse();
        assertThat(again.folderStats().hits()).isEqualTo(1);
        assertThat(again.parseStats()).as("served whole: no file parsed, no parse entry read")
                .isEqualTo(new ArticleCache.Stats(0, 0, 0, 0));
    }

    @Test
    void aReopenAfterOneFileWasAddedParsesThatFileAlone() throws IOException {
        int n = files();
        analyse();
        Files.copy(Path.of("src/test/resources/fixtures/id-hard/100_latihan.txt"), folder.resolve("100_latihan.txt"));

        ArticleCache added = analyse();

        assertThat(added.parseStats()).as("parsed: the one file whose entry missed")
                .isEqualTo(new ArticleCache.Stats(n, 1, 0, 1));
        assertThat(added.stats().misses()).as("analysed: that file's one article").isEqualTo(1);
        assertThat(added.folderStats()).isEqualTo(new ArticleCache.Stats(0, 0, 1, 1));
    }

    @Test
    void aFileEditedInPlaceIsParsedAgainAlone() throws IOException {
        int n = files();
        analyse();
        Path first = folder.resolve("000_e66589b7fd0713d1.txt");
        Files.writeString(first, Files.readString(first) + "\nCatatan redaksi.\n");

        ArticleCache edited = analyse();

        assertThat(edited.parseStats()).isEqualTo(new ArticleCache.Stats(n - 1, 1, 0, 1));
    }

    @Test
    void aDamagedTruncatedEmptyForeignOrOtherFormatParseEntryIsParsedAgainAndRewritten() throws IOException {
        int n = files();
        analyse();
        List<Path> entries = parseEntries();
        byte[] good = Files.readAllBytes(entries.get(0));
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x20;
        ArticleCache articles = cache();
        byte[] articleEntry = Files.readAllBytes(articles.entry(articles.key(
                FolderLoader.load(folder, rules, Progress.NONE).articles().get(0), rules.fingerprint())));
        for (byte[] bad : List.of(flipped, Arrays.copyOf(good, good.length / 3), new byte[0],
                "{\"not\": \"a cache entry\"}\n".getBytes(StandardCharsets.UTF_8), articleEntry)) {
            for (Path e : entries) {
                Files.write(e, bad);
            }
            dropFolderEntry();

            ArticleCache again = analyse();

            assertThat(again.parseStats()).as("every entry refused, every file parsed and its entry written")
                    .isEqualTo(new ArticleCache.Stats(0, 0, n, n));
            dropFolderEntry();
            assertThat(analyse().parseStats()).as("rewritten").isEqualTo(new ArticleCache.Stats(n, 0, 0, 0));
        }
    }

    @Test
    void anEntryForAnotherFileBuildOrRulesIsNotTaken() throws Exception {
        int n = files();
        analyse();
        // one file's entry copied into the slot of another: well-formed, written under another key
        List<FolderFiles.File> read = FolderLoader.read(folder).files();
        ArticleCache cache = cache();
        Path a = cache.parseEntry(cache.parseKey(read.get(0).name(), read.get(0).sha256(), rules.fingerprint()));
        Path b = cache.parseEntry(cache.parseKey(read.get(1).name(), read.get(1).sha256(), rules.fingerprint()));
        Files.copy(a, b, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        dropFolderEntry();
        assertThat(analyse().parseStats()).as("stale: parsed again").isEqualTo(new ArticleCache.Stats(n - 1, 0, 1, 1));

        ArticleCache otherBuild = new ArticleCache(root, CacheBound.DEFAULT, "other-build");
        new Analyzer(otherBuild).analyze(folder, rules, Progress.NONE);
        assertThat(otherBuild.parseStats()).isEqualTo(new ArticleCache.Stats(0, n, 0, n));

        ArticleCache otherRules = cache();
        new Analyzer(otherRules).analyze(folder, ArticleCacheTest.editedRules(tmp), Progress.NONE);
        assertThat(otherRules.parseStats()).isEqualTo(new ArticleCache.Stats(0, n, 0, n));
    }

    @Test
    void withoutACacheNothingIsKeptAndTheParseIsTheSame() throws IOException {
        new Analyzer().analyze(folder, rules, Progress.NONE);
        assertThat(root).doesNotExist();

        ArticleCache cache = cache();
        List<LoadedFolder> fresh = new ArrayList<>();
        List<LoadedFolder> kept = new ArrayList<>();
        ParsedFiles known = cache.parsedFiles(rules.fingerprint());
        for (FolderFiles.File f : FolderLoader.read(folder).files()) {
            fresh.add(FolderLoader.parseFile(f, new ArticleParser(rules), known));
        }
        for (FolderFiles.File f : FolderLoader.read(folder).files()) {
            kept.add(FolderLoader.parseFile(f, new ArticleParser(rules), known));
        }
        assertThat(kept).isEqualTo(fresh);
        assertThat(fresh).anyMatch(p -> p.articles().size() == 2).anyMatch(p -> !p.problems().isEmpty());
        for (LoadedFolder p : fresh) {
            assertThat(ParseCodec.decode(ParseCodec.encode(p))).isEqualTo(p);
        }
    }

    @Test
    void theBoundCountsParseEntriesWithTheOthersOldestFirst() throws IOException {
        analyse();
        List<Path> entries = parseEntries();
        long total = 0;
        for (Path e : entries) {
            Files.setLastModifiedTime(e, FileTime.fromMillis(1_000_000_000_000L)); // older than every other entry
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(CacheFiles.SUFFIX)).toList();
        }
        for (Path e : all) {
            total += Files.size(e);
        }
        new ArticleCache(root, total - 1, "test-build").evict();
        assertThat(entries).as("the oldest go first, parse entries counted with the rest").anyMatch(e -> !Files.exists(e));
        assertThat(all).filteredOn(e -> !entries.contains(e)).allMatch(Files::exists);
    }
}
