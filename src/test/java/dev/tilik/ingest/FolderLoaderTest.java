package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLoaderTest {
    private static Rules rules;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    @Test
    void loadsTheSamplesInNameOrderWithTheirOriginalTextAndDigest() throws Exception {
        List<String> steps = new ArrayList<>();
        LoadedFolder f = FolderLoader.load(Path.of("articles"), rules, (what, done, total) -> steps.add(done + "/" + total));
        assertThat(f.problems()).isEmpty();
        assertThat(f.articles()).extracting(Article::fileName)
                .containsExactly("000_e66589b7fd0713d1.txt", "003_9885e51dfbb98028.txt");
        Article a = f.articles().get(0);
        byte[] bytes = Files.readAllBytes(Path.of("articles", a.fileName()));
        assertThat(a.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(a.sha256()).isEqualTo(FolderLoader.sha256(bytes)).hasSize(64);
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(steps).containsExactly("0/2", "1/2", "2/2");
    }

    @Test
    void digestsEachFileAloneWithTheDigestReused() throws Exception {
        byte[] first = "Kapal feri berangkat pukul tujuh.".getBytes(StandardCharsets.UTF_8);
        byte[] second = "The ferry left at seven.".getBytes(StandardCharsets.UTF_8);
        String a = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(first));
        String b = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(second));
        assertThat(List.of(FolderLoader.sha256(first), FolderLoader.sha256(second), FolderLoader.sha256(first)))
                .containsExactly(a, b, a);
        assertThat(FolderLoader.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String[] other = new String[1];
        Thread t = new Thread(() -> other[0] = FolderLoader.sha256(second));
        t.start();
        t.join();
        assertThat(other[0]).isEqualTo(b);
    }

    @Test
    void oneBadFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Satu kalimat yang cukup panjang untuk dibaca.", StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.txt"), new byte[] {'x', 0, 'y'});
        Files.write(dir.resolve("c.txt"), new byte[0]);
        Files.writeString(dir.resolve("d.TXT"), "Kalimat lain.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.odt"), "not a format Tilik reads", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tilik-notes.md"), "# Tilik's own notes, never an article", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tilik-notes.json"), "{\"version\": 1}", StandardCharsets.UTF_8);
        LoadedFolder f = FolderLoader.load(dir, rules, Progress.NONE);
        assertThat(f.articles()).extracting(Article::fileName).containsExactly("a.txt", "d.TXT");
        assertThat(f.problems()).extracting(Problem::toString)
                .containsExactly("b.txt: binary, skipped (NUL byte at offset 1)", "c.txt: empty file, skipped");
        assertThat(f.problems().get(1).level()).isEqualTo(Problem.Level.INFO);
    }

    @Test
    void aMissingFolderIsOneErrorNotAnException(@TempDir Path dir) {
        LoadedFolder f = FolderLoader.load(dir.resolve("nope"), rules, Progress.NONE);
        assertThat(f.articles()).isEmpty();
        assertThat(f.hasErrors()).isTrue();
        assertThat(f.problems().get(0).message()).isEqualTo("folder not found");
    }
}
