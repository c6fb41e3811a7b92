package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A personal pronoun after a narration sentence whose subject is a bare title set after a clause ("When asked about
 * …, the mayor replied …") is that title's holder, never a body that spoke before. Sentences the team wrote, of a
 * market's closing.
 */
class TitleAfterClauseTest {

    /** The speaker of the statement whose claim holds {@code words}. */
    private static String speakerOf(String language, String text, String words) {
        List<Statement> all = language.equals("id") ? Extract.id(text) : Extract.en(text);
        return all.stream().filter(x -> Extract.claim(language, text, x).contains(words)).findFirst().orElseThrow().speaker();
    }

    @Test
    void anEnglishPronounTakesTheHolderOfTheTitleAfterAClause() {
        assertThat(speakerOf("en", "Mayor Rina Wulandari said the old fish market would close in March.\n"
                + "The traders' association said the move would cost hundreds of stalls.\n"
                + "When pressed on the stalls at a hearing, the mayor answered with a blunt remark.\n"
                + "\"The market closes whatever the traders say,\" she said.\n", "market closes"))
                .isEqualTo("Mayor Rina Wulandari");
    }

    @Test
    void anIndonesianPronounTakesTheHolderOfTheTitleAfterAClause() {
        assertThat(speakerOf("id", "Wali Kota Sukamaju Rina Wulandari mengatakan pasar ikan lama akan ditutup Maret.\n"
                + "Paguyuban pedagang menyebut penutupan itu merugikan ratusan lapak.\n"
                + "Saat ditanya soal nasib lapak dalam rapat dengar pendapat, Wali Kota tersebut menjawab singkat.\n"
                + "\"Pasar tetap ditutup apa pun kata pedagang,\" ujarnya.\n", "tetap ditutup"))
                .isEqualTo("Wali Kota Sukamaju Rina Wulandari");
    }

    @Test
    void aTitleNoOneHeldBeforeIsTheSubjectAsWritten() {
        assertThat(speakerOf("en", "The traders' association said the closing would cost hundreds of stalls.\n"
                + "When pressed on the stalls at a hearing, the mayor answered with a blunt remark.\n"
                + "\"The market closes whatever the traders say,\" she said.\n", "market closes"))
                .isEqualTo("the mayor");
    }

    @Test
    void aSentenceOpeningWithItsTitledSubjectAfterNoClauseKeepsTheSpeakerBefore() {
        assertThat(speakerOf("en", "The traders' association said the closing would cost hundreds of stalls.\n"
                + "At the hearing, a crowd of traders waved banners outside.\n"
                + "\"We will not leave,\" they said.\n", "not leave"))
                .isEqualTo("The traders' association");
    }
}
