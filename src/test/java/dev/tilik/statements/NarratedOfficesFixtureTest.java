package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The office the narration gives a person before any quote, led by a role word ({@code fixtures/actors-narrated-any}:
 * a passenger ship aground in an invented bay, the team's own sentences): "Kepala Kantor Syahbandar dan Otoritas
 * Pelabuhan (KSOP) Teluk Wetan, Dedi Kurniawan Saputra, memimpin evakuasi" and later "kata Dedi": Dedi speaks for that
 * body, in this article and in the next one, though no statement of his carries the title.
 */
class NarratedOfficesFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-narrated-any");

    private static Set<String> parties(String file, String speaker) throws Exception {
        return FOLDER.parties(file, speaker);
    }

    @Test
    void aPersonTheNarrationGivesARoleAndABodySpeaksForTheBodyWhenQuotedByFirstName() throws Exception {
        assertThat(parties("501_lintaslaut_id.txt", "Dedi")).allMatch(p -> p.startsWith("KSOP"));
        assertThat(parties("502_kabarbahari_id.txt", "Dedi")).as("the next article, no title there").allMatch(p -> p.startsWith("KSOP"));
    }

    @Test
    void aTitleAndNameWithNoCommaBetweenInTheNarrationCountToo() throws Exception {
        assertThat(parties("502_kabarbahari_id.txt", "Hendra")).allMatch(p -> p.startsWith("Dishub"));
    }
}
