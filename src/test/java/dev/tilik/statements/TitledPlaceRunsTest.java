package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A title someone holds, ending with a unit and its place, is followed by the holder's name as often as by the end of
 * the place's name: the words after the place are never the place's, however often the folder repeats the title and
 * the name. Invented sentences on an invented regency.
 */
class TitledPlaceRunsTest {
    @Test
    void aNameAfterATitlesPlaceIsNotPartOfThePlaceHoweverOftenWritten() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "\"Hasilnya 12 orang positif, sisanya negatif,\" kata Kepala Dinas Kesehatan Kabupaten Wetan Rina Wulandari saat dihubungi wartawan.",
                "Kepala Dinas Kesehatan Kabupaten Wetan Rina Wulandari menuturkan, kasus ini bermula ketika warga menyembelih sapi yang sudah mati di Wetan.");
        assertThat(Set.copyOf(InstitutionsTest.partiesBySpeaker(out).values())).containsExactly("Dinas Kesehatan Wetan");
    }

    @Test
    void aRunClosedByACommaAfterATitleStillNamesThePlace() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Kepala Dinas Kesehatan Kabupaten Wetan Raya, Rina Wulandari, mengatakan 12 orang positif.",
                "Kepala Dinas Pendidikan Kabupaten Wetan Raya, Sari Dewi, mengatakan sekolah tetap buka.");
        assertThat(InstitutionsTest.partiesBySpeaker(out).values()).contains("Dinas Kesehatan Wetan Raya");
    }
}
