package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker named after a cue is the person, never the building or the meeting it was said at. The team's own
 * sentences on an invented story of a flooded market.
 */
class SpokenPlaceTest {

    @Test
    void aPersonsNameStopsBeforeThePlaceOrMeeting() {
        assertThat(speaker("id", "\"Pasar akan dibuka lagi pekan depan,\" kata Rina di Gedung Serbaguna Sukamaju, "
                + "Senin (3/3)."))
                .as("a bare name").isEqualTo("Rina");
        assertThat(speaker("id", "\"Kerugian pedagang belum kami hitung,\" ujar Sekda Sukamaju Budi Hartono dalam "
                + "Rapat Koordinasi Banjir di Aula Wetan."))
                .as("a name after an office").isEqualTo("Sekda Sukamaju Budi Hartono");
        assertThat(speaker("id", "\"Tidak ada korban jiwa,\" kata Kapolsek Wetan Kompol. Dodi di Posko Pasar Baru."))
                .as("a name after a rank written with its point").isEqualTo("Kapolsek Wetan Kompol. Dodi");
        assertThat(speaker("en", "\"The market will reopen next week,\" said Rina Wulandari in Sukamaju on Monday."))
                .as("an English name before the city").isEqualTo("Rina Wulandari");
    }

    @Test
    void aPassiveVerbBetweenTheNameAndThePlaceIsNoPartOfTheSpeaker() {
        assertThat(speaker("id", "\"Semua pedagang sudah kami data,\" kata Budi dijumpai di Balai Kota Sukamaju, Rabu."))
                .as("a bare name").isEqualTo("Budi");
        assertThat(speaker("id", "\"Pasar dibuka besok,\" ujar Lurah Wetan Rina Wulandari ditemui di Posko Pasar Baru."))
                .as("a name after an office").isEqualTo("Lurah Wetan Rina Wulandari");
    }

    @Test
    void anOfficeAndItsSeatStayOneSpeaker() {
        assertThat(speaker("id", "\"Warga kami aman,\" kata Duta Besar Wetan di Sukamaju."))
                .isEqualTo("Duta Besar Wetan di Sukamaju");
    }

    private static String speaker(String language, String text) {
        return Extract.one(language, text).speaker();
    }

    @Test
    void aDescribedPersonAfterTheCutNameIsThatName() {
        java.util.List<Statement> found = Extract.id("Atas kejadian ini, Ketua Komisi IV DPR RI Sumarsono mendesak agar "
                + "dilakukan evaluasi terhadap Kapolres Sukamaju.\n\n"
                + "\u201CWarga sudah lama mengeluh. Kami sependapat juga,\u201D kata Sumarsono dalam Rapat Dengar Pendapat "
                + "Komisi IV DPR RI di Gedung Nusantara, Jumat (3/3/2026).\n\n"
                + "Politisi Fraksi Partai Sukamaju ini pun mengungkapkan pihaknya kesulitan menghubungi Kapolres.");
        assertThat(found.get(found.size() - 2).speaker()).isEqualTo("Sumarsono");
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo("Sumarsono");
    }
}
