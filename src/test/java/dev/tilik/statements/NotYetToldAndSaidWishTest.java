package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Two stance kinds the depot-fire set (plumpang) showed when it was first diagnosed (round thirty-four, branch h34st),
 * on sentences of story kinds none of the sets is: a speaker not yet able to tell, the verb of telling active or
 * passive, gives no comment; a first person's wish before a speech verb in its bare form ("Saya ingin sampaikan
 * bahwa …") only introduces what is said.
 */
class NotYetToldAndSaidWishTest {

    /** "Belum bisa/dapat" before a verb of telling, the cue or inside the claim: nothing is told yet. */
    @Test
    void notYetAbleToTellIsNoComment() {
        Extract.takes(Stance.NO_COMMENT, "id",
                "Namun, Kapolsek belum bisa menjelaskan identitas pelaku pencurian di pasar itu.",
                "Namun demikian, Kepala Dinas belum dapat menyebutkan jumlah sekolah yang rusak akibat banjir.",
                "Pihak pabrik menyatakan penyebab pastinya belum bisa diungkapkan karena menunggu hasil uji laboratorium.");
        Extract.takes(Stance.NO_COMMENT, "en",
                "The district head said that his office does not yet know the cause of the flood.");
    }

    /** "Saya ingin sampaikan bahwa X" says X; a wish of what should be so stays a wish. */
    @Test
    void aWishBeforeABareSpeechVerbIntroducesWhatIsSaid() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Saya ingin sampaikan bahwa jembatan itu masih aman dan bisa dilalui kendaraan,\" ujar Kepala Dinas PU.",
                "\"Nah, kami ingin jelaskan bahwa pabrik itu sudah memiliki izin lengkap,\" kata manajer pabrik.");
        Extract.takes(Stance.OTHER, "id",
                "\"Saya ingin sekolah itu segera dibuka kembali,\" kata seorang wali murid.");
    }
}
