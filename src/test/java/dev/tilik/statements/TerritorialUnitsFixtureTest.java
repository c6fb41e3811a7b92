package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A military unit of a territory written with its number ({@code fixtures/actors-units-any}: a flash flood in an invented
 * regency, the team's own sentences): "Dandim 0712/Lereng" speaks for "Kodim 0712 Lereng", the number being part of the
 * unit's name, and another outlet's "Dandim Lereng" is that same unit, the one Kodim of that territory the folder numbers.
 */
class TerritorialUnitsFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-units-any");

    @Test
    void aUnitsNumberJoinedToItsTerritoryBySlashIsPartOfItsName() throws Exception {
        assertThat(FOLDER.parties("701_kabarlereng_id.txt", "Dandim 0712/Lereng Letkol Inf Hendra Wibowo"))
                .containsExactly("Kodim 0712 Lereng");
        assertThat(FOLDER.parties("701_kabarlereng_id.txt", "Hendra")).containsExactly("Kodim 0712 Lereng");
    }

    @Test
    void theUnitWrittenWithoutItsNumberIsTheNumberedOneOfItsTerritory() throws Exception {
        assertThat(FOLDER.parties("702_suaralereng_id.txt", "Dandim Lereng Letkol Inf Hendra Wibowo"))
                .containsExactly("Kodim 0712 Lereng");
    }

    @Test
    void aTerritorialNumberOpensWithANoughtAndIsNoYear() {
        assertThat(Institutions.territorialNumber("0712")).isTrue();
        assertThat(Institutions.territorialNumber("071")).isTrue();
        assertThat(Institutions.territorialNumber("2025")).isFalse();
        assertThat(Institutions.territorialNumber("07")).isFalse();
    }
}
