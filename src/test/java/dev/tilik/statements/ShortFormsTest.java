package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short form and its words meet as one key where the folder defines one by the other, on copy the team wrote about a
 * shoe factory's layoffs (invented names): the owner denies "PHK", the union says "pemutusan hubungan kerja" has
 * begun, and neither claim glosses the other; a narration line of the folder does.
 */
class ShortFormsTest {
    private static final String[][] LAYOFFS = {
            {"id", "Pabrik sepatu di Sukamaju dikabarkan melakukan pemutusan hubungan kerja (PHK) massal.\n"
                    + "\"Tidak ada PHK,\" kata Handoko, pemilik pabrik."},
            {"id", "\"Tidak ada PHK,\" ujar Handoko di kantornya."},
            {"id", "\"Pemutusan hubungan kerja sudah ada,\" kata Suparno, ketua serikat."},
            {"id", "\"Pemutusan hubungan kerja sudah ada,\" ujar Wagiman, sekretaris serikat."},
    };

    private static Statement by(List<Statement> all, String speakerPart) {
        return all.stream().filter(s -> s.speaker().contains(speakerPart)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aTermTheFolderDefinesMeetsItsShortForm() {
        List<Statement> all = Extract.folder(LAYOFFS);
        Statement owner = by(all, "Handoko");
        Statement union = by(all, "Suparno");

        assertThat(owner.topic()).isNotNull();
        assertThat(union.topic()).as("'pemutusan hubungan kerja' is 'PHK' here").isEqualTo(owner.topic());
    }

    @Test
    void aTermIsDefinedByItsInitialsInParenthesesAConnectorPassedOver() {
        List<ShortForms.Term> terms = ShortForms.defined(List.of(
                "Warga menolak kenaikan pajak bumi dan bangunan (PBB) tahun ini.",
                "Pemutusan hubungan kerja (PHK) terjadi di awal tahun."));

        assertThat(terms).containsExactly(
                new ShortForms.Term("PBB", List.of("pajak", "bumi", "bangunan")),
                new ShortForms.Term("PHK", List.of("pemutusan", "hubungan", "kerja")));
    }

    @Test
    void aNameInTitleCaseOrInitialsThatDoNotSpellItDefineNoTerm() {
        assertThat(ShortForms.defined(List.of(
                "Kepala Badan Pangan Daerah (BPD) datang.",
                "Rapat soal pajak bumi (PBB) ditunda.",
                "Ia bicara (RI) soal itu."))).isEmpty();
    }

    @Test
    void aTermNoClaimWritesByItsShortFormChangesNothing() {
        List<List<ClaimWords.Word>> words = new java.util.ArrayList<>(List.of(List.of(
                new ClaimWords.Word("putus", "pemutusan", false),
                new ClaimWords.Word("hubung", "hubungan", false),
                new ClaimWords.Word("kerja", "kerja", false))));
        List<java.util.Set<String>> answered = new java.util.ArrayList<>(List.of(java.util.Set.of()));

        assertThat(ShortForms.meet(List.of(new ShortForms.Term("PHK", List.of("pemutusan", "hubungan", "kerja"))),
                words, answered)).isZero();
        assertThat(words.get(0)).hasSize(3);
    }
}
