package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void asciiIsOneColumnEach() {
        assertThat(Columns.width("Korut")).isEqualTo(5);
        assertThat(Columns.width("")).isZero();
    }

    @Test
    void cjkAndEmojiAreTwoColumns() {
        assertThat(Columns.width("北朝鮮")).isEqualTo(6);
        assertThat(Columns.width("한국")).isEqualTo(4);
        assertThat(Columns.width("😀")).isEqualTo(2);
        assertThat(Columns.width("👩\u200d💻")).isEqualTo(2);
        assertThat(Columns.width("🇮🇩")).isEqualTo(2);
        assertThat(Columns.width("👍🏽")).isEqualTo(2);
        assertThat(Columns.width("❤\ufe0f")).isEqualTo(2);
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(Columns.width("e\u0301")).isEqualTo(1);
        assertThat(Columns.graphemes("e\u0301a")).containsExactly("e\u0301", "a");
        assertThat(Columns.width("Z\u0351\u0352\u0353")).isEqualTo(1);
    }

    @Test
    void graphemesKeepSequencesWhole() {
        assertThat(Columns.graphemes("a👩\u200d💻b")).containsExactly("a", "👩\u200d💻", "b");
        assertThat(Columns.graphemes("🇮🇩🇰🇷")).containsExactly("🇮🇩", "🇰🇷");
    }

    @Test
    void fitCutsByColumnsWithAnEllipsis() {
        assertThat(Columns.fit("abcdef", 4)).isEqualTo("abc…");
        assertThat(Columns.fit("北朝鮮", 4)).isEqualTo("北…");
        assertThat(Columns.fit("abc", 3)).isEqualTo("abc");
        assertThat(Columns.fit("abc", 0)).isEmpty();
        assertThat(Columns.pad("ab", 4)).isEqualTo("ab  ");
        assertThat(Columns.width(Columns.pad("北朝鮮", 5))).isEqualTo(5);
    }
}
