package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's party comparison: one body written with or without its level word, its place long or short. */
class EvaluationPartyNamesTest {
    private static final StatementExtractor EXTRACTOR = new StatementExtractor(Extract.RULES);

    private static PartyNames folder(String... texts) {
        return EXTRACTOR.evaluationPartyNames(List.of(texts));
    }

    @Test
    void aBodyWrittenWithOrWithoutItsLevelWordIsOne() {
        PartyNames names = folder("Banjir merendam tiga desa di Kabupaten Wetan, Jawa Kidul.",
                "Kepala BPBD Kabupaten Wetan Budi Santoso mengatakan air mulai surut.");
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Wetan")).isTrue();
        assertThat(names.sameBody("BPBD Wetan", "BPBD Kabupaten Wetan")).isTrue();
        assertThat(names.sameBody("Dinkes Kabupaten Wetan+BPBD", "BPBD+Dinkes Wetan")).as("each part of a composite").isTrue();
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Kidul")).isFalse();
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "Dinkes Wetan")).isFalse();
        assertThat(names.same("BPBD Kabupaten Wetan", "BPBD Wetan")).as("the comparison the analysis asks is as it was").isFalse();
    }

    @Test
    void aProvinceTheFolderWritesLongAndShortIsOneButNotItsRegency() {
        PartyNames names = folder("Hujan deras melanda Jawa Kidul (Jakid) sejak pagi.",
                "Longsor terjadi di Kabupaten Wetan, Jawa Kidul.");
        assertThat(names.sameBody("BPBD Jawa Kidul", "BPBD Jakid")).isTrue();
        assertThat(names.sameBody("BPBD Provinsi Jawa Kidul", "BPBD Jakid")).isTrue();
        assertThat(names.sameBody("BPBD Jakid", "BPBD Provinsi Jawa Kidul")).isTrue();
        assertThat(names.sameBody("BPBD Jawa Kidul", "BPBD Wetan")).as("the regency's body is not its province's").isFalse();
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Jakid")).isFalse();
    }

    @Test
    void aRegencyAndACityOfOneNameStayTwoBodies() {
        PartyNames names = folder("Banjir melanda Kabupaten Wetan dan Kota Wetan.",
                "BPBD Kabupaten Wetan mengerahkan perahu ke Kabupaten Wetan bagian utara.");
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Kota Wetan")).isFalse();
        assertThat(names.sameBody("BPBD Kota Wetan", "BPBD Kabupaten Wetan")).isFalse();
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Wetan")).as("the level the folder writes the place with most")
                .isTrue();
        assertThat(names.sameBody("BPBD Kota Wetan", "BPBD Wetan")).as("the city is written less: the bare name is the regency's")
                .isFalse();
    }

    @Test
    void aPlaceWrittenAtTwoLevelsAsOftenHasNoUsualLevel() {
        PartyNames names = folder("Banjir melanda Kabupaten Wetan dan Kota Wetan.");
        assertThat(names.sameBody("BPBD Kabupaten Wetan", "BPBD Wetan")).isFalse();
        assertThat(names.sameBody("BPBD Kota Wetan", "BPBD Wetan")).isFalse();
    }
}
