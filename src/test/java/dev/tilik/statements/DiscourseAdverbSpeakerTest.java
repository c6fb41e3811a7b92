package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A discourse adverb set off before the speaker (rules {@code clauseOpeners}: "Terpisah", "Awalnya", "Senada dengan Y",
 * "The previous day", "In line with Y") says how the saying stands to the story, not who said it: the speaker starts
 * after it. Sentences the team wrote, of a market fire.
 */
class DiscourseAdverbSpeakerTest {

    @Test
    void anIndonesianDiscourseAdverbIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("id", "Terpisah, Kepala Dinas Pasar Kota Sukamaju Rina Wati mengatakan kios yang terbakar akan dibangun lagi.").speaker())
                .isEqualTo("Kepala Dinas Pasar Kota Sukamaju Rina Wati");
        assertThat(Extract.one("id", "Awalnya, Ketua Paguyuban Pedagang Budi Santoso menyebut api berasal dari kios sayur.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang Budi Santoso");
    }

    @Test
    void theOneAgreedWithIsNotTheSpeaker() {
        assertThat(Extract.one("id", "Senada dengan Wali Kota Sukamaju, Camat Wetan Dedi Kurnia menuturkan pedagang akan dipindah sementara.").speaker())
                .isEqualTo("Camat Wetan Dedi Kurnia");
    }

    @Test
    void anEnglishTimeOrAgreementAdverbialIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("en", "The previous day, Fire Chief Jane Doe said the blaze started in a vegetable stall.").speaker())
                .isEqualTo("Fire Chief Jane Doe");
        assertThat(Extract.one("en", "In line with the mayor, market manager John Roe said traders would be moved for a month.").speaker())
                .isEqualTo("market manager John Roe");
    }
}
