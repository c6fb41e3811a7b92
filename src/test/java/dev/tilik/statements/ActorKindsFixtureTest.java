package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a speaker speaks for in stories of kinds none of the development sets is about ({@code fixtures/actors-kinds-any}:
 * a chemical plant fire in Indonesian and English, a diarrhoea outbreak at a regency hospital, a disputed vote count in both languages; the
 * team's own sentences in invented places): the groups such stories quote — workers, patients, a parent, voters, a
 * volunteer, survivors — speak as a group of their own; a body named only by its kind ("pihak perusahaan", "pihak rumah
 * sakit", "the company") is the one body of that kind the article names, one named by its place in English ("West Lereng
 * police") the folder's body of that kind whose place that is in Indonesian; an office inside a company written before its
 * legal form ("Kacab PT …") is no part of the company's name; a profession's honorific in lower case ("dr Maya") is no
 * part of the body's name, and the person met again by it keeps their body.
 */
class ActorKindsFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-kinds-any");

    @Test
    void theGroupsOfAnyKindOfStorySpeakAsGroups() throws Exception {
        assertThat(FOLDER.parties("701_kabarwetan_id.txt", "Salah satu karyawan, Joko Susilo")).containsExactly("karyawan");
        assertThat(FOLDER.parties("701_kabarwetan_id.txt", "seorang buruh, Darto")).containsExactly("buruh");
        assertThat(FOLDER.parties("701_kabarwetan_id.txt", "Istri korban, Sulastri")).as("a wife is family").containsExactly("keluarga korban");
        assertThat(FOLDER.parties("702_suarawetan_id.txt", "Seorang pasien, Warsini")).containsExactly("pasien");
        assertThat(FOLDER.parties("702_suarawetan_id.txt", "orangtua pasien, Yanto")).containsExactly("orang tua pasien");
        assertThat(FOLDER.parties("704_lerengnews_id.txt", "seorang pemilih, Ani Rahayu")).containsExactly("pemilih");
        assertThat(FOLDER.parties("704_lerengnews_id.txt", "seorang relawan, Agus Salim")).containsExactly("relawan");
        assertThat(FOLDER.parties("703_wetanpost_en.txt", "one of the workers, Slamet Riyadi")).as("English, named as Indonesian names them")
                .containsExactly("pekerja");
        assertThat(FOLDER.parties("703_wetanpost_en.txt", "Survivors")).containsExactly("korban selamat");
    }

    @Test
    void aBodyNamedByItsKindIsTheArticlesOneBodyOfThatKind() throws Exception {
        assertThat(FOLDER.parties("701_kabarwetan_id.txt", "pihak perusahaan")).containsExactly("Sinar Kimia Wetan");
        assertThat(FOLDER.parties("703_wetanpost_en.txt", "the company")).containsExactly("Sinar Kimia Wetan");
        assertThat(FOLDER.parties("702_suarawetan_id.txt", "pihak rumah sakit")).as("a kind named by two words").containsExactly("RSUD Wetan");
    }

    @Test
    void aBodyNamedByItsPlaceInEnglishIsTheFoldersBodyOfThatKindThere() throws Exception {
        assertThat(FOLDER.parties("705_lerengtimes_en.txt", "West Lereng police"))
                .as("\"Lereng Barat\" in Indonesian, the folder's \"Polda Lebar\"").containsExactly("Polda Lebar");
        assertThat(FOLDER.parties("705_lerengtimes_en.txt", "Lereng officials")).as("a place before a noun for no kind of body")
                .doesNotContain("Polda Lebar");
    }

    @Test
    void anOfficeInsideACompanyIsNoPartOfItsName() throws Exception {
        assertThat(FOLDER.parties("701_kabarwetan_id.txt", "Kacab PT Sinar Kimia Wetan, Rudi Salim")).containsExactly("Sinar Kimia Wetan");
    }

    @Test
    void aProfessionsHonorificIsNoPartOfTheBodysName() throws Exception {
        assertThat(FOLDER.parties("702_suarawetan_id.txt", "Direktur RSUD Wetan, dr Maya Lestari")).containsExactly("RSUD Wetan");
        assertThat(FOLDER.parties("702_suarawetan_id.txt", "dr Maya")).as("the person met again by honorific and first name")
                .containsExactly("RSUD Wetan");
    }

    @Test
    void aBodyNamedInEnglishByItsPlaceAndKindAloneIsTheFoldersBodyOfThatKindThere() {
        java.util.List<ArticleStatements> out = new StatementExtractor(Extract.RULES).acrossFolder(java.util.List.of(
                Extract.article("id", "Polisi di Provinsi Lereng Barat (Lebar) menjaga gudang logistik pemilu. "
                        + "Kabid Humas Polda Lebar Kombes Pol Iwan Setiawan mengatakan dua orang ditahan."),
                Extract.article("en", "Two people were detained after the count, West Lereng Police spokesperson Rudi Hartono said.")));
        // Read from the words "West Lereng Police", the party was those words, a body of no folder's naming.
        assertThat(out.get(1).statements()).extracting(Statement::party).containsOnly("Polda Lebar");
    }
}
