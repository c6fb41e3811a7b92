package dev.tilik.eval;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.json.JsonFileException;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.PartyNames;
import dev.tilik.statements.StatementExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The party score reads one body written with or without its level word as one. */
class StatementCheckPartyTest {
    private static final String TEXT = "Kepala BPBD Kabupaten Wetan mengatakan air mulai surut di Kabupaten Wetan.";

    private static boolean partyOk(String gold, String extracted) throws JsonFileException {
        PartyNames names = new StatementExtractor(RulesLoader.load(Path.of("rules"))).evaluationPartyNames(List.of(TEXT));
        Document doc = document("a.txt", TEXT, null);
        GoldStatement g = new GoldStatement("A1", "air mulai surut", null, gold, Stance.ASSERT, null, List.of(), null, null, null);
        return new StatementCheck("a.txt", g, statement(doc, "1", TEXT, "Kepala BPBD", extracted, Stance.ASSERT, null),
                null, "", names).partyOk();
    }

    @Test
    void theLevelWordBeforeTheBodysPlaceWrittenOrLeftOffIsOneParty() throws JsonFileException {
        assertThat(partyOk("BPBD Kabupaten Wetan", "BPBD Wetan")).isTrue();
        assertThat(partyOk("BPBD Kabupaten Wetan", "BPBD Kota Wetan")).isFalse();
        assertThat(partyOk("BPBD Kabupaten Wetan", "Dinkes Wetan")).isFalse();
    }
}
