package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Two ways a cue or a contrast changes what a claim's words would say on their own, in sentences the
 * team wrote in the style of stories not among the development sets (a court verdict, a ferry sinking,
 * a disease outbreak, a school): a plain negation of the claim's own predicate in reported speech under a
 * cue that insists ({@code emphatic}: "menegaskan", "menekankan", "stressed") denies, where the same
 * negation through a neutral cue, or quoted with a tag after it ('"…," tegas X'), reports a negative fact; and a no-comment phrase after a contrast that follows what the
 * claim says ("…, tapi kami belum tahu hasilnya", "…, but did not give details") only limits it.
 */
class InsistingTest {

    @Test
    void aPlainNegationUnderACueThatInsistsDenies() {
        Extract.takes(Stance.DENY, "id",
                "Ketua majelis hakim menegaskan putusan itu tidak dipengaruhi pihak mana pun.",
                "Syahbandar menegaskan kapal itu tidak kelebihan muatan saat berangkat.",
                "Kepala dinas kesehatan menekankan wabah itu tidak menyebar ke kecamatan lain.");
        Extract.takes(Stance.DENY, "en",
                "The hospital director stressed the outbreak had not spread beyond the children's ward.",
                "The court spokesman insisted the verdict was not influenced by anyone.");
    }

    @Test
    void theSameNegationThroughANeutralCueReportsANegativeFact() {
        Extract.takes(Stance.ASSERT, "id",
                "Ketua majelis hakim mengatakan putusan itu tidak dibacakan secara terbuka.",
                "\"Kapal itu tidak membawa daftar penumpang,\" kata syahbandar.",
                "\"Kapal itu tidak membawa daftar penumpang,\" tegas syahbandar.");
        Extract.takes(Stance.ASSERT, "en",
                "The ferry operator said the ship did not carry a passenger manifest.");
    }

    @Test
    void insistingOnANobodyWhoOrANegationInALaterClauseDeniesNothing() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala dinas kesehatan menegaskan tidak ada yang dirawat di luar rumah sakit daerah.",
                "Syahbandar menegaskan kapal berangkat sesuai jadwal karena cuaca tidak buruk.");
    }

    @Test
    void notKnowingAfterAContrastOnlyLimitsWhatTheClaimSays() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Sampel darah pasien sudah kami kirim ke laboratorium, tapi kami belum tahu hasilnya,\" kata Kepala Puskesmas.");
        Extract.takes(Stance.ASSERT, "en",
                "A hospital spokeswoman said 12 patients had been discharged, but did not give details of their condition.");
    }

    @Test
    void notKnowingAloneOrOpeningTheClaimIsNoComment() {
        Extract.takes(Stance.NO_COMMENT, "id",
                "\"Kami belum tahu kapan hasil laboratorium keluar,\" kata Kepala Puskesmas.",
                "\"Tapi kami belum tahu siapa yang memulai perkelahian itu,\" kata kepala sekolah.");
        Extract.takes(Stance.NO_COMMENT, "en",
                "The hospital said it did not give details of the patients' condition.");
    }
}
