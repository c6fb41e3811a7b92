package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Propositions from the folder's own words, for a story no rules lexicon knows: claims about one
 * thing meet, in Indonesian and English; claims about another do not; a claim negating what others
 * assert denies it; a lexicon topic named once in a folder about something else steps aside.
 */
class PropositionsTest {

    private static List<Statement> folder(String[]... articles) {
        return Extract.folder(articles);
    }

    private static final String[][] FLOOD = {
            {"id", "BPBD Sukamaju menyatakan banjir disebabkan tanggul Sungai Cilamaya yang jebol.\n"
                    + "Kepala BPBD Rudi Hartono mengatakan 12 orang meninggal dunia akibat banjir."},
            {"id", "Warga Mekarsari mengaku air datang dari tanggul yang jebol.\n"
                    + "Kapolres Bambang Sutrisno mengatakan 19 orang meninggal dunia akibat banjir."},
            {"id", "Kepala BBWS Ahmad Fauzi menegaskan banjir disebabkan curah hujan ekstrem, bukan tanggul jebol."},
            {"en", "Disaster agency chief Rudi Hartono said the levee breach caused the flood."},
            // the rest of the folder: a proposition is a part of the story, so its words are not the background
            {"id", "Camat Sukamaju Dedi Supriadi mengatakan 300 warga mengungsi ke balai desa.\n"
                    + "Dinas Sosial menyebut bantuan logistik dikirim ke posko pengungsian.\n"
                    + "Dedi menambahkan posko pengungsian kekurangan air bersih."},
    };

    @Test
    void claimsAboutOneThingMeetAcrossLanguagesAndOthersDoNot() {
        List<Statement> all = folder(FLOOD);
        String levee = all.stream().filter(s -> s.speaker().startsWith("BPBD")).findFirst().orElseThrow().topic();
        Statement resident = all.stream().filter(s -> s.speaker().contains("Warga")).findFirst().orElseThrow();
        Statement english = all.stream().filter(s -> s.fileName().contains("en")).findFirst().orElseThrow();
        Statement toll = all.stream().filter(s -> s.speaker().contains("Bambang")).findFirst().orElseThrow();

        assertThat(levee).as("a label from the group's own words").isNotNull().containsAnyOf("tanggul", "jebol");
        assertThat(resident.topic()).isEqualTo(levee);
        assertThat(english.topic()).as("the glossary carries the English claim to the Indonesian words").isEqualTo(levee);
        assertThat(toll.topic()).isNotEqualTo(levee);
    }

    @Test
    void aClaimNegatingWhatOthersAssertDeniesIt() {
        List<Statement> all = folder(FLOOD);
        Statement rain = all.stream().filter(s -> s.speaker().contains("Ahmad")).findFirst().orElseThrow();
        Statement agency = all.stream().filter(s -> s.speaker().startsWith("BPBD")).findFirst().orElseThrow();

        assertThat(rain.stance()).isEqualTo(Stance.DENY);
        assertThat(agency.stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aLexiconTopicNamedOnceInAFolderAboutSomethingElseStepsAside() {
        List<Statement> all = folder(
                new String[] {"id", "Pertamina menyebut kerja sama dengan mitra tetap berjalan.\n"
                        + "Fadjar menegaskan Pertamax yang dijual di SPBU sesuai spesifikasi."},
                new String[] {"id", "Kejagung menyebut Pertamax dicampur dengan Pertalite di depo.\n"
                        + "Harli mengatakan Pertamax dicampur sebelum dijual di SPBU."},
                new String[] {"id", "Pertamina menegaskan Pertamax di SPBU sesuai spesifikasi pemerintah."});

        assertThat(all).extracting(Statement::topic).doesNotContain("cooperation");
    }

    @Test
    void theObjectOfANegatedVerbIsNotClaimedSoItsNegationDeniesNothing() {
        List<Statement> all = folder(
                new String[] {"id", "Dinas Perhubungan menyatakan sopirnya tidak memiliki catatan pelanggaran.\n"
                        + "\"Tidak ada catatan pelanggaran,\" ujar Kepala Dinas Perhubungan Hendro Wijaya."},
                new String[] {"id", "Kapolres Dewi Lestari mengatakan sopir itu tidak memiliki catatan pelanggaran."},
                new String[] {"id", "Camat Rahmat Hidayat mengatakan dua rumah warga rusak tertimpa muatan truk."});
        Statement noun = all.stream().filter(s -> s.speaker().contains("Hendro")).findFirst().orElseThrow();

        assertThat(noun.stance()).as("one negative fact told twice, not a denial of the other").isEqualTo(Stance.ASSERT);
    }
}
