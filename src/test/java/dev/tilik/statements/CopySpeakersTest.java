package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers real copy garbles, in sentences the team wrote in the style of story kinds none of the development sets is
 * about (a landslide, an election count, a court case, a disease outbreak): a clause opening with a verb set off before
 * the speaker ("Mendengar hal itu, Bupati X meminta …") is what the speaker did first; a person described and made
 * definite by a demonstrative ("Politikus Partai X ini menyebut …") is the person named before; a name set off after a
 * prefix cue's office ("Menurut Kepala Desa X, Joko Susilo, longsor …") speaks with it and is no part of the claim; in
 * English, a name opening the subject with an apposition after it ("Maria Lopes, head of the agency that oversees …,
 * said") speaks, not the last noun of the apposition.
 */
class CopySpeakersTest {

    @Test
    void aClauseOpeningWithAVerbSetOffBeforeTheSpeakerIsNoPartOfIt() {
        String[][] rows = {
            // a landslide; an election count
            {"Mendengar hal itu, Bupati Sukamaju Rina Wati meminta semua warga menjauhi lereng.", "Bupati Sukamaju Rina Wati"},
            {"Menanggapi keberatan saksi, Ketua KPU Lintang Andi Pratama menegaskan rekapitulasi sudah sesuai prosedur.",
                "Ketua KPU Lintang Andi Pratama"},
        };
        for (String[] row : rows) {
            assertThat(Extract.one("id", row[0]).speaker()).as(row[0]).isEqualTo(row[1]);
        }
        // a name of a verb's shape goes on capitalised, an office's word is a title: both speak
        assertThat(Extract.one("id", "Megawati Soekarnoputri, Ketua Umum Partai Maju, mengatakan hasil hitung cepat belum final.")
                .speaker()).startsWith("Megawati Soekarnoputri");
        assertThat(Extract.one("id", "Menteri Kesehatan, Budi Santoso, mengatakan kasus campak menurun.").speaker())
                .startsWith("Menteri Kesehatan");
    }

    @Test
    void aPersonDescribedWithADemonstrativeIsThePersonNamedBefore() {
        // a court case: the lawyer named, then described as the member of a party "ini", then the clitic
        List<Statement> all = Extract.id("Kuasa hukum terdakwa, Rudi Hartono, mengatakan kliennya tidak menerima uang suap.\n\n"
                + "Politikus Partai Maju Bersama ini juga menyebut dakwaan jaksa tidak didukung bukti.\n\n"
                + "\"Kami akan mengajukan eksepsi,\" kilahnya.");
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(s -> assertThat(s.speaker()).contains("Rudi Hartono"));
        // a role word opening the description does as much
        List<Statement> chair = Extract.id("Ketua Bawaslu Lintang Andi Pratama mengatakan ada 12 laporan pelanggaran.\n\n"
                + "Ketua Relawan Pemilu Bersih (RPB) itu menegaskan semua laporan akan diperiksa.");
        assertThat(chair.get(1).speaker()).contains("Andi Pratama");
    }

    @Test
    void aBodyDescribedWithADemonstrativeIsNoPersonNamedBefore() {
        // a disease outbreak: the body so described is not the doctor who spoke before it
        List<Statement> all = Extract.id("Kepala Dinas Kesehatan Lintang dr Rina Wati mengatakan ada 40 kasus campak baru.\n\n"
                + "Lembaga Kajian Kesehatan Lintang ini menyebut cakupan imunisasi di desa itu rendah.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker()).doesNotContain("Rina Wati");
    }

    @Test
    void aNameSetOffAfterAPrefixCuesOfficeSpeaksWithIt() {
        String text = "Menurut Kepala Desa Sukamaju, Joko Susilo, longsor terjadi sekitar pukul 21.00.";
        Statement s = Extract.one("id", text);
        assertThat(s.speaker()).isEqualTo("Kepala Desa Sukamaju, Joko Susilo");
        assertThat(Extract.claim("id", text, s)).isEqualTo("longsor terjadi sekitar pukul 21.00");
        String passive = "Dikatakan Direktur Eksekutif Lembaga Kajian Bencana, Andi Wijaya, kawasan itu rawan longsor sejak lama.";
        Statement p = Extract.one("id", passive);
        assertThat(p.speaker()).endsWith("Andi Wijaya");
        assertThat(Extract.claim("id", passive, p)).isEqualTo("kawasan itu rawan longsor sejak lama");
    }

    @Test
    void aNameOpeningAnEnglishSubjectWithAnAppositionSpeaks() {
        String[][] rows = {
            // a flood; an election count
            {"Maria Lopes, head of the regional disaster agency that oversees the relief effort, said 40 houses had been swept away.",
                "Maria Lopes"},
            {"Tomas Reyes, spokesman for the Electoral Commission, or EC, said the count would end on Friday.", "Tomas Reyes"},
            {"Mr Daniel Okafor, an official who chairs the outbreak task force, said 12 new cases were confirmed.",
                "Mr Daniel Okafor"},
            {"Sutrisno, a 30-year veteran of the rescue team, said the search would go on overnight.", "Sutrisno"},
        };
        for (String[] row : rows) {
            assertThat(Extract.one("en", row[0]).speaker()).as(row[0]).isEqualTo(row[1]);
        }
        // a common noun opening a list, an adverb set off: no name with an apposition
        assertThat(Extract.one("en", "Rescuers, police and soldiers said the river was still rising.").speaker())
                .isNotEqualTo("Rescuers");
        assertThat(Extract.one("en", "Previously, the election commission said the count would end on Friday.").speaker())
                .isEqualTo("the election commission");
    }
}
