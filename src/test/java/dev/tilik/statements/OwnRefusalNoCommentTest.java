package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A speaker who will not answer or will not guess, said of themselves, in sentences the team wrote ("saya tidak
 * menanggapi", "tidak mau berandai-andai", "kurang tahu", "would not speculate"): no comment. A third party who did
 * not answer ("pemerintah tidak menanggapi surat warga", "refused to respond to our letters") is a complaint, asserted.
 */
class OwnRefusalNoCommentTest {

    @Test
    void aSpeakerWhoWillNotAnswerOrGuessMakesNoComment() {
        Extract.takes(Stance.NO_COMMENT, "id",
                "\"Kalau soal pergantian direktur, saya tidak menanggapi,\" kata juru bicara.",
                "\"Saya tidak mau berandai-andai soal hasil audit,\" kata kepala dinas.",
                "\"Soal anggaran lelang itu saya kurang tahu,\" kata sekretaris dinas.");
        Extract.takes(Stance.NO_COMMENT, "en", "\"I would not speculate on the cause of the fire,\" the mayor said.");
    }

    @Test
    void aThirdPartyThatDidNotAnswerIsAComplaint() {
        Extract.takes(Stance.ASSERT, "id", "\"Pemerintah kabupaten tidak menanggapi surat warga sejak Maret,\" kata ketua RT.");
        Extract.takes(Stance.ASSERT, "en", "\"The owners refused to respond to our letters for months,\" the union leader said.");
    }
}
