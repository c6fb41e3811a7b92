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
                "Gubernur Wetan Barat Rina Wati akan menanggung biaya pendidikan anak korban di Desa Sagara, Wetan Barat.\n\n"
                        + "Pemerintah Provinsi Wetan Barat, kata Rina, bakal mengambil alih tanggung jawab itu.\n\n"
                        + "Selain itu, Rina juga menyebut keluarga mendapat tali asih dari Pemprov Webar senilai Rp 50 juta.",
                "Gubernur Wetan Barat, Rina Wati, mengaku akan memberikan santunan Rp 50 juta bagi tiap keluarga korban.\n\n"
                        + "Rina yang datang bersama Kapolda Webar dan Pangdam Siliwangi pun meminta jenazah segera dipulangkan.\n\n"
                        + "\"Saya akan memberikan uang santunan,\" ucap Rina.");
        // the relative clause closed by "pun" is no part of the speaker (h33sp): every "Rina" of the article is the governor
        assertThat(out.get(1).statements().stream().filter(s -> s.speaker().equals("Rina")).map(s -> String.valueOf(s.party())))
                .as("the governor, not the police chief who came with her").hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("Pemprov Webar");
    }

    @Test
    void aOneNameSpeakerWhoseArticleWritesTheNameInFullAsAnotherPersonIsNoNamesakesBody() {
        List<ArticleStatements> out = folder(
                "Kepala Humas Badan Pelayanan Wetan (BPW) Yusran Latifah mengatakan semua korban sudah dievakuasi. "
                        + "Yusran mengatakan posko ditutup besok.",
                "Semarang - Yusran Hadinata (26), jurnalis televisi, batal ikut penerbangan itu. "
                        + "\"Saya turun di bandara untuk mengirim berita,\" kata Yusran.");
        assertThat(partyOf(out, 0, "Yusran")).as("the spokesman met again in his own article").isEqualTo("BPW");
        assertThat(partyOf(out, 1, "Yusran")).as("the journalist written in full, never the spokesman").isEqualTo("null");
    }

    @Test
    void aOneNameSpeakerWhoseArticleSpellsTheFullNameOtherwiseKeepsTheBody() {
        List<ArticleStatements> out = folder(
                "Kepala Humas Badan Pelayanan Wetan (BPW) Yusran Latifah mengatakan semua korban sudah dievakuasi.",
                "Pagi itu Yusran L. Latifa meninjau posko, lalu Yusran Latifa menutupnya. \"Kami menutup posko besok,\" kata Yusran.");
        assertThat(partyOf(out, 1, "Yusran")).as("an initial, and the fuller name the folder gave the body by one letter apart").isEqualTo("BPW");
    }

    @Test
    void aOneNameSpeakerCarriedAPairsBodyIsThatPairsOwnNamedInFull() {
        List<ArticleStatements> out = folder(
                "Tim Pemenangan Wetan (TPW) Rudianto Sasmito-Hendra Wijaya mengatakan semua saksi sudah disiapkan.",
                "Calon gubernur Rudianto Sasmito meminta hasil hitung diperiksa. \"Kami minta diperiksa ulang,\" kata Rudianto.");
        assertThat(partyOf(out, 1, "Rudianto")).as("a pair's name joins two people by a hyphen: its parts are his words")
                .isEqualTo("TPW");
    }
}
