package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A politician noun before a party's name and a person's ("Politikus Nusantara Rudi Hartanto") gives the person that
 * party, and the person quoted later by one name ("kata Rudi") speaks for it. A description made definite by a
 * demonstrative ("Politikus Partai Nusantara ini") names no one, and a place after the noun is no party. On a story the
 * team wrote (a fuel depot fire in an invented Wetan; every name and party invented).
 */
class PoliticianPartyTest {

    @Test
    void aPoliticianNounBeforeAPartysNameGivesThePersonThatParty() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Depo bahan bakar Wetan akan dipindahkan setelah kebakaran pekan lalu. "
                        + "Langkah itu mendapat dukungan. Salah satunya disampaikan Politikus Nusantara Rudi Hartanto. "
                        + "\"Saya kira langkah ini patut dipuji,\" kata Rudi.",
                "politisi PWR Agus Setiawan mengapresiasi langkah pemindahan depo Wetan. "
                        + "\"Ini solusi yang sangat pro rakyat,\" kata Agus di Jakarta."));
        assertThat(p.get("Rudi")).as("the narration's politician quoted by one name").isEqualTo("Nusantara");
        assertThat(p.get("Agus")).as("after the noun in lower case, an acronym").isEqualTo("PWR");
    }

    @Test
    void aDescribedPoliticianOrAPlaceAfterTheNounGivesNoParty() {
        Map<String, String> p = partiesBySpeaker(folder("Kebakaran depo terjadi di Kabupaten Wetan pada Jumat malam. "
                + "Politikus Wetan Budi Santoso datang ke lokasi. \"Warga harus dipindahkan,\" kata Budi. "
                + "Politikus Partai Nusantara ini juga meminta audit. \"Semua depo harus diperiksa,\" ujar Joko Susilo."));
        assertThat(p.get("Budi")).as("a place after the noun").isNotEqualTo("Wetan");
        assertThat(p.get("Joko Susilo")).as("no politician noun before his name").isNotEqualTo("Nusantara");
    }
}
