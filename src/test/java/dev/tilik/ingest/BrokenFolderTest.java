package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder holding every kind of broken file at once (the hostile-input suite, issue 11): each is
 * skipped or read with its own clear problem, and none stops the good article beside it. Then a
 * folder of thousands of files loads with progress.
 */
class BrokenFolderTest {
    private static final String GOOD = "Kim membantah semua tuduhan itu pada Jumat.\n";
    private static Rules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    /** A broken file: how to make it, and what the loader must say about it ("" = read without a word). */
    private interface Maker {
        void make(Path file) throws Exception;
    }

    private Map<String, Object[]> table() {
        Map<String, Object[]> t = new LinkedHashMap<>();
        t.put("binary.txt", new Object[] {(Maker) f -> Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}),
            "binary.txt: binary, skipped (NUL byte at offset 4)"});
        t.put("empty.txt", new Object[] {(Maker) f -> Files.write(f, new byte[0]), "empty.txt: empty file, skipped"});
        t.put("huge.txt", new Object[] {(Maker) f -> {
            try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
                r.setLength(FolderLoader.MAX_FILE_BYTES + 1); // sparse: the cap is checked before reading
            }
        }, "huge.txt: too large (8388609 bytes; the limit is 8388608); skipped"});
        t.put("latin1.txt", new Object[] {(Maker) f -> Files.write(f, "Caf\u00e9 kata Kim.\n".getBytes(StandardCharsets.ISO_8859_1)),
            "latin1.txt: not valid UTF-8 (byte offset 3); read as windows-1252"});
        t.put("utf16.txt", new Object[] {(Maker) f -> Files.write(f, GOOD.getBytes(StandardCharsets.UTF_16)), ""});
        t.put("fifo.txt", new Object[] {(Maker) f -> run("mkfifo", f.toString()), "fifo.txt: not a regular file (FIFO, socket or device); skipped"});
        t.put("loop.txt", new Object[] {(Maker) f -> {
            Files.createSymbolicLink(f, f.resolveSibling("loop2.txt"));
            Files.createSymbolicLink(f.resolveSibling("loop2.txt"), f);
        }, "loop.txt: a loop of symbolic links, naming no file; skipped"});
        t.put("outside.txt", new Object[] {(Maker) f -> Files.createSymbolicLink(f,
                Files.writeString(f.getParent().getParent().resolve("secret.txt"), GOOD)), "outside.txt: points outside the articles folder (to " + dir.resolve("secret.txt") + "); refused"});
        t.put("dotdot.txt", new Object[] {(Maker) f -> Files.createSymbolicLink(f, Path.of("../secret.txt")), "dotdot.txt: points outside the articles folder (to " + dir.resolve("secret.txt") + "); refused"});
        t.put("dangling.txt", new Object[] {(Maker) f -> Files.createSymbolicLink(f, f.resolveSibling("gone")),
            "dangling.txt: disappeared while being read (deleted or a dangling link); skipped"});
        t.put("folder.txt", new Object[] {(Maker) Files::createDirectory, "folder.txt: a folder, not a file; skipped"});
        return t;
    }

    @Test
    // In its own thread: were the FIFO opened, it would block uninterruptibly; this fails instead of hanging.
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyBrokenFileIsNamedAndTheGoodArticleStillLoads() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Map<String, Object[]> table = table();
        for (Map.Entry<String, Object[]> e : table.entrySet()) {
            ((Maker) e.getValue()[0]).make(folder.resolve(e.getKey()));
        }
        LoadedFolder loaded = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> FolderLoader.load(folder, rules, Progress.NONE));

        assertThat(loaded.articles()).extracting(Article::fileName).contains("good.txt", "latin1.txt", "utf16.txt");
        assertThat(loaded.articles().get(loaded.articles().stream().map(Article::fileName).toList().indexOf("good.txt"))
                .text()).isEqualTo(GOOD);
        List<String> problems = loaded.problems().stream().map(Problem::toString).toList();
        for (Map.Entry<String, Object[]> e : table.entrySet()) {
            String said = (String) e.getValue()[1];
            List<String> about = problems.stream().filter(p -> p.startsWith(e.getKey() + ": ")).toList();
            if (said.isEmpty()) {
                assertThat(about).as(e.getKey()).isEmpty();
            } else {
                assertThat(about).as(e.getKey()).containsExactly(said);
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void thousandsOfFilesLoadWithProgressAndOneBadFileAmongThem() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("many"));
        int n = 3000;
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(String.format("a%04d.txt", i)), "Kim membantah tuduhan nomor " + i + ".\n");
        }
        Files.write(folder.resolve("a1500.txt"), new byte[] {'x', 0});
        AtomicInteger calls = new AtomicInteger();
        List<String> last = new ArrayList<>();
        LoadedFolder loaded = FolderLoader.load(folder, rules, (what, done, total) -> {
            calls.incrementAndGet();
            last.clear();
            last.add(done + "/" + total);
        });
        assertThat(loaded.articles()).hasSize(n - 1);
        assertThat(loaded.problems()).extracting(Problem::toString).containsExactly("a1500.txt: binary, skipped (NUL byte at offset 1)");
        assertThat(calls.get()).isGreaterThan(n);
        assertThat(last).containsExactly(n + "/" + n);
    }
}
