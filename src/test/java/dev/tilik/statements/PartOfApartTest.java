package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body named right before another is part of it only when a speaker phrase names them so, never when the narration
 * does: the apposition pass reads the narration beside the speakers' loop, on another thread, and keeps what it finds of
 * that for itself ({@link Institutions#institution}'s {@code partOf}). On a story the team wrote (a water board in an
 * invented regency, Wetan; every name invented).
 */
class PartOfApartTest {

    private static final String DEFINED = "Badan Air Wetan (BAW) membuka posko di Kabupaten Wetan. "
            + "Bidang Mutu Air (BMA) memeriksa sampel dari sumur warga.";
    private static final String RINA = "Kepala BMA Rina Wati mengatakan air sumur tercemar.";
    private static final String RINA_AGAIN = "Juru bicara BAW Rina Wati mengatakan posko dibuka sampai Jumat.";

    private static Map<String, String> parties(String third) {
        List<ArticleStatements> in = List.of(Extract.article("id", DEFINED + " " + third), Extract.article("id", RINA),
                Extract.article("id", RINA_AGAIN));
        return partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
    }

    @Test
    void aSpeakerPhraseNamingOneBodyBeforeAnotherMakesItPartOfTheOther() {
        Map<String, String> p = parties("Kepala BMA BAW, Budi Santoso, mengatakan rapat digelar pagi itu.");
        assertThat(p.get("Kepala BMA Rina Wati")).as("BMA is part of BAW, and Rina speaks for both: the whole").isEqualTo("BAW");
    }

    @Test
    void theNarrationNamingOneBodyBeforeAnotherMakesNoPartOfIt() {
        Map<String, String> p = parties("Kepala BMA BAW, Budi Santoso, memimpin rapat pagi itu.");
        assertThat(p.get("Kepala BMA Rina Wati")).as("read beside the speakers, the narration's pair stays its own").isEqualTo("BMA");
    }
}
