package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body that has not yet given a comment or statement, told by the writer with no verb of saying, in sentences the
 * team wrote: "X belum memberikan komentar …", "X belum mengeluarkan keterangan resmi …", "X has not yet released an
 * official statement …", "X did not immediately respond when asked …" are X's statements with no comment (before: no
 * statement at all), as "X belum memberikan keterangan …" already was.
 */
class NoCommentNarratedTest {

    /** Each sentence, alone, is one statement of {@code speaker} with no comment. */
    private static void noCommentOf(String language, String... speakerThenSentence) {
        for (int i = 0; i < speakerThenSentence.length; i += 2) {
            List<Statement> found = language.equals("en") ? Extract.en(speakerThenSentence[i + 1])
                    : Extract.id(speakerThenSentence[i + 1]);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).stance()).isEqualTo(Stance.NO_COMMENT);
            assertThat(found.get(0).speaker()).contains(speakerThenSentence[i]);
        }
    }

    @Test
    void anIndonesianBodyGivingNoCommentYetSaysNothing() {
        noCommentOf("id",
                "Dinas Perhubungan", "Dinas Perhubungan belum memberikan komentar atas temuan warga soal jembatan itu.",
                "PT Sinar Tani", "Hingga kini, PT Sinar Tani belum memberikan pernyataan soal pencemaran sungai.",
                "pengelola gudang", "Sementara itu, pengelola gudang belum memberikan statement atas kebakaran ini.",
                "Bulog", "Bulog belum mengeluarkan keterangan resmi soal penyebab kebakaran gudang.");
    }

    /** "when asked whether …" after a no-comment cue is the question left unanswered, no question of the speaker's. */
    @Test
    void anEnglishBodyGivingNoStatementYetSaysNothing() {
        noCommentOf("en",
                "The port authority", "The port authority has not yet released an official statement on the cause of the fire.",
                "A ministry spokesperson",
                "A ministry spokesperson did not immediately respond when asked whether the warehouse had a permit.");
    }

    /** "tapi", the short "tetapi", before the speaker's second cue heads that cue's own claim, as "tetapi" does. */
    @Test
    void aSecondCueAfterTapiHeadsItsOwnClaim() {
        List<Statement> found = Extract.id(
                "Dinas Perhubungan belum memberikan komentar atas temuan ini, tapi mengatakan sudah membuka penyelidikan.");
        assertThat(found).extracting(Statement::stance).containsExactly(Stance.NO_COMMENT, Stance.ASSERT);
        assertThat(found.get(1).speaker()).contains("Dinas Perhubungan");
    }

    /** A body that gave no comment gave no account: the figures told after it are not its words. */
    @Test
    void figuresAfterANoCommentAreNotTheSilentBodys() {
        List<Statement> found = Extract.id("Bulog belum mengeluarkan keterangan resmi soal penyebab kebakaran gudang. "
                + "Hingga Sabtu sore, jumlah korban tewas mencapai 17 orang.");
        assertThat(found).extracting(Statement::stance).containsExactly(Stance.NO_COMMENT);
    }
}
