package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts of times (team-written sentences of an election, a flood warning and a police chase), in digits or in
 * words: keyed by the act their verb names; a number word is no figure elsewhere.
 */
class NumberWordsTest {

    private static List<NumberMention> id(String claim) {
        return Extract.one("id", "Dinas Kesehatan menyebut " + claim + ".").numbers();
    }

    private static List<NumberMention> en(String claim) {
        return Extract.one("en", "The health office said " + claim + ".").numbers();
    }

    @Test
    void aNumberWordIsAFigureOnlyWhereItCountsTimes() {
        assertThat(id("tiga hari kemudian status darurat dicabut")).isEmpty();
        assertThat(id("dua tim diturunkan ke lokasi")).isEmpty();
        assertThat(en("two teams were sent to the village")).isEmpty();
        assertThat(id("tiga orang meninggal dunia")).as("a count in words of a named thing is not read yet").isEmpty();
        assertThat(id("panitia menghitung ulang suara dua puluh lima kali")).extracting(NumberMention::value)
                .as("a tens word and a unit word are one figure").containsExactly(25.0);
        assertThat(id("panitia menghitung ulang suara seratus dua puluh kali")).extracting(NumberMention::value)
                .as("a run of number words is one figure").containsExactly(120.0);
        assertThat(id("panitia menghitung ulang suara dua ratus kali")).extracting(NumberMention::value)
                .as("a hundred multiplies what is before it").containsExactly(200.0);
        assertThat(id("salah satu petugas menghitung ulang suara")).as("\"satu\" alone is no figure").isEmpty();
    }

    @Test
    void aRejectedCountOfTimesIsNotClaimed() {
        assertThat(id("polisi menembak bukan empat kali")).isEmpty();
    }

    @Test
    void aCountOfTimesIsKeyedByItsAct() {
        assertThat(id("petugas membunyikan sirene peringatan sebanyak tiga kali")).as("the act is the verb, not a noun of an act").extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(3.0, "times of bunyi"));
        assertThat(id("sirene dibunyikan dua kali")).extracting(NumberMention::counted).containsExactly("times of bunyi");
        assertThat(id("panitia dua kali menghitung ulang suara")).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(2.0, "times of hitung"));
        assertThat(id("panitia menghitung ulang suara sebanyak 4 kali")).extracting(NumberMention::counted)
                .containsExactly("times of hitung");
        assertThat(id("harga naik dua kali lipat")).as("a factor, no act counted").isEmpty();
        assertThat(id("pasien muntah lima kali")).as("a root verb the text does not mark counts no act").isEmpty();
    }
}
