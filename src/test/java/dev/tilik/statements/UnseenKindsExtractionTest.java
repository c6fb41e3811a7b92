package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extraction causes seen in three or more development stories, shown on sentences the team wrote in the
 * style of story kinds none of the sets is about (a landslide, an election count dispute, a court verdict,
 * a strike, a disease outbreak, a building collapse): a page cut from the middle of an article opening with
 * a clitic that nothing before names; a pronoun nothing names standing for no one a later pronoun could take;
 * verbs of saying, answering back, complaining, correcting, accusing and finding out the rules lacked, in
 * both languages; a passive denial or statement without its agent marker; whom a speaker told, between the
 * cue and "that"; an assurance after an opening adverbial.
 */
class UnseenKindsExtractionTest {

    private static String claim(String language, String text, Statement s) {
        return Extract.claim(language, text, s);
    }

    @Test
    void aPageOpeningWithACliticSpeaksForTheFirstSpeakerItGoesOnToName() {
        // a landslide story scraped from its second page: the quotation's speaker is named right after it
        String text = "\"Tim masih mencari tiga warga yang tertimbun,\" imbuhnya.\n"
                + "Kepala BPBD Lintang Rina Wati menjelaskan, alat berat baru tiba sore tadi.\n"
                + "\"Kami minta warga menjauhi lereng,\" sambung dia.";
        List<Statement> all = Extract.id(text);
        assertThat(all).extracting(Statement::speaker).containsExactly(
                "Kepala BPBD Lintang Rina Wati", "Kepala BPBD Lintang Rina Wati", "Kepala BPBD Lintang Rina Wati");
    }

    @Test
    void aPronounNothingNamesIsNoAntecedentForTheNextOne() {
        // an election count dispute: the witness named by one word speaks after a pronoun nothing named
        String text = "Seorang saksi yang ikut penghitungan memberikan keterangan lain. Ia menyatakan kotak suara dibuka sebelum pleno.\n"
                + "\"Segelnya sudah rusak,\" kata Darto.\n"
                + "Ia membantah bahwa saksi lain ikut menandatangani berita acara.";
        List<Statement> all = Extract.id(text);
        assertThat(all).extracting(Statement::speaker).containsExactly("Darto", "Darto", "Darto");
    }

    @Test
    void verbsOfSayingTheRulesLackedAttribute() {
        String[][] rows = {
            // a court verdict, a strike, an election count dispute, a price row
            {"Jaksa menimpali bahwa terdakwa sudah dua kali mangkir dari sidang.", "Jaksa", "terdakwa sudah dua kali mangkir dari sidang"},
            {"Ketua serikat mengeluhkan upah lembur belum dibayar sejak Maret.", "Ketua serikat", "upah lembur belum dibayar sejak Maret"},
            {"Komisioner KPU Lintang Rina Wati meluruskan bahwa rekapitulasi belum selesai.", "Komisioner KPU Lintang Rina Wati", "rekapitulasi belum selesai"},
            {"Tim kampanye menuding petugas mengubah angka di dua TPS.", "Tim kampanye", "petugas mengubah angka di dua TPS"},
            {"Petugas Dinas Kesehatan menemukan adanya sumur yang tercemar di desa itu.", "Petugas Dinas Kesehatan", "sumur yang tercemar di desa itu"},
            {"Auditor menemukan bahwa harga beras di gudang dinaikkan dua kali.", "Auditor", "harga beras di gudang dinaikkan dua kali"},
        };
        for (String[] row : rows) {
            Statement s = Extract.one("id", row[0]);
            assertThat(s.speaker()).as(row[0]).isEqualTo(row[1]);
            assertThat(claim("id", row[0], s)).as(row[0]).isEqualTo(row[2]);
        }
        String quoted = "\"Itu bukan kebodohan, itu soal anggaran,\" timpal Andi Saputra.";
        assertThat(Extract.one("id", quoted).speaker()).isEqualTo("Andi Saputra");
    }

    @Test
    void aPassiveDenialOrStatementWithoutItsAgentMarker() {
        String denied = "Kabar retaknya tiang gedung itu dibantah Kepala Dinas Pekerjaan Umum Lintang, Budi Santoso.";
        Statement d = Extract.one("id", denied);
        assertThat(d.speaker()).isEqualTo("Kepala Dinas Pekerjaan Umum Lintang, Budi Santoso");
        assertThat(d.stance()).isEqualTo(Stance.DENY);
        String said = "Keputusan mogok kerja selama tiga hari itu disampaikan oleh Ketua Serikat Pekerja Andi Saputra.";
        assertThat(Extract.one("id", said).speaker()).isEqualTo("Ketua Serikat Pekerja Andi Saputra");
    }

    @Test
    void englishVerbsOfSayingAndOfFindingOut() {
        String informed = "Health Minister Rina Wati informed reporters that the outbreak will not spread beyond the district.";
        Statement s = Extract.one("en", informed);
        assertThat(s.speaker()).isEqualTo("Health Minister Rina Wati");
        // whom she told is no part of what she said
        assertThat(claim("en", informed, s)).isEqualTo("the outbreak will not spread beyond the district");
        String[][] rows = {
            {"The striking drivers vowed to stay off the roads until Friday.", "The striking drivers"},
            {"An independent audit found that the school had inflated its enrolment figures.", "An independent audit"},
            {"The inspectors uncovered cracks in three of the building's columns.", "The inspectors"},
        };
        for (String[] row : rows) {
            assertThat(Extract.one("en", row[0]).speaker()).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void anAssuranceAfterAnOpeningAdverbialDenies() {
        // a strike: the board's promise comes after "after yesterday's talks,"
        String text = "Ketua Serikat Pekerja Andi Saputra mengatakan, setelah perundingan kemarin, direksi sudah berjanji untuk tidak memotong upah.";
        assertThat(Extract.one("id", text).stance()).isEqualTo(Stance.DENY);
    }
}
