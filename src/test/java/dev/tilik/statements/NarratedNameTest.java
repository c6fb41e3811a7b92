package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A personal pronoun after a narration sentence that opens with a person's bare name set off by a comma, a bracket or a
 * relative marker is that person's, never a body that spoke before. Sentences the team wrote, of a dock strike.
 */
class NarratedNameTest {

    /** The speaker of the statement whose claim holds {@code words}. */
    private static String speakerOf(String language, String text, String words) {
        List<Statement> all = language.equals("id") ? Extract.id(text) : Extract.en(text);
        return all.stream().filter(x -> Extract.claim(language, text, x).contains(words)).findFirst().orElseThrow().speaker();
    }

    @Test
    void anEnglishPronounTakesThePersonTheNarrationNamedSinceTheBodySpoke() {
        assertThat(speakerOf("en", "The Harbour Board rejected the union's demand for a new wage scale on Monday.\n"
                + "Hundreds of dockers gathered at the gate for a last meeting.\n"
                + "Rina Wulandari, who has loaded ships for 15 years, kept her old helmet as a keepsake.\n"
                + "\"I have spent half my life on these cranes,\" she said.\n", "half my life")).isEqualTo("Rina Wulandari");
    }

    @Test
    void anIndonesianPronounTakesThePersonTheNarrationNamedSinceTheBodySpoke() {
        assertThat(speakerOf("id", "Otoritas Pelabuhan menolak tuntutan serikat soal upah baru pada Senin.\n"
                + "Ratusan buruh berkumpul di gerbang untuk pertemuan terakhir.\n"
                + "Sinta Maharani, yang sudah bekerja di dermaga selama 15 tahun, membawa pulang helm lamanya.\n"
                + "\"Separuh hidup saya habis di derek ini,\" kata dia.\n", "Separuh hidup")).isEqualTo("Sinta Maharani");
    }

    @Test
    void aGroupPronounStillTakesTheSpeakerBefore() {
        assertThat(speakerOf("en", "The Harbour Board rejected the union's demand for a new wage scale on Monday.\n"
                + "Rina Wulandari, who has loaded ships for 15 years, kept her old helmet as a keepsake.\n"
                + "\"The scale stays as it is,\" they said.\n", "scale stays")).isEqualTo("The Harbour Board");
    }

    @Test
    void aSpeakerAfterTheNamedPersonKeepsThePronoun() {
        assertThat(speakerOf("en", "Rina Wulandari, who has loaded ships for 15 years, kept her old helmet as a keepsake.\n"
                + "Union leader Dedi Kurnia said the strike would go on.\n"
                + "\"We will not go back without a fair wage,\" he said.\n", "fair wage")).isEqualTo("Union leader Dedi Kurnia");
    }
}
