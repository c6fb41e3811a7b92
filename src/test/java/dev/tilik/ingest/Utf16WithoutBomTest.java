package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Round forty-three (h43ux, left): a UTF-16 file without a byte-order mark was "binary, skipped (NUL byte at
 * offset 1)", with no word that it may be text in another encoding. It is still skipped (without a mark the order
 * is a guess), and the warning says what it may be and the command that converts it, naming the file.
 */
class Utf16WithoutBomTest {
    private static final String TEXT = "Warga mengungsi setelah hujan deras \u2014 kata petugas, Senin.";

    @Test
    void littleEndianTextSaysItMayBeUtf16AndHowToConvertIt() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "kabar.txt"))
                .hasMessage("binary, skipped (NUL byte at offset 1): it may be UTF-16LE text without a byte-order mark;"
                        + " convert it to UTF-8 with iconv -f UTF-16LE -t UTF-8 kabar.txt > kabar.txt.utf8"
                        + " && mv kabar.txt.utf8 kabar.txt");
    }

    @Test
    void bigEndianTextNamesItsOrder() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_16BE);
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "berita lama.md"))
                .hasMessageContaining("it may be UTF-16BE text")
                .hasMessageEndingWith("iconv -f UTF-16BE -t UTF-8 'berita lama.md' > 'berita lama.md'.utf8"
                        + " && mv 'berita lama.md'.utf8 'berita lama.md'");
    }

    @Test
    void anHtmlFileIsNamedToo() {
        byte[] bytes = ("<html><body><p>" + TEXT + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> HtmlFormat.decode(bytes, "laman.html"))
                .hasMessageContaining("iconv -f UTF-16LE -t UTF-8 laman.html > laman.html.utf8");
    }

    @Test
    void otherBinaryDataSaysNothingOfText() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 'x', 9, 1, 0, 0, 0, 7, 7};
        assertThatThrownBy(() -> TextDecoder.decode(zip, "arsip.txt")).hasMessage("binary, skipped (NUL byte at offset 4)");
        assertThat(Utf16Guess.of(zip)).isEmpty();
    }

    @Test
    void theFolderLoaderNamesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.write(dir.resolve("kabar.txt"), TEXT.getBytes(StandardCharsets.UTF_16LE));
        LoadedFolder f = FolderLoader.load(dir, dev.tilik.rules.RulesLoader.load(java.nio.file.Path.of("rules")), Progress.NONE);
        assertThat(f.problems()).extracting(Problem::toString).singleElement()
                .satisfies(p -> assertThat(p).startsWith("kabar.txt: binary, skipped").contains("iconv -f UTF-16LE -t UTF-8 kabar.txt"));
    }
}
