package dev.tilik.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesAndKeysTest {
    @Test
    void fileNamesComeFromOutletAndHeadlineInAsciiAndNeverCollide() {
        assertThat(FileNames.of("Kompas.com", "Korut Bantah Kirim Tentara ke Rusia", n -> false))
                .isEqualTo("kompas-com_korut-bantah-kirim-tentara-ke-rusia.txt");
        assertThat(FileNames.of("Tempo", "Café “Überraschung”: 3.000 orang", Set.of("tempo_cafe-uberraschung-3-000-orang.txt")::contains))
                .isEqualTo("tempo_cafe-uberraschung-3-000-orang-2.txt");
        assertThat(FileNames.of(null, "日本語", n -> false)).isEqualTo("article.txt");
        assertThat(FileNames.of("x", "word ".repeat(40), n -> false)).hasSizeLessThanOrEqualTo(2 + FileNames.MAX_SLUG + 4)
                .endsWith("word.txt");
    }

    @Test
    void oneArticleHasOneKeyWhateverTheSpellingOfItsAddress() {
        String key = UrlKey.of("https://www.kompas.com/read/2024/x/");
        assertThat(UrlKey.of("http://KOMPAS.com:80/read/2024/x?utm_source=wa#top")).isEqualTo(key);
        assertThat(UrlKey.of("https://kompas.com/read/2024/x?page=2")).isNotEqualTo(key);
        assertThat(UrlKey.of("https://kompas.com/read/2024/y")).isNotEqualTo(key);
    }
}
