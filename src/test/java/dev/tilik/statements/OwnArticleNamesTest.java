package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name met again in its own article is the person that article named in full, whoever else of that name the folder
 * quotes (a story the team wrote; every name invented); a companion's title after "bersama" is never the speaker's.
 */
class OwnArticleNamesTest {

    private static String partyOf(List<ArticleStatements> out, int article, String speaker) {
        return out.get(article).statements().stream().filter(s -> s.speaker().equals(speaker)).findFirst()
                .map(s -> String.valueOf(s.party())).orElseThrow();
    }

    @Test
    void aFirstNameMetAgainIsThePersonItsArticleNamedInFull() {
        List<ArticleStatements> out = folder(
                "Seorang warga bernama Agus Setiawan mengaku bekerja sebagai buruh. \"Kami jadi buruh,\" ungkap Agus.",
                "\"Saya buruh harian,\" kata Agus.",
                "Ketua Badan Pengawas Pelabuhan (BPP) Agus Santoso membantah bahwa pihaknya melibatkan warga. "
                        + "\"Kami tidak melibatkan warga,\" tegas Agus.");
        assertThat(partyOf(out, 2, "Agus")).isEqualTo("BPP");
        assertThat(partyOf(out, 0, "Agus")).as("the worker's own article named him").isEqualTo("warga");
    }

    @Test
    void aTitleAfterBersamaIsTheCompanionsNotTheSpeakers() {
        List<ArticleStatements> out = folder(
                "Gubernur Jawa Wetan Rina Wati mengatakan santunan segera dibayar. Pemerintah Provinsi Jawa Wetan, kata Rina, "
                        + "menanggung biaya sekolah. Rina menyebut dana dari Pemprov Jawetan.",
                "Kepala Polda Jawetan mengatakan lokasi sudah aman. Polda Jawetan menjaga lokasi.",
                "Gubernur Jawa Wetan, Rina Wati, mengaku akan memberikan santunan. "
                        + "Rina yang datang bersama Kapolda Jawetan pun meminta jenazah segera dipulangkan.");
        assertThat(partyOf(out, 2, "Rina yang datang bersama Kapolda Jawetan")).isEqualTo(partyOf(out, 2, "Gubernur Jawa Wetan, Rina Wati"));
    }
}
