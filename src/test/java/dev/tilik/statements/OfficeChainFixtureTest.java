package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks and for whom when an office names its body before the name ({@code fixtures/offices-any}: a diarrhoea
 * outbreak in an invented regency, the team's own sentences, Indonesian and English): a profession's honorific in
 * lower case ("dr Sari Andini", "drg. Lina") is part of the office-body-name chain, so the chain speaks and the body's
 * short form it defines is its party, carried to the person named again alone; a reported cue in the passive with its
 * agent as the clitic ("diakuinya") speaks for the subject of the sentence's first clause, or the clitic.
 */
class OfficeChainFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("offices-any");
    private static final String CHAIN = "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Lintang "
            + "(Dinkes Lintang) dr Sari Andini";

    @Test
    void anOfficeChainWithALowerCaseHonorificSpeaksForTheBodyItNames() throws Exception {
        assertThat(FOLDER.parties("701_kabarlintang_id.txt", CHAIN)).containsExactly("Dinkes Lintang");
        assertThat(FOLDER.parties("701_kabarlintang_id.txt", "Sari")).as("named again alone").containsExactly("Dinkes Lintang");
        assertThat(FOLDER.parties("703_wetanpost_en.txt", "Sari")).as("in English, the folder's body").containsExactly("Dinkes Lintang");
    }

    @Test
    void aPassiveWithItsAgentsCliticSpeaksForTheClausesSubject() throws Exception {
        assertThat(FOLDER.statements()).filteredOn(s -> s.speaker().equals("Camat Sukamaju Hendra Wijaya"))
                .extracting(s -> s.stance()).containsExactly(dev.tilik.model.Stance.CONFIRM);
    }

    @Test
    void theHonorificAloneKeepsALongChainTitled() {
        List<Statement> got = Extract.id("Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular Dinas Kesehatan Kota "
                + "Wetan dr Budi Santoso mengatakan dua pasien sudah pulang.");
        assertThat(got).extracting(Statement::speaker).containsExactly(
                "Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular Dinas Kesehatan Kota Wetan dr Budi Santoso");
    }

    @Test
    void everyCueOfTheParadigmHasItsPassiveWithAClitic() {
        assertThat(Extract.id("Rina Wati datang ke lokasi, dan ditegaskannya bahwa jalan itu ditutup.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Rina Wati"));
        assertThat(Extract.id("Petugas menutup jalan desa. Disebutnya, longsor susulan masih mungkin terjadi.")).isNotEmpty();
        assertThat(Extract.id("Warga masih mengingat apa yang dikatakannya pada rapat desa."))
                .as("after a relative marker the passive names what was said").isEmpty();
        assertThat(Extract.id("Jalan itu diperbaikinya sejak pekan lalu.")).as("a verb that is no cue").isEmpty();
    }
}
