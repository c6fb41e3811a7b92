package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A negation opening the second half of a contrast ("…, tapi tidak tercatat …") stands in a clause of the claim's own
 * rank: the folder reads it against the proposition like a negation in the first clause, on copy the team wrote in the
 * style of a school admission dispute (a kind of story none of the development sets is). It denies only what the
 * proposition's other members assert; "…, tapi tidak ada kerusakan" about nothing anyone claims stays an assertion.
 */
class ContrastNegationTest {
    private static final Lexicon ID = new Lexicon(Extract.RULES.forLanguage("id").orElseThrow());
    private static final NegationScope SCOPE = new NegationScope(ID);

    private static final String[][] ADMISSION = {
            {"id", "Kepala Dinas Pendidikan Sukamaju, Budi Hartono, mengatakan semua nama siswa baru tercatat dalam daftar penerimaan."},
            {"id", "Sekretaris Dinas Pendidikan Sukamaju, Rina Wati, mengatakan nama siswa baru tercatat dalam daftar penerimaan sekolah."},
            {"id", "Menurut Budi Hartono, nama siswa baru sudah tercatat dalam daftar penerimaan."},
            {"id", "\"Nama anak saya ada di papan pengumuman, tapi tidak tercatat dalam daftar penerimaan,\" kata seorang wali murid, Wati Lestari."},
            {"id", "Seorang guru, Agus Salim, mengatakan hujan deras melanda sekolah kemarin, tapi tidak ada kerusakan gedung."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aNegationAfterAContrastDeniesWhatTheOthersAssert() {
        List<Statement> all = Extract.folder(ADMISSION);
        assertThat(by(all, "Wati Lestari").stance()).as("…, tapi tidak tercatat dalam daftar penerimaan").isEqualTo(Stance.DENY);
        assertThat(by(all, "Rina Wati").stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aNegationAfterAContrastOfWhatNobodyClaimsStaysAnAssertion() {
        assertThat(by(Extract.folder(ADMISSION), "Agus Salim").stance()).as("…, tapi tidak ada kerusakan gedung").isEqualTo(Stance.ASSERT);
    }

    @Test
    void onlyTheNegationOpeningTheContrastsHalfIsOfTheClaimsRank() {
        String said = "Dinas menyediakan formulir, namun banyak sekolah yang tidak memakainya";
        List<Token> t = Tokens.of(said, 0, said.length());
        int first = indexOf(t, "tidak");
        assertThat(SCOPE.opensContrast(t, 0, first)).as("namun banyak sekolah yang tidak …: later in that half").isFalse();
        String opened = "Dinas menyediakan formulir, namun tidak dipakai sekolah";
        List<Token> u = Tokens.of(opened, 0, opened.length());
        assertThat(SCOPE.opensContrast(u, 0, indexOf(u, "tidak"))).isTrue();
        String early = "Namun tidak dipakai sekolah";
        List<Token> v = Tokens.of(early, 0, early.length());
        assertThat(SCOPE.opensContrast(v, 0, indexOf(v, "tidak"))).as("a contrast opening the claim: nothing said before").isFalse();
    }

    private static int indexOf(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isWord() && t.get(i).lower().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
