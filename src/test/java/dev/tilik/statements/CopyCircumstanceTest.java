package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where real copy sets the occasion of what was said beside the speaker, and how it closes reported speech with a
 * pronoun, in sentences the team wrote in the style of story kinds none of the development sets is about (a dengue
 * outbreak, a landslide, an election count): the town after an occasion set off before the time ("Menteri X, dalam rapat
 * … di kompleks parlemen, Jakarta, Kamis (…) memaparkan …" is the minister's, not Jakarta's); an occasion running on
 * after the name up to the cue, no comma ("Letjen X dalam keterangan pers terkait … di posko menjelaskan …"); ", kata
 * dia." closing reported speech without quotation marks.
 */
class CopyCircumstanceTest {

    @Test
    void theTownOfAnOccasionSetOffBeforeTheTimeIsNoSpeaker() {
        Statement s = Extract.one("id", "Menteri Kesehatan Rina Wati, dalam rapat kerja dengan Komisi IX DPR di kompleks parlemen, "
                + "Jakarta, Kamis (27/6/2024) memaparkan jumlah kasus demam berdarah di lima provinsi.");
        assertThat(s.speaker()).isEqualTo("Menteri Kesehatan Rina Wati");
        // a place opening the sentence before the speaker is no occasion of a speaker before it: the name speaks
        assertThat(Extract.one("id", "Di Sukamaju, Budi mengatakan stok obat masih cukup.").speaker()).isEqualTo("Budi");
        // an occasion set off with its own commas was never the speaker
        assertThat(Extract.one("id", "Direktur RSUD Sukamaju Andi Pratama, di Balai Kota, Senin (3/3/2025), menyatakan ruang "
                + "rawat inap sudah penuh.").speaker()).isEqualTo("Direktur RSUD Sukamaju Andi Pratama");
    }

    @Test
    void anOccasionRunningOnAfterTheNameUpToTheCueIsNoPartOfTheSpeaker() {
        Statement s = Extract.one("id", "Kepala Badan Penanggulangan Bencana Daerah, Kolonel Budi Santoso dalam keterangan pers terkait "
                + "perkembangan pencarian korban longsor di posko utama Desa Mekar menjelaskan tim gabungan menemukan dua korban lagi.");
        assertThat(s.speaker()).endsWith("Budi Santoso");
        assertThat(s.speaker()).doesNotContain("keterangan");
    }

    @Test
    void aPronounAfterTheCueClosesReportedSpeechWithoutQuotationMarks() {
        List<Statement> all = Extract.id("Kepala Dinas Kesehatan Sukamaju Budi Santoso mengatakan ada 40 pasien baru dalam sepekan.\n\n"
                + "Penyemprotan hanya dilakukan di tiga kelurahan, kata dia.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker()).isEqualTo("Kepala Dinas Kesehatan Sukamaju Budi Santoso");
    }
}
