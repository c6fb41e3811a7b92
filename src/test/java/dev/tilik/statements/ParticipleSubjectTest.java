package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An English cue written as a participle after a clause of its own ("…, saying that …", "… by saying that …") speaks
 * for that clause's subject, never for the object standing next to the cue. Sentences the team wrote, of a dock strike.
 */
class ParticipleSubjectTest {

    private static Statement saying(String text) {
        List<Statement> all = Extract.en(text);
        return all.stream().filter(x -> "saying".equals(x.cue()) || "stating".equals(x.cue())).findFirst().orElseThrow();
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheClausesSubject() {
        assertThat(saying("Union leader Rina Wati criticised the growing port congestion, saying that the shipping firm had ignored the dockers.")
                .speaker()).isEqualTo("Union leader Rina Wati");
    }

    @Test
    void twoNamedSubjectsSpeakTogether() {
        assertThat(saying("Mayor Budi Hartono and Governor Sinta Dewi played down the public anger, saying that the wage rules came from the capital.")
                .speaker()).isEqualTo("Mayor Budi Hartono and Governor Sinta Dewi");
    }

    @Test
    void aParticipleAfterByNeverSpeaksForTheObject() {
        Statement s = saying("Dedi Kurnia seemed to mock the dockers who opposed his plan by saying that he would face any strike.");
        assertThat(s.speaker()).isEqualTo("Dedi Kurnia");
    }

    @Test
    void aParticipleRightAfterItsSubjectKeepsIt() {
        assertThat(saying("The shipping firm, stating that wages were paid on time, refused to meet the union.").speaker())
                .isEqualTo("The shipping firm");
    }
}
