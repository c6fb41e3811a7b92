package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes two quotations of the same words give another figure. */
class QuotedFiguresTest {

    @Test
    void numberWordsThatDifferAreAnotherFigure() {
        assertThat(QuotedFigures.differ(List.of("satu", "tujuh"), List.of("satu", "tiga"))).isTrue();
        assertThat(QuotedFigures.differ(List.of("sembilan"), List.of("sembilan belas"))).isTrue();
    }

    @Test
    void digitsCompareByTheirDigitsWhateverTheSeparator() {
        assertThat(QuotedFigures.differ(List.of("1 500"), List.of("1500"))).isFalse();
        assertThat(QuotedFigures.differ(List.of("9"), List.of("19"))).isTrue();
    }

    @Test
    void aFigureInDigitsAgainstOneInWordsIsTheSameFigureWrittenTwoWays() {
        assertThat(QuotedFigures.differ(List.of("dua"), List.of("2"))).isFalse();
        assertThat(QuotedFigures.differ(List.of("2018", "2023"), List.of("2018", "2023"))).isFalse();
    }
}
