package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files a user might put (or a hostile folder might hold) in the articles folder. */
class SafeFileReaderTest {
    private static Rules rules;
    @TempDir
    Path root;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    private Path folder() throws Exception {
        return Files.createDirectories(root.resolve("articles"));
    }

    private String onlyProblem(Path folder) {
        LoadedFolder f = FolderLoader.load(folder, rules, Progress.NONE, 1000);
        assertThat(f.articles()).extracting(Article::fileName).containsExactly("ok.txt");
        assertThat(f.problems()).hasSize(1);
        return f.problems().get(0).toString();
    }

    private Path withGoodFile() throws Exception {
        Path dir = folder();
        Files.writeString(dir.resolve("ok.txt"), "Kalimat yang baik.", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void oversizeIsSkippedUnread() throws Exception {
        Path dir = withGoodFile();
        Files.write(dir.resolve("big.txt"), new byte[1001]);
        assertThat(onlyProblem(dir)).isEqualTo("big.txt: too large (1001 bytes; the limit is 1000); skipped");
    }

    @Test
    void symlinkLeavingTheFolderIsRefused() throws Exception {
        Path dir = withGoodFile();
        Path secret = Files.writeString(root.resolve("secret.txt"), "rahasia", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("link.txt"), secret);
        assertThat(onlyProblem(dir)).startsWith("link.txt: points outside the articles folder").endsWith("refused");
    }

    @Test
    void symlinkWithDotDotLeavingTheFolderIsRefused() throws Exception {
        Path dir = withGoodFile();
        Files.writeString(root.resolve("secret.txt"), "rahasia", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("up.txt"), Path.of("..", "secret.txt"));
        assertThat(onlyProblem(dir)).startsWith("up.txt: points outside the articles folder");
    }

    @Test
    void symlinkInsideTheFolderIsRead() throws Exception {
        Path dir = withGoodFile();
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.txt"), "Di dalam.", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("z.txt"), Path.of("sub", "inner.txt"));
        LoadedFolder f = FolderLoader.load(dir, rules, Progress.NONE);
        assertThat(f.problems()).isEmpty();
        assertThat(f.articles()).extracting(Article::text).containsExactly("Kalimat yang baik.", "Di dalam.");
    }

    @Test
    void symlinkLoopIsACleanProblem() throws Exception {
        Path dir = withGoodFile();
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop2.txt"));
        Files.createSymbolicLink(dir.resolve("loop2.txt"), dir.resolve("loop.txt"));
        LoadedFolder f = FolderLoader.load(dir, rules, Progress.NONE);
        assertThat(f.articles()).hasSize(1);
        assertThat(f.problems()).hasSize(2).allSatisfy(p -> assertThat(p.message())
                .isEqualTo("a loop of symbolic links, naming no file; skipped"));
    }

    @Test
    void danglingLinkOrDeletedFileIsACleanProblem() throws Exception {
        Path dir = withGoodFile();
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));
        assertThat(onlyProblem(dir)).isEqualTo("gone.txt: disappeared while being read (deleted or a dangling link); skipped");
    }

    @Test
    // In its own thread: a FIFO opened blocks uninterruptibly, and the same-thread timeout would wait for ever.
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fifoIsNeverOpened() throws Exception {
        Path dir = withGoodFile();
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        assertThat(onlyProblem(dir)).isEqualTo("pipe.txt: not a regular file (FIFO, socket or device); skipped");
    }

    @Test
    void folderNamedTxtIsSkipped() throws Exception {
        Path dir = withGoodFile();
        Files.createDirectories(dir.resolve("archive.txt"));
        assertThat(onlyProblem(dir)).isEqualTo("archive.txt: a folder, not a file; skipped");
    }

    @Test
    void unreadableFileIsACleanProblem() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path dir = withGoodFile();
        Path locked = Files.writeString(dir.resolve("locked.txt"), "x", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertThat(onlyProblem(dir)).isEqualTo("locked.txt: permission denied; skipped");
    }
}
