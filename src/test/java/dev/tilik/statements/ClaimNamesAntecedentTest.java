package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun's speaker is not the person its own claim speaks of in the third person: "…, Pak Rudi memberikan izin,"
 * ujarnya is said about Rudi, so "-nya" is the speaker before him, in sentences the team wrote (a market hall and a
 * textile mill in an invented town).
 */
class ClaimNamesAntecedentTest {

    private static final String OPENING = "Anggota DPRD Kota Sukamaju, Dodi Hartanto menyoroti sengketa lahan pasar.\n"
            + "Dirinya mengatakan permasalahan lahan itu rumit.\n"
            + "Rudi Santoso menjanjikan tidak akan menggusur pedagang pasar.\n";

    /** The speaker of the last statement the text gives. */
    private static Statement last(String text) {
        List<Statement> s = Extract.id(text);
        return s.get(s.size() - 1);
    }

    @Test
    void aPronounWhoseClaimNamesTheLatestSpeakerIsTheSpeakerBefore() {
        Statement s = last(OPENING
                + "\"Waktu itu Pak Rudi memberikan izin sementara, padahal itu tanah milik negara,\" ujarnya kepada wartawan.");

        assertThat(s.speaker()).isEqualTo("Anggota DPRD Kota Sukamaju, Dodi Hartanto");
        assertThat(s.party()).isEqualTo("DPRD");
    }

    @Test
    void aPronounWhoseClaimNamesSomeoneElseStaysWithTheLatestSpeaker() {
        assertThat(last(OPENING
                + "\"Waktu itu Pak Dodi menolak izin sementara, padahal pedagang butuh tempat,\" ujarnya kepada wartawan.")
                .speaker()).isEqualTo("Rudi Santoso");
    }

    @Test
    void aPronounWithNoOtherPersonInReachKeepsTheSpeakerItsClaimNames() {
        assertThat(last("Rudi Santoso menjanjikan tidak akan menggusur pedagang pasar.\n"
                + "\"Saya, Rudi, akan menjaga pedagang pasar,\" ujarnya kepada wartawan.").speaker()).isEqualTo("Rudi Santoso");
    }

    @Test
    void theBodyInAnOfficeIsNoPartOfTheName() {
        assertThat(last("Pengadilan Niaga Wetan menolak permohonan PT Wetan Tekstil.\n"
                + "Koordinator Serikat Pekerja Wetan Group Rina Saraswati mengatakan pekerja merasa tidak adil.\n"
                + "Ia menyebut, putusan itu jatuh saat pabrik Wetan Group masih berproduksi secara normal.").speaker())
                .isEqualTo("Koordinator Serikat Pekerja Wetan Group Rina Saraswati");
    }
}
