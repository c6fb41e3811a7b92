package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one list of number words and the one grammar reading a run of them. */
class NumberWordReadingTest {

    private static double read(double... values) {
        NumberWords.Reading r = NumberWords.Reading.NONE;
        for (double v : values) {
            NumberWords.Reading next = r.then(v);
            if (next == null) {
                return -r.value(); // stopped early: the figure read so far, negated to tell
            }
            r = next;
        }
        return r.value();
    }

    @Test
    void aRunOfNumberWordsIsOneFigureReadFromTheLargestPartDown() {
        assertThat(read(20, 5)).isEqualTo(25);            // dua puluh lima
        assertThat(read(2, 100)).isEqualTo(200);          // dua ratus
        assertThat(read(100, 20, 5)).isEqualTo(125);      // seratus dua puluh lima
        assertThat(read(3, 1000)).isEqualTo(3000);        // tiga ribu
        assertThat(read(2, 100, 50, 1000)).isEqualTo(250000); // dua ratus lima puluh ribu
        assertThat(read(1000, 2, 100)).isEqualTo(1200);   // seribu dua ratus
        assertThat(read(12)).isEqualTo(12);               // dua belas, one word of the rules
    }

    @Test
    void twoFiguresSideBySideStayTwo() {
        assertThat(read(3, 2)).isEqualTo(-3);             // "tiga dua": the second starts another figure
        assertThat(read(25, 5)).isEqualTo(-25);
        assertThat(read(200, 100)).isEqualTo(-200);
    }

    /** The words the misreport of a quotation knew as figures before they were one list with the extractor's. */
    @Test
    void theLanguagesNumberWordsAreTheWordsThatWroteAFigureBefore() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        assertThat(NumberWords.of(rules.languages().values()).words()).containsExactlyInAnyOrderElementsOf(List.of(
                "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu",
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"));
    }

    @Test
    void aPhraseOfTheListIsItsWords() {
        NumberWords w = NumberWords.of(Map.of("Dua Belas", 12.0));
        assertThat(w.contains("dua")).isTrue();
        assertThat(w.contains("belas")).isTrue();
        assertThat(w.contains("tiga")).isFalse();
    }
}
