package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count's scope from its own sentence (team-written sentences of an outbreak, a flood and a layoff): a
 * breakdown's parts, a part taken out of a whole, a rate are left out; the total, and a count of another thing
 * after a breakdown word, are kept.
 */
class FigureScopeTest {

    private static List<Double> id(String claim) {
        return Extract.one("id", "Dinas Kesehatan menyebut " + claim + ".").numbers().stream()
                .map(NumberMention::value).toList();
    }

    private static List<Double> en(String claim) {
        return Extract.one("en", "The health office said " + claim + ".").numbers().stream()
                .map(NumberMention::value).toList();
    }

    @Test
    void aBreakdownsPartsAreNoTotal() {
        assertThat(id("tercatat 1.240 kasus demam berdarah, dengan rincian 700 kasus pada anak-anak dan 540 kasus pada orang dewasa"))
                .containsExactly(1240.0);
        assertThat(en("it had recorded 1,240 dengue cases, of whom 700 were children")).containsExactly(1240.0);
    }

    @Test
    void aCountOfAnotherThingAfterABreakdownWordIsKept() {
        assertThat(id("tercatat 1.240 kasus demam berdarah, di antaranya 9 pasien meninggal dunia"))
                .containsExactly(1240.0, 9.0);
    }

    @Test
    void aPartTakenOutOfAWholeIsNoTotal() {
        assertThat(id("dari total 1.240 kasus, 85 kasus tergolong berat")).containsExactly(1240.0);
        assertThat(id("85 kasus tergolong berat dari total 1.240 kasus")).containsExactly(1240.0);
    }

    @Test
    void aPartOfATotalSaidBeforeCountingNoNamedThingIsLeftOut() {
        assertThat(id("dari jumlah tersebut, 47 rawat inap dan 364 rawat jalan")).isEmpty();
        assertThat(id("dari jumlah tersebut, 5 orang meninggal dunia")).as("the dead are a toll of their own")
                .containsExactly(5.0);
    }

    @Test
    void aRateIsNoTotal() {
        assertThat(id("rata-rata muncul 60 kasus baru per hari")).isEmpty();
        assertThat(en("it sees about 60 new cases every day")).isEmpty();
        assertThat(id("tercatat 60 kasus baru")).containsExactly(60.0);
    }

    @Test
    void aListOfBodiesIsNoBreakdown() {
        assertThat(id("tim yang terdiri dari dinas, puskesmas dan relawan sudah menangani 1.240 kasus"))
                .containsExactly(1240.0);
    }
}
