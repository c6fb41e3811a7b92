package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void troopsWeaponsAndCooperationStayApart() {
        assertThat(Extract.one("id", "Seoul menyebut Korut telah mengirimkan pasukan ke Rusia.").topic()).isEqualTo("troops");
        assertThat(Extract.one("id", "Seoul menyebut Korut telah mengirimkan persenjataan ke Rusia.").topic())
                .isEqualTo("weapons");
        assertThat(Extract.one("id", "Moskow membela kerja sama militer dengan Pyongyang.").topic())
                .isEqualTo("cooperation");
        assertThat(Extract.one("en", "Seoul said Pyongyang had shipped artillery shells to Russia.").topic())
                .isEqualTo("weapons");
    }

    @Test
    void theFirstMentionedTopicWinsWhenTwoAreNamed() {
        assertThat(Extract.one("id", "Kim mengingatkan bahwa pengiriman senjata dan pasukan oleh Korut adalah ancaman.")
                .topic()).isEqualTo("weapons");
        assertThat(Extract.one("id", "Kim mengingatkan bahwa pengiriman pasukan dan senjata oleh Korut adalah ancaman.")
                .topic()).isEqualTo("troops");
    }

    @Test
    void aClaimReferringBackTakesTheTopicOfThePreviousStatementInItsParagraph() {
        List<Statement> s = Extract.id("Seoul dan sekutunya, AS, mengklaim Korut telah mengirimkan pasokan senjata ke Rusia. "
                + "Klaim ini juga telah dibantah oleh Pyongyang.");

        assertThat(s).extracting(Statement::topic).containsExactly("weapons", "weapons");
        assertThat(s.get(1).stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void aDemonstrativeBeforeTheReferenceNounAlsoRefersBack() {
        List<Statement> s = Extract.en("Seoul said North Korea had shipped artillery shells to Russia. "
                + "\"These are groundless rumours invented by hostile forces,\" a spokesman said. "
                + "\"If any such transfers took place, they would be lawful cooperation,\" said Im Chon Il.");

        assertThat(s).extracting(Statement::topic).containsExactly("weapons", "weapons", "weapons");
    }

    @Test
    void aStatementMayHaveNoTopic() {
        assertThat(Extract.one("id", "Menteri itu mengatakan bahwa cuaca hari ini cerah.").topic()).isNull();
    }
}
