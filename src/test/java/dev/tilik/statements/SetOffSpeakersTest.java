package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * English speakers set off from the words around them: an inverted cue's speaker followed by where or how it was
 * said, and a quotation's speaker with an apposition between commas before the cue. The team's own sentences on an
 * invented story of a burnt fish market.
 */
class SetOffSpeakersTest {
    @Test
    void anInvertedCuesSpeakerBeforeWhereItWasSaid() {
        String text = "The fire has destroyed most of the stalls, said harbour agency head Rina Wati at a press conference on Monday.";
        Statement s = Extract.one("en", text);
        assertThat(s.speaker()).isEqualTo("harbour agency head Rina Wati");
        assertThat(Extract.claim("en", text, s)).isEqualTo("The fire has destroyed most of the stalls");
    }

    @Test
    void anInvertedCuesSpeakerWithAnAppositionBeforeWhenItWasSaid() {
        String text = "The traders have lost their savings, said Budi Santoso, the chair of the traders' union, "
                + "during a meeting at the city hall.";
        Statement s = Extract.one("en", text);
        assertThat(s.speaker()).isEqualTo("Budi Santoso");
        assertThat(Extract.claim("en", text, s)).isEqualTo("The traders have lost their savings");
    }

    @Test
    void aQuotationsSpeakerWithAnAppositionBeforeTold() {
        String text = "\"I have so many memories of this market,\" Sari Dewi, a fish seller for twenty years, told the Harbour Times.";
        Statement s = Extract.one("en", text);
        assertThat(s.speaker()).isEqualTo("Sari Dewi");
        assertThat(Extract.claim("en", text, s)).isEqualTo("I have so many memories of this market");
    }
}
