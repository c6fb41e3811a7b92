package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a cue, an office whose name holds a role word, a unit's number or a conjunction, then the person's name set off
 * by commas: the name speaks with the office, in sentences the team wrote (a warehouse fire in an invented town).
 */
class OfficeThenNameAfterCueTest {

    private static String speaker(String text) {
        List<Statement> s = Extract.id(text);
        assertThat(s).hasSize(1);
        return s.get(0).speaker();
    }

    @Test
    void aUnitNumberInTheOffice() {
        assertThat(speaker("\"Korban yang masih dirawat mengalami luka bakar,\" ujar Danramil 07 Wetan, "
                + "Mayor Infanteri Sutarno, dalam keterangannya.")).isEqualTo("Danramil 07 Wetan, Mayor Infanteri Sutarno");
    }

    @Test
    void aConjunctionInTheOffice() {
        assertThat(speaker("\"Rumah yang terbakar belum terhitung,\" ungkap Perwira Piket Suku Dinas Pemadam Kebakaran "
                + "dan Penyelamatan Kota Wetan, Hartono, Sabtu."))
                .isEqualTo("Perwira Piket Suku Dinas Pemadam Kebakaran dan Penyelamatan Kota Wetan, Hartono");
    }

    @Test
    void aRoleWordOpeningTheOffice() {
        assertThat(speaker("\"Kami sedang meminta keterangan saksi,\" kata Anggota Komisi Wetan, Rina Saraswati, "
                + "saat konferensi pers.")).isEqualTo("Anggota Komisi Wetan, Rina Saraswati");
    }

    @Test
    void aNameBeforeAPlaceStaysTheName() {
        assertThat(speaker("\"Gudang itu sudah lama kosong,\" kata Rina Saraswati, Wetan, saat dihubungi."))
                .isEqualTo("Rina Saraswati");
    }
}
