package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A headline written in title case (team-written headlines of a village outbreak and a harbour fire): its long
 * words all capitalised; a sentence of running text, or a short one of names, is not one.
 */
class TitleCaseTest {

    private static boolean title(String text) {
        return TitleCase.of(Tokens.of(text, 0, text.length()));
    }

    @Test
    void aHeadlineWhoseLongWordsAreAllCapitalisedIsTitleCase() {
        assertThat(title("Ratusan Warga Terjangkit Diare, 40 Sumur Disegel")).isTrue();
        assertThat(title("Kebakaran di Dermaga Lama, 12 Kapal Hangus")).as("a short preposition may stay lower").isTrue();
        assertThat(title("12 Fishing Boats Burnt in Harbour Fire")).isTrue();
    }

    @Test
    void runningTextOrAShortLineOfNamesIsNot() {
        assertThat(title("Camat mengatakan 40 sumur disegel sementara.")).isFalse();
        assertThat(title("Kepala Desa Karangsari mengatakan 12 Kapal hangus.")).isFalse();
        assertThat(title("Kata Hendra Kusuma.")).as("two long words only").isFalse();
    }
}
