package dev.tilik.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's files: the codec round trip, the size bound, temp files, writers racing, the folder's place. */
class CacheEvictionTest {
    static final String RULES = "f".repeat(64);

    @TempDir
    Path root;

    static ArticleStatements article(String name, int size) {
        String text = "Kata \uD83D\uDE00 " + "x".repeat(size) + " \uD800 Jumat (24/10) 1.500 tentara.";
        Article a = new Article(name, text, Integer.toHexString(text.hashCode()) + name, "UTF-8", List.of(),
                new CharSpan(0, 4), "Suara.com", null, null, List.of());
        DateMention date = new DateMention(new CharSpan(1, 5), "Jumat (24/10)", DayOfWeek.FRIDAY, 24, 10, null);
        NumberMention n = new NumberMention(new CharSpan(6, 8), "1.500", 1500.0, 1500, Double.POSITIVE_INFINITY,
                Qualifier.AT_LEAST, "tentara", "troops");
        Statement s = new Statement(name + "#1", name, new CharSpan(0, 10), new CharSpan(2, 9), "Kim \uD800",
                new CharSpan(1, 3), null, "ujar", null, true, null, Stance.DENY, "troops", List.of(n),
                List.of(date, new DateMention(new CharSpan(3, 4), "Senin", DayOfWeek.MONDAY, 0, 0, 2024)),
                StanceBasis.CUE_ON_TOPIC);
        return new ArticleStatements(new Document(a, new LanguageGuess("id", 0.97, 0.4),
                List.of(new CharSpan(0, 10), new CharSpan(11, 20))), List.of(s), List.of(date));
    }

    @Test
    void theCodecGivesBackEqualValuesLoneSurrogatesAndInfinityIncluded() throws IOException {
        ArticleStatements a = article("a.txt", 10);
        ArticleStatements back = ArticleCodec.decode(ArticleCodec.encode(a), a.document().article());
        assertThat(back).isEqualTo(a);
    }

    @Test
    void pastTheBoundTheEntriesUsedLongestAgoGoAndOldTempFilesWith() throws IOException {
        ArticleCache unbounded = new ArticleCache(root, Long.MAX_VALUE, "b");
        List<ArticleStatements> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ArticleStatements a = article(i + ".txt", 2000);
            all.add(a);
            unbounded.put(a, RULES);
            Path entry = unbounded.entry(unbounded.key(a.document().article(), RULES));
            Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000_000_000L + i * 60_000L));
        }
        long each = Files.size(unbounded.entry(unbounded.key(all.get(0).document().article(), RULES)));
        Path oldTemp = root.resolve("articles").resolve("00").resolve("x.entry.1-2.tmp");
        Path newTemp = root.resolve("articles").resolve("00").resolve("y.entry.1-2.tmp");
        Files.createDirectories(oldTemp.getParent());
        Files.writeString(oldTemp, "left by a crash");
        Files.setLastModifiedTime(oldTemp, FileTime.fromMillis(1_000_000_000_000L));
        Files.writeString(newTemp, "being written");

        ArticleCache bounded = new ArticleCache(root, 5 * each + each / 2, "b");
        bounded.evict();

        for (int i = 0; i < 10; i++) {
            Optional<ArticleStatements> got = bounded.get(all.get(i).document().article(), RULES);
            assertThat(got.isPresent()).as("entry %d", i).isEqualTo(i >= 6); // kept: at most 90 % of the bound
        }
        assertThat(oldTemp).doesNotExist();
        assertThat(newTemp).exists();
    }

    @Test
    void aHitMakesAnEntryYoungAgainSoEvictionSparesIt() throws IOException {
        ArticleCache cache = new ArticleCache(root, Long.MAX_VALUE, "b");
        ArticleStatements old = article("old.txt", 2000);
        ArticleStatements young = article("young.txt", 2000);
        cache.put(old, RULES);
        cache.put(young, RULES);
        Path oldEntry = cache.entry(cache.key(old.document().article(), RULES));
        Path youngEntry = cache.entry(cache.key(young.document().article(), RULES));
        Files.setLastModifiedTime(oldEntry, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(youngEntry, FileTime.fromMillis(1_000_000_060_000L));
        assertThat(cache.get(old.document().article(), RULES)).isPresent();

        new ArticleCache(root, Files.size(oldEntry) + Files.size(oldEntry) / 5, "b").evict();

        assertThat(oldEntry).exists();
        assertThat(youngEntry).doesNotExist();
    }

    @Test
    void writersAndReadersRacingOnOneEntryNeverSeeHalfAnEntry() throws Exception {
        ArticleStatements a = article("race.txt", 20_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ArticleCache.Stats>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                boolean writer = t % 2 == 0;
                done.add(pool.submit(() -> {
                    ArticleCache own = new ArticleCache(root, Long.MAX_VALUE, "b"); // as another process would
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        if (writer) {
                            own.put(a, RULES);
                        } else {
                            own.get(a.document().article(), RULES).ifPresent(back -> assertThat(back).isEqualTo(a));
                        }
                    }
                    return own.stats();
                }));
            }
            start.countDown();
            long written = 0;
            for (Future<ArticleCache.Stats> f : done) {
                ArticleCache.Stats s = f.get(120, TimeUnit.SECONDS);
                assertThat(s.rejected()).isZero();
                written += s.written();
            }
            assertThat(written).isEqualTo(400);
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp")).toList()).as("no temp file left").isEmpty();
        }
    }

    @Test
    void aFolderIsKnownOnceRemembered() {
        ArticleCache cache = new ArticleCache(root, Long.MAX_VALUE, "b");
        Path folder = Path.of("articles");
        assertThat(cache.knows(folder)).isFalse();
        cache.remember(folder);
        assertThat(cache.knows(folder.toAbsolutePath())).isTrue();
        assertThat(new ArticleCache(root, Long.MAX_VALUE, "another build").knows(folder)).isFalse();
    }

    @Test
    void theFolderFollowsXdgAndTheBoundParses() {
        assertThat(CacheDir.of(Map.of("XDG_CACHE_HOME", "/var/cache"), "/home/u")).isEqualTo(Path.of("/var/cache/tilik"));
        assertThat(CacheDir.of(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/tilik"));
        assertThat(CacheDir.of(Map.of("XDG_CACHE_HOME", "rel"), "/home/u")).isEqualTo(Path.of("/home/u/.cache/tilik"));
        assertThat(CacheDir.of(Map.of(), "?")).as("no home: no cache, never one in the current folder").isNull();
        assertThat(CacheBound.parse(null)).isEqualTo(256L << 20);
        assertThat(CacheBound.parse("1G")).isEqualTo(1L << 30);
        assertThat(CacheBound.parse("64MiB")).isEqualTo(64L << 20);
        assertThat(CacheBound.parse("500000")).isEqualTo(500_000L);
        assertThat(CacheBound.parse("0")).isZero();
        assertThatThrownBy(() -> CacheBound.parse("-1")).hasMessageContaining(CacheBound.ENV);
        assertThatThrownBy(() -> CacheBound.parse("99999999999999G")).hasMessageContaining("too large");
    }

    @Test
    void aZeroBoundCachesNothing() {
        ArticleCache cache = new ArticleCache(root.resolve("c"), 0, "b");
        cache.put(article("a.txt", 10), RULES);
        assertThat(cache.stats().written()).isZero();
        assertThat(root.resolve("c")).doesNotExist();
    }

    @Test
    void theBoundCountsFolderEntriesWithTheArticlesOldestFirst(@TempDir Path articles) throws IOException {
        Files.writeString(articles.resolve("a.txt"), "Kata.");
        FolderFiles files = FolderLoader.read(articles);
        ArticleCache unbounded = new ArticleCache(root, Long.MAX_VALUE, "b");
        FolderResult whole = new FolderResult(List.of(article("a.txt", 20_000)), List.of(), List.of());
        unbounded.putFolder(articles, files, RULES, "rules", whole);
        Path folderEntry = unbounded.folderEntry(articles);
        long folderSize = Files.size(folderEntry);
        Files.setLastModifiedTime(folderEntry, FileTime.fromMillis(1_000_000_000_000L));
        List<Path> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ArticleStatements a = article(i + ".txt", 2000);
            unbounded.put(a, RULES);
            Path entry = unbounded.entry(unbounded.key(a.document().article(), RULES));
            Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000_060_000L + i * 60_000L));
            entries.add(entry);
        }
        long articleSize = Files.size(entries.get(0));
        assertThat(folderSize).as("the folder entry holds the article's text").isGreaterThan(4 * articleSize);

        new ArticleCache(root, folderSize + articleSize, "b").evict();

        assertThat(folderEntry).as("the oldest entry, counted with the articles").doesNotExist();
        assertThat(entries).allMatch(Files::exists);
        assertThat(new ArticleCache(root, Long.MAX_VALUE, "b").getFolder(articles, files, RULES, "rules")).isEmpty();

        ArticleCache small = new ArticleCache(root, 2 * folderSize - 2, "b");
        small.putFolder(articles, files, RULES, "rules", whole);
        assertThat(small.folderStats().written()).as("one folder takes at most half the cache").isZero();
        ArticleCache enough = new ArticleCache(root, 2 * folderSize + 2, "b");
        enough.putFolder(articles, files, RULES, "rules", whole);
        assertThat(enough.getFolder(articles, files, RULES, "rules")).contains(whole);
    }
}
