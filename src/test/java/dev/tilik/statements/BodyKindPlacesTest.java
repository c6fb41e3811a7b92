package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A word naming a kind of organisation ("Dinas", "Lembaga") is never a place, though copy writes it after the place
 * marker "di" ("sampel diperiksa di Dinas Kesehatan"): the body the folder defines by a short form ("Dinas Kesehatan
 * (Dinkes)") stays a body and its speakers speak for it. Invented sentences on an invented province.
 */
class BodyKindPlacesTest {
    @Test
    void aBodyWrittenAfterDiIsNoPlaceAndItsShortFormSpeaks() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Warga Provinsi Jawa Kulon (Jakul) resah. Kepala Dinas Kesehatan (Dinkes) Jakul Rina Wulandari mengatakan 12 warga positif. "
                        + "Sampel darah warga diperiksa di Dinas Kesehatan Jakul.",
                "Kepala Dinkes Jakul Rina Wulandari mengatakan tidak ada pasien yang dirawat.",
                "Kepala Dinas Kesehatan Jakul, Budi Santoso, mengatakan vaksin sudah tiba di Jawa Kulon.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Kepala Dinkes Jakul Rina Wulandari")).isEqualTo("Dinkes Jakul");
        assertThat(p.get("Kepala Dinas Kesehatan Jakul, Budi Santoso")).isEqualTo("Dinkes Jakul");
    }
}
