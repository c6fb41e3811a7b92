package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Offices set off around a name, on a story the team wrote (a textile plant closing in an invented regency, Sukamaju; every name
 * invented): a name set off after "Minister of X," is still the person's, so met again by one word of it they speak for
 * X; a bare title the article pass read for a person met again ("Minister") is no body; an office set off after a name
 * with its article ("the head of BPBD Sukamaju") or with the scope word that says whom the role serves ("spokesman for
 * BPBD Sukamaju") gives the person the body; a name set off after an office holding a lower-case word ("Staf kesiswaan
 * SMP N 3 Sukamaju, Dewi Lestari") is still read as the name, so the body the folder gives her elsewhere is carried.
 */
class OfficeAppositionsTest {

    private static final String DEFINED = "Kementerian Perindustrian (Kemenperin) menyebut 3.000 pekerja terdampak. "
            + "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju mencatat banjir merendam pabrik di Sukamaju. "
            + "Kementerian Komunikasi dan Digital (Komdigi) menyebut data pekerja aman.";

    private static List<ArticleStatements> folder(String english) {
        List<ArticleStatements> in = List.of(Extract.article("id", DEFINED), Extract.article("en", english));
        return new StatementExtractor(Extract.RULES).acrossFolder(in);
    }

    @Test
    void aNameSetOffAfterMinisterOfABodyIsThePersonsSoTheirSurnameSpeaksForIt() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Deputy Minister of Komdigi, Rudi Kurniawan, said the data was old. "
                        + "According to Kurniawan, while some data is encrypted, there is no threat to the workers."));
        assertThat(p.get("Deputy Minister of Komdigi, Rudi Kurniawan")).isEqualTo("Komdigi");
        assertThat(p.get("Kurniawan")).as("not the bare title \"Minister\"").isEqualTo("Komdigi");
    }

    @Test
    void anOfficeSetOffAfterANameWithItsArticleGivesThePersonTheBody() {
        Map<String, String> p = partiesBySpeaker(folder(
                "\"The water rose two metres in one hour,\" said Budi Santoso, the head of BPBD Sukamaju, on Wednesday."));
        assertThat(p.get("Budi Santoso")).isEqualTo("BPBD Sukamaju");
    }

    @Test
    void aRoleServingABodyGivesThePersonTheBody() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Dewi Lestari, spokeswoman for BPBD Sukamaju, said 1,200 houses were flooded."));
        assertThat(p.get("Dewi Lestari")).isEqualTo("BPBD Sukamaju");
    }

    @Test
    void aNameSetOffAfterAnOfficeWithALowerCaseWordIsStillTheName() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Siswa SMPN 3 Sukamaju di Kabupaten Sukamaju dirawat setelah makan siang. "
                        + "\"Pihak keluarga belum mengizinkan siapa pun,\" kata Staf Kesiswaan SMPN 3 Sukamaju, Dewi Lestari."),
                Extract.article("id", "Staf kesiswaan SMP N 3 Sukamaju, Dewi Lestari, meragukan keterangan polisi karena korban "
                        + "siswa berprestasi."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Staf kesiswaan SMP N 3 Sukamaju, Dewi Lestari")).isEqualTo("SMPN 3 Sukamaju");
    }
}
