package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker named by the short form the article wrote in brackets after a full name is that person; a one-word name
 * the article never bracketed stays as written. The team's own sentences on an invented flood in Wetan.
 */
class BracketedShortFormTest {

    @Test
    void theShortFormIsTheFullName() {
        assertThat(Extract.lastSpeaker("Sebelumnya, Gubernur Wetan Rudi Hartono (Rudiono) meninjau tanggul yang jebol pada Minggu.\n\n"
                + "\"Kawasan ini tidak bisa lagi ditinggali,\" kata Rudiono."))
                .contains("Rudi Hartono");
    }

    @Test
    void aOneWordNameNeverBracketedStays() {
        assertThat(Extract.lastSpeaker("Sebelumnya, Gubernur Wetan Rudi Hartono meninjau tanggul yang jebol pada Minggu.\n\n"
                + "\"Kawasan ini tidak bisa lagi ditinggali,\" kata Rudiono."))
                .isEqualTo("Rudiono");
    }

    @Test
    void twoNamesBeforeTheSameShortFormLeaveIt() {
        assertThat(Extract.lastSpeaker("Gubernur Wetan Rudi Hartono (Rudiono) meninjau tanggul. Camat Rudi Santoso (Rudiono) ikut hadir.\n\n"
                + "\"Kawasan ini tidak bisa lagi ditinggali,\" kata Rudiono."))
                .isEqualTo("Rudiono");
    }

    @Test
    void anOfficesShortFormIsNoPersonsName() {
        assertThat(Extract.lastSpeaker("Kepala Staf Pasukan Wetan (Kaspawet) Jenderal Rudi Hartono meninjau tanggul yang jebol.\n\n"
                + "\"Kawasan ini tidak bisa lagi ditinggali,\" kata Kaspawet."))
                .doesNotContain("Pasukan Wetan");
    }
}
