package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker named before its cue is the person, never the occasion said after the name. The team's own sentences on
 * an invented story of a flooded market.
 */
class SpokenOccasionTest {

    @Test
    void aPersonsNameBeforeTheCueStopsBeforeTheOccasion() {
        assertThat(speaker("Wakil Menteri Perdagangan Rina Wulandari dalam keterangan resminya di Sukamaju, Senin, "
                + "menyatakan pasar akan dibuka lagi pekan depan."))
                .as("an office and a name before a statement").isEqualTo("Wakil Menteri Perdagangan Rina Wulandari");
        assertThat(speaker("Sekda Sukamaju Budi Hartono saat ditemui di Balai Kota Sukamaju, mengatakan kerugian "
                + "pedagang belum dihitung."))
                .as("a name before where it was met").isEqualTo("Sekda Sukamaju Budi Hartono");
        assertThat(speaker("Dodi usai rapat di Gedung Serbaguna Sukamaju, Selasa (4/3), menegaskan tidak ada korban jiwa."))
                .as("a bare name before a meeting").isEqualTo("Dodi");
    }

    @Test
    void anOfficeAndItsSeatBeforeTheCueStayWhole() {
        assertThat(speaker("Kepala Dinas di Kabupaten Sukamaju menegaskan tidak ada korban jiwa."))
                .isEqualTo("Kepala Dinas di Kabupaten Sukamaju");
        assertThat(speaker("Konsul Jenderal RI di Sukamaju menyatakan warga aman."))
                .isEqualTo("Konsul Jenderal RI di Sukamaju");
    }

    private static String speaker(String text) {
        return Extract.one("id", text).speaker();
    }
}
