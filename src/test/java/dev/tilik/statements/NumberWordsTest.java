package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures written in words and counts of times (team-written sentences of an outbreak, an election and a
 * landslide): a number word is a figure where what it counts is named, a count of times is keyed by its act.
 */
class NumberWordsTest {

    private static List<NumberMention> id(String claim) {
        return Extract.one("id", "Dinas Kesehatan menyebut " + claim + ".").numbers();
    }

    private static List<NumberMention> en(String claim) {
        return Extract.one("en", "The health office said " + claim + ".").numbers();
    }

    @Test
    void aNumberWordCountsWhatTheWordsBesideItName() {
        assertThat(id("tiga orang meninggal dunia dan tujuh belas orang masih hilang"))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(3.0, "dead"), tuple(17.0, "missing"));
        assertThat(id("kasus positif di kecamatan itu bertambah menjadi dua puluh lima"))
                .extracting(NumberMention::value, NumberMention::counted).containsExactly(tuple(25.0, "cases"));
        assertThat(en("four people were killed and twelve were injured"))
                .extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(4.0, "dead"), tuple(12.0, "injured"));
    }

    @Test
    void aNumberWordThatCountsNothingNamedIsNoFigure() {
        assertThat(id("tiga hari kemudian status darurat dicabut")).isEmpty();
        assertThat(id("dua tim diturunkan ke lokasi")).isEmpty();
        assertThat(en("two teams were sent to the village")).isEmpty();
        assertThat(id("salah satu korban meninggal dunia")).as("\"satu\" is no number word here").isEmpty();
    }

    @Test
    void aNumberWordRejectedOrForOnePlaceIsNotClaimed() {
        assertThat(id("korban meninggal lima orang, bukan tujuh orang")).extracting(NumberMention::value)
                .containsExactly(5.0);
        assertThat(id("tiga orang meninggal di Desa Sukamaju")).as("one place's count").isEmpty();
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
