package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A cue that takes no position itself — a question asked ('"…," tanya X', the page having dropped the question mark), a
 * request, a doubt — marks its claim as taking none, as a marker inside the claim would: the folder pass, which lets a
 * claim left without a position by the lexicon alone assert its own words, never turns a question or a request into an
 * assertion (a question asked on a check set was set against a denial as a contradiction it never made; docs/ACCURACY.md,
 * branch h11ex11). Sentences written by the team, a market shooting.
 */
class NoPositionCuesTest {

    @Test
    void aQuestionAskedARequestAndADoubtTakeNoPositionByTheirCue() {
        String[] sentences = {
            "\"Siapa yang menembakkan senjata api ke arah warga di pasar,\" tanya Budi Santoso.",
            "Keluarga korban meminta polisi mengusut penembakan di pasar itu.",
            "Ketua paguyuban pedagang meragukan pelaku bertindak seorang diri.",
        };
        for (String sentence : sentences) {
            Statement s = Extract.one("id", sentence);
            assertThat(s.stance()).as(sentence).isEqualTo(Stance.OTHER);
            assertThat(s.basis()).as(sentence).isEqualTo(StanceBasis.MARKER);
        }
    }

    @Test
    void aCueThatTakesAPositionKeepsItsBasis() {
        Statement s = Extract.one("id", "Kapolres Rina Wati membantah pelaku menembakkan senjata api ke arah warga.");
        assertThat(s.stance()).isEqualTo(Stance.DENY);
        assertThat(s.basis()).isNotEqualTo(StanceBasis.MARKER);
    }
}
