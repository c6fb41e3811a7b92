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

    /** The words of a statement's claim in the folder's article it comes from ("N_language.txt"). */
    private static String claim(String[][] articles, Statement s) {
        String text = articles[Integer.parseInt(s.fileName().substring(0, s.fileName().indexOf('_')))][1];
        return text.substring(s.claim().start(), s.claim().end());
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

    @Test
    void figuresOfOneCountedThingMeetHoweverTheirClaimsAreWorded() {
        String[][] articles = {
                new String[] {"id", "Kepala Basarnas Hendra Gunawan mengatakan 13 orang meninggal di Kecamatan Sukajaya akibat longsor susulan.\n"
                        + "Hendra mengatakan tim gabungan membuka akses jalan desa dengan alat berat."},
                new String[] {"id", "\"Data yang masuk ke posko sudah 17 orang meninggal dunia,\" kata Kepala BPBD Wawan Setiadi.\n"
                        + "Wawan mengatakan jalan desa tertutup material longsor sepanjang dua kilometer."},
                new String[] {"en", "Rescue chief Hendra Gunawan said 19 people died after the second landslide."},
                new String[] {"id", "Camat Sukajaya Dedi Kurnia mengatakan 300 warga mengungsi ke balai desa.\n"
                        + "Dedi menambahkan bantuan logistik dikirim ke posko pengungsian."}};
        List<Statement> all = folder(articles);
        Statement thirteen = all.stream().filter(s -> claim(articles, s).contains("13 orang")).findFirst().orElseThrow();
        Statement seventeen = all.stream().filter(s -> claim(articles, s).contains("17 orang")).findFirst().orElseThrow();
        Statement english = all.stream().filter(s -> s.fileName().contains("en")).findFirst().orElseThrow();
        Statement road = all.stream().filter(s -> claim(articles, s).contains("alat berat")).findFirst().orElseThrow();

        assertThat(thirteen.topic()).as("two outlets' tolls, worded apart").isNotNull().isEqualTo(seventeen.topic());
        assertThat(english.topic()).as("the English toll meets by what it counts").isEqualTo(thirteen.topic());
        assertThat(road.topic()).as("the same speaker on another thing").isNotEqualTo(thirteen.topic());
    }

    @Test
    void aLexiconTopicEveryClaimTouchesDoesNotMakeThemOneClaim() {
        String[][] articles = {
                new String[] {"id", "Kapolres Budi Santoso mengatakan senjata api dipakai saat anggota melerai tawuran dua kelompok pemuda.\n"
                        + "Kepala sekolah Sri Wahyuni membantah siswanya terlibat tawuran dua kelompok pemuda itu."},
                new String[] {"id", "Kapolres Budi Santoso menyebut peluru mengenai korban saat tawuran dua kelompok pemuda.\n"
                        + "Kuasa hukum keluarga Yusuf Maulana mengatakan senjata api itu milik dinas dan pemeriksaan etik masih berjalan di Propam."},
                new String[] {"id", "Kabid Propam Agus Salim mengatakan pemeriksaan etik anggota pemegang senjata api masih berjalan.\n"
                        + "Agus mengatakan pemeriksaan etik dilakukan terbuka dan diawasi Kompolnas."},
                new String[] {"en", "The school denied that its students took part in any brawl."}};
        List<Statement> all = folder(articles);
        Statement brawl = all.stream().filter(s -> claim(articles, s).contains("melerai")).findFirst().orElseThrow();
        Statement ethics = all.stream().filter(s -> claim(articles, s).contains("anggota pemegang")).findFirst().orElseThrow();

        assertThat(brawl.topic()).as("a proposition of its own words").isNotNull();
        assertThat(ethics.topic()).as("the ethics inquiry is another claim, though both name the gun").isNotEqualTo(brawl.topic());
    }
}
