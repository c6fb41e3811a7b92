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
    @Test
    void aPrepositionalOrTimeSegmentBeforeTheSpeakerIsNoPartOfIt() {
        assertThat(Extract.one("id", "Selain kios yang terbakar, Dinas Pasar Kota Sukamaju juga mencatat 12 gudang rusak.").speaker())
                .isEqualTo("Dinas Pasar Kota Sukamaju");
        assertThat(Extract.one("id", "Berdasarkan keterangan awal, Kepala Dinas Pasar Rina Wati menyebut api berasal dari kios sayur.").speaker())
                .isEqualTo("Kepala Dinas Pasar Rina Wati");
        assertThat(Extract.one("id", "Atas kejadian itu, Ketua Paguyuban Pedagang Budi Santoso meminta maaf kepada pembeli.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang Budi Santoso");
        assertThat(Extract.one("id", "Pukul 14.20 WIB, petugas menyatakan api sudah padam.").speaker())
                .isEqualTo("petugas");
    }

    @Test
    void aCitedOutletBeforeTheSpeakerIsNoPartOfIt() {
        assertThat(Extract.one("id", "Melansir Harian Sukamaju, Camat Wetan Dedi Kurnia menyebut pedagang akan dipindah sementara.").speaker())
                .isEqualTo("Camat Wetan Dedi Kurnia");
    }

    @Test
    void anAdverbInNyaOrAReportingPassiveBeforeTheSpeakerIsNoPartOfIt() {
        assertThat(Extract.one("id", "Pasalnya, Camat Wetan Dedi Kurnia menilai pasar itu terlalu padat.").speaker())
                .isEqualTo("Camat Wetan Dedi Kurnia");
        assertThat(Extract.one("id", "Menariknya, Ketua Paguyuban Pedagang Budi Santoso membantah ada korsleting.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang Budi Santoso");
        assertThat(Extract.one("id", "Di sisi lain, ditemui terpisah, Wali Kota Sukamaju Ani Lestari mengatakan pasar akan dibangun lagi.").speaker())
                .isEqualTo("Wali Kota Sukamaju Ani Lestari");
    }

    @Test
    void aPassiveOfBeingAskedForTheWordsIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("id", "\"Kios yang terbakar akan dibangun lagi,\" kata Kepala Dinas Pasar Rina Wati dikonfirmasi, Selasa (8/4/2025).").speaker())
                .isEqualTo("Kepala Dinas Pasar Rina Wati");
        assertThat(Extract.one("id", "Ketua Paguyuban Pedagang Budi Santoso dimintai keterangan terpisah, menyebut api berasal dari kios sayur.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang Budi Santoso");
    }

    /** After a passive of being asked, set off after the name, come its agent or its time: never the speaker. */
    @Test
    void aPassiveOfBeingAskedAfterTheNameIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("id", "Kepala Dinas Pasar Sukamaju, Rina Wati, dikonfirmasi Selasa (8/4), mengatakan api berasal dari kios sayur.").speaker())
                .isEqualTo("Kepala Dinas Pasar Sukamaju, Rina Wati");
        assertThat(Extract.one("id", "Ketua Paguyuban Pedagang, Budi Santoso, saat ditemui Rabu (9/4), menyebut pedagang sudah mengungsi.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang, Budi Santoso");
        assertThat(Extract.one("id", "Camat Wetan Dedi Kurnia, ketika dihubungi wartawan, Kamis (10/4), membantah ada korban jiwa.").speaker())
                .isEqualTo("Camat Wetan Dedi Kurnia");
    }

    @Test
    void aClauseBeforeAContrastIsNoPartOfTheSpeakerWhateverItsVerb() {
        assertThat(Extract.one("id", "Pukul 10.00 WIB, pedagang tiba di pasar, namun petugas menyatakan kios masih disegel.").speaker())
                .isEqualTo("petugas");
        assertThat(Extract.one("id", "Warga datang ke balai kota, tetapi Wali Kota Sukamaju Ani Lestari mengatakan pasar belum dibuka.").speaker())
                .isEqualTo("Wali Kota Sukamaju Ani Lestari");
    }

    @Test
    void aConcessionPairedWithAContrastIsNoPartOfTheSpeaker() {
        // "meski … tetapi …" with no comma between: the grant was read as the speaker, and no statement came
        String text = "Meski kios pasar terbakar habis tetapi ia berdalih belum ada pedagang yang merugi.";
        Statement s = Extract.one("id", text);
        assertThat(s.speaker()).isEqualTo("ia");
        assertThat(Extract.claim("id", text, s)).isEqualTo("belum ada pedagang yang merugi");
        assertThat(Extract.one("id", "Walaupun pasar sudah dibuka namun Kepala Dinas Perdagangan Sukamaju Ani Lestari mengatakan "
                + "kios blok B masih disegel.").speaker()).isEqualTo("Kepala Dinas Perdagangan Sukamaju Ani Lestari");
    }

    @Test
    void anEnglishRespondingClauseIsNoPartOfTheSpeaker() {
        assertThat(Extract.one("en", "Responding to the fire, the city's market agency said traders would be moved.").speaker())
                .isEqualTo("the city's market agency");
    }
}
