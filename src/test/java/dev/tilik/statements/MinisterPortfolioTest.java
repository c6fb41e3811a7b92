package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A minister speaks for the ministry of the portfolio written after the title, even where the folder defines the
 * portfolio's short form only as the portfolio ("Menteri Badan Usaha Milik Negara (BUMN)"): "Menteri BUMN Budi" speaks
 * for "Kementerian BUMN", not for the state enterprises. A short form the folder defines as the ministry itself
 * ("Kementerian Kelautan dan Perikanan (KKP)") stays that short form, and the portfolio's short form with no minister
 * before it names no ministry. On a story the team wrote (a fuel depot fire in an invented Wetan; every name invented).
 */
class MinisterPortfolioTest {

    @Test
    void aMinistersPortfolioSpeaksForItsMinistry() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Kebakaran terjadi di depo bahan bakar Wetan pada Jumat malam. "
                        + "Menteri Badan Usaha Milik Negara (BUMN) Budi Santoso mengatakan depo itu akan dipindahkan. "
                        + "\"Kami sudah menyiapkan lahan baru,\" kata Menteri BUMN Budi Santoso. "
                        + "\"Itu perlu bantuan pemerintah daerah,\" ujar Budi."),
                Extract.article("id", "Staf Khusus Menteri BUMN Rudi Hartanto memastikan perusahaan akan menanggung biaya korban. "
                        + "Ketua Serikat Pekerja BUMN Joko Susilo mengatakan pekerja depo sudah dievakuasi."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Menteri BUMN Budi Santoso")).isEqualTo("Kementerian BUMN");
        assertThat(p.get("Budi")).as("the same minister by name alone").isEqualTo("Kementerian BUMN");
        assertThat(p.get("Staf Khusus Menteri BUMN Rudi Hartanto")).isEqualTo("Kementerian BUMN");
        assertThat(p.get("Ketua Serikat Pekerja BUMN Joko Susilo")).as("no minister before the short form")
                .isNotEqualTo("Kementerian BUMN");
    }

    @Test
    void aShortFormTheFolderDefinesAsTheMinistryStaysIt() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Kementerian Kelautan dan Perikanan (KKP) menutup pasar ikan Wetan. "
                        + "\"Pasar itu kami tutup sementara,\" kata Menteri KKP Budi Santoso."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Menteri KKP Budi Santoso")).isEqualTo("KKP");
        List<ArticleStatements> both = List.of(
                Extract.article("id", "Menteri Energi dan Sumber Daya Mineral (ESDM) Budi Santoso mengatakan izin tambang Wetan dicabut. "
                        + "Kementerian Energi dan Sumber Daya Mineral (ESDM) menyebut tambang itu sudah berhenti. "
                        + "\"Izin itu kami cabut,\" kata Menteri ESDM Budi Santoso."));
        Map<String, String> q = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(both));
        assertThat(q.get("Menteri ESDM Budi Santoso")).as("the ministry's own short form").isEqualTo("ESDM");
    }
}
