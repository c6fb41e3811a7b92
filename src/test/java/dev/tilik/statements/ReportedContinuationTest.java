package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence with no cue that goes on with the account the sentence before reported ("X menjelaskan, … . Sehingga,
 * …"; "Menurut X, … . Meski begitu, …"; "X said … . Therefore …"). The team's own sentences on an invented story of
 * a harbour dredging permit.
 */
class ReportedContinuationTest {
    @Test
    void aContinuationAfterAReportedCueIsTheSameSpeakers() {
        String text = "Kepala Dinas Kelautan Rina Wati menjelaskan, izin pengerukan pelabuhan itu terbit pada 2019. "
                + "Sehingga, pengerukan tersebut tidak melanggar aturan.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo(found.get(0).speaker());
        assertThat(Extract.claim("id", text, found.get(1))).isEqualTo("Sehingga, pengerukan tersebut tidak melanggar aturan");
    }

    @Test
    void aContinuationAfterMenurutTakesItsOwnStance() {
        String text = "Menurut Budi Santoso, pengerukan belum merusak terumbu karang di teluk itu. "
                + "Meski begitu, pemantauan air laut tetap dilakukan setiap pekan.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Budi Santoso");
        assertThat(found.get(1).stance()).as("the reason's own stance, not the denial's").isNotEqualTo(Stance.DENY);
    }

    @Test
    void englishGoesOnWithTherefore() {
        String text = "Port director Adam Hale said the permit had been issued in 2019. "
                + "Therefore the dredging broke no rule.";
        List<Statement> found = Extract.en(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo(found.get(0).speaker());
    }

    @Test
    void noContinuationAfterAQuotationAcrossAParagraphOrWithoutTheWord() {
        assertThat(Extract.id("\"Izin itu terbit pada 2019,\" kata Rina Wati. Sehingga, pengerukan dimulai bulan lalu."))
                .as("after a quotation the narration is the outlet's").hasSize(1);
        assertThat(Extract.id("Rina Wati menjelaskan, izin itu terbit pada 2019.\n\nSehingga, pengerukan dimulai bulan lalu."))
                .as("across a paragraph break").hasSize(1);
        assertThat(Extract.id("Rina Wati menjelaskan, izin itu terbit pada 2019. Pengerukan dimulai bulan lalu."))
                .as("no continuation word").hasSize(1);
        assertThat(Extract.id("Rina Wati menjelaskan, izin itu terbit pada 2019. Sehingga, kapan pengerukan dimulai?"))
                .as("a question").hasSize(1);
    }

    @Test
    void aChainStopsAfterTwoSentences() {
        assertThat(Extract.id("Rina Wati menjelaskan, izin itu terbit pada 2019. Sehingga, pengerukan itu sah. "
                + "Namun, warga masih menolak. Tetapi, nelayan mendukung pengerukan.")).hasSize(3);
    }

    @Test
    void aPronounSubjectRightAfterReportedSpeechIsTheSameSpeakers() {
        String text = "Kepala Dinas Kelautan Rina Wati menyatakan bahwa pihaknya telah menerapkan aturan pengerukan. "
                + "Dia berkomitmen untuk memperketat pengawasan pengerukan di teluk itu.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(2);
        assertThat(Extract.claim("id", text, found.get(1)))
                .isEqualTo("Dia berkomitmen untuk memperketat pengawasan pengerukan di teluk itu");
        sameSpeaker(found);
        sameSpeaker(Extract.en("Port director Adam Hale said the permit had been issued in 2019. "
                + "He sees no reason to halt the dredging this year."));
    }

    @Test
    void noPronounSubjectAfterAQuotationASilenceOrAParagraphBreakNorAQuestionOrAGroup() {
        String[][] cases = {
            {"\"Izin itu terbit pada 2019,\" kata Rina Wati. Dia pulang ke kantor dinas sore itu.", "after a quotation"},
            {"Rina Wati menyatakan izin itu terbit pada 2019.\n\nDia berkomitmen memperketat pengawasan.", "a paragraph break"},
            {"Rina Wati menyatakan izin itu terbit pada 2019. Ia heran apakah pengerukan sudah dimulai.", "she asks"},
            {"Rina Wati tak merespons. Ia langsung meninggalkan wartawan di depan kantor dinas.", "after a silence"},
            {"Rina Wati menyatakan dua nelayan tewas di teluk itu. Mereka sudah dimakamkan di desa.", "a group: the dead"},
        };
        for (String[] c : cases) {
            assertThat(Extract.id(c[0])).as(c[1]).hasSize(1);
        }
    }

    /** Two statements, the second lent the first one's speaker. */
    private static void sameSpeaker(List<Statement> found) {
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo(found.get(0).speaker());
    }

    @Test
    void aCueOpeningWithNoSourceGoesOnWithTheSpeakerBeforeAcrossAParagraph() {
        String text = "Kepala Posko Rina Wati mengatakan, 20 warga mengungsi ke balai desa.\n\n"
                + "Dikatakan, 12 warga lainnya dirawat di puskesmas.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Kepala Posko Rina Wati");
        assertThat(Extract.claim("id", text, found.get(1))).isEqualTo("12 warga lainnya dirawat di puskesmas");
    }

    @Test
    void aCueOpeningWithNoSourceTakesNoQuotationsSpeakerNorStandsAlone() {
        assertThat(Extract.id("\"Dua puluh warga mengungsi,\" kata Rina Wati.\n\nDikatakan, 12 warga dirawat."))
                .as("after a quotation").hasSize(1);
        assertThat(Extract.id("Banjir merendam balai desa.\n\nDikatakan, 12 warga dirawat di puskesmas."))
                .as("nothing reported before").isEmpty();
    }
}
