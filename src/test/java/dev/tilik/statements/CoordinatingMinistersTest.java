package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A coordinating minister ("Menteri Koordinator", rules {@code ministers}) speaks for the coordinating ministry as
 * Indonesian writes it: the title's bracketed short form made the ministry's ("(Menko PW)" → Kemenko PW), else "Kemenko"
 * and the portfolio; the ministry written by its own short form speaks for itself. Invented ministers and portfolios.
 */
class CoordinatingMinistersTest {
    @Test
    void aCoordinatingMinistersShortFormOfTwoWordsIsTheMinistrysWholeAndHisNicknameCarriesIt() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Menteri Koordinator Pemberdayaan Warga (Menko PW) Budi Santoso (Cak Budi) mengatakan gedung akan dibangun. "
                        + "\"Dana sudah siap,\" kata Cak Budi di Jakarta.",
                "Persetujuan Menko PW sudah keluar. Menko PW Cak Budi mengatakan dana cair pekan depan.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Menteri Koordinator Pemberdayaan Warga (Menko PW) Budi Santoso (Cak Budi)")).isEqualTo("Kemenko PW");
        assertThat(p.get("Menko PW Cak Budi")).isEqualTo("Kemenko PW");
        assertThat(p.get("Cak Budi di Jakarta")).as("where he spoke is no body").isEqualTo("Kemenko PW");
    }

    @Test
    void aCoordinatingMinistersTitleWithNoShortFormIsKemenkoAndItsPortfolio() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Juru Bicara Menteri Koordinator Bidang Perdagangan Sari Dewi mengatakan harga stabil. Sari mengatakan stok cukup.",
                "Kemenko Perdagangan mengatakan impor ditunda.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Juru Bicara Menteri Koordinator Bidang Perdagangan Sari Dewi")).isEqualTo("Kemenko Perdagangan");
        assertThat(p.get("Sari")).isEqualTo("Kemenko Perdagangan");
        assertThat(p.get("Kemenko Perdagangan")).isEqualTo("Kemenko Perdagangan");
    }

    @Test
    void aTitleCutShortAtACommaIsTheMinistryItsBracketedShortFormNamesElsewhere() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Menteri Koordinator Bidang Hukum, Politik, dan Keamanan (Menkopolkam), Rudi Hartono mengatakan server sudah pulih. "
                        + "Rudi mengatakan data aman.",
                "Menkopolkam Rudi Hartono mengatakan tim sudah bekerja.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Menteri Koordinator Bidang Hukum, Politik, dan Keamanan (Menkopolkam), Rudi Hartono"))
                .isEqualTo("Kemenkopolkam");
        assertThat(p.get("Rudi")).isEqualTo("Kemenkopolkam");
        assertThat(p.get("Menkopolkam Rudi Hartono")).isEqualTo("Kemenkopolkam");
    }
}
