package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body the folder defines, written with no comma before the name of the person who speaks for it ("Korlap Donasi
 * Aksi dari Aliansi Warga Wetan Bersatu Sutarno Wijaya"): the body ends where the folder's long form ends, and the
 * words after it are the person's name, never part of the body. The team's own sentences on an invented land dispute.
 */
class BodyBeforeNameTest {
    @Test
    void aDefinedBodyRunOnIntoAPersonsNameEndsWithItsLongForm() {
        Map<String, String> p = parties("Korlap Donasi Aksi dari Aliansi Warga Wetan Bersatu Sutarno Wijaya");
        assertThat(p.get("Korlap Donasi Aksi dari Aliansi Warga Wetan Bersatu Sutarno Wijaya")).isEqualTo("AWWB");
    }

    @Test
    void theSamePersonNamedAgainLaterInTheArticleSpeaksForTheBodyToo() {
        Map<String, String> p = parties("Korlap Donasi Aksi dari Aliansi Warga Wetan Bersatu Sutarno Wijaya");
        assertThat(p.get("Sutarno")).isEqualTo("AWWB");
    }

    @Test
    void aBodyTheFolderDoesNotDefineIsLeftAsItWas() {
        // no long form the folder defines ends inside the run: nothing to cut it at
        Map<String, String> p = parties("Korlap Donasi Aksi dari Paguyuban Warga Kidul Sutarno Wijaya");
        assertThat(p.get("Korlap Donasi Aksi dari Paguyuban Warga Kidul Sutarno Wijaya")).isNotEqualTo("AWWB");
    }

    private static Map<String, String> parties(String phrase) {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Aliansi Warga Wetan Bersatu (AWWB) menolak penggusuran lahan di Wetan. "
                        + "\"Sudah terkumpul sekitar 500 dus air mineral,\" kata " + phrase + ", Senin (4/8).\n\n"
                        + "Donasi itu, lanjut Sutarno, didominasi air mineral dan makanan ringan.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        return p;
    }
}
