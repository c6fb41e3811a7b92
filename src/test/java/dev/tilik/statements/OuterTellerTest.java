package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An inner source told by an outer speaker: "Menurut Y, …, kata X." The cue closing the sentence tells all of it, the
 * source inside included, so the statement is X's, its claim what follows Y's comma. It used to be Y's, from the
 * prefix cue, with no claim when a connective stood before "menurut" (pdn AE3, read "other" where the gold reads X's
 * denial). Team-written copy: a landslide on a mountain road.
 */
class OuterTellerTest {
    private static final String ROAD = "Longsor menutup jalan provinsi di Desa Sukamaju sejak Senin pagi.\n\n"
            + "Menurut warga setempat, jalan itu sudah retak sejak sepekan lalu, kata Camat Rudi Santoso.\n\n"
            + "Namun menurut sumber di dinas pekerjaan umum, dana perbaikan tidak digunakan untuk membuka jalan yang tertutup, "
            + "kata Anggota DPRD Siti Aminah kepada wartawan, Selasa.\n\n"
            + "Menurut Kepala Dinas Pekerjaan Umum Agus Salim, jalan akan dibuka kembali pekan depan.";

    private static Statement starting(List<Statement> all, String words) {
        return all.stream().filter(s -> s.claim().coveredText(ROAD).startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with " + words + ": "
                        + all.stream().map(s -> s.claim().coveredText(ROAD)).toList()));
    }

    @Test
    void theSpeakerClosingTheSentenceTellsWhatItsInnerSourceSaid() {
        List<Statement> all = Extract.id(ROAD);

        Statement cracked = starting(all, "jalan itu sudah retak");
        assertThat(cracked.speaker()).contains("Rudi Santoso").doesNotContain("warga");
        assertThat(cracked.claim().coveredText(ROAD)).doesNotContain("kata");

        Statement repair = starting(all, "dana perbaikan tidak digunakan");
        assertThat(repair.speaker()).contains("Siti Aminah").doesNotContain("sumber");
        assertThat(repair.claim().coveredText(ROAD)).as("the claim after the source's comma, up to the outer cue")
                .isEqualTo("dana perbaikan tidak digunakan untuk membuka jalan yang tertutup");
    }

    @Test
    void aPrefixSourceNoOneTellsStillSpeaks() {
        Statement reopens = starting(Extract.id(ROAD), "jalan akan dibuka kembali");
        assertThat(reopens.speaker()).contains("Agus Salim");
    }
}
