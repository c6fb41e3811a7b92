package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation opening the last paragraph of an article the page cuts off before its cue: the voice attributed last,
 * over at most two paragraphs of narration. The team's own sentences on an invented story of a burnt fish market.
 */
class CutQuotationsTest {
    private static final String SAID = "Ketua paguyuban pedagang Rina Wati menambahkan, pasar ikan akan dibuka lagi pekan depan.\n\n";
    private static final String NARRATION = "Namun, sampai kini para pedagang belum kembali ke los ikan.\n\n";

    @Test
    void aCutQuotationAfterNarrationIsTheLastSpeakers() {
        List<Statement> found = Extract.id(SAID + NARRATION
                + "\"Kami belum menerima dana perbaikan dari dinas, padahal kios sudah");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo(found.get(0).speaker());
        assertThat(found.get(1).quote()).isTrue();
    }

    @Test
    void aQuotationWhoseCueIsCutMidWordIsThePreviousSpeakers() {
        List<Statement> found = Extract.id("\"Kios sudah rusak semua,\" kata Rina Wati kepada wartawan.\n\n"
                + "\"Kami belum menerima dana perbaikan dari dinas sama sekali,\" uj");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Rina Wati");
    }

    @Test
    void noVoiceForAWholeQuotationOrBeyondTwoParagraphs() {
        assertThat(Extract.id(SAID + NARRATION + "\"Kami belum menerima dana perbaikan dari dinas.\""))
                .as("a whole quotation: no cue was lost").hasSize(1);
        assertThat(Extract.id(SAID + NARRATION + "Api diduga berasal dari korsleting listrik.\n\n"
                + "\"Kami belum menerima dana perbaikan dari dinas, padahal kios sudah"))
                .as("three paragraphs back").hasSize(1);
    }
}
