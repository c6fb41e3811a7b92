package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who speaks for which body in a corporate and labour story (an invented one: a weaving company gone bankrupt, its
 * curators, its union, two ministers): a minister's short form speaks for the ministry, a company's brand and ticker are
 * one company, a body named where the speaker was is not theirs, court-appointed curators are a group of their own, a
 * union at a company is that company's union, a corporate title is a role.
 */
class CorporateActorsTest {

    private static Map<String, String> partiesBySpeaker(List<ArticleStatements> out) {
        return InstitutionsTest.partiesBySpeaker(out);
    }

    private static List<ArticleStatements> folder(String... texts) {
        return InstitutionsTest.folder(texts);
    }

    @Test
    void aMinistersShortFormSpeaksForTheMinistryTheFolderNamesElseTheOneItsShortFormNames() {
        List<ArticleStatements> out = folder(
                "Kementerian Perindustrian (Kemenperin) menyiapkan pelatihan ulang. "
                        + "Wakil Menteri Perindustrian (Wamenperin) Rudi Hartanto mengatakan pelatihan dimulai bulan depan.",
                "Wamenperin mengatakan pabrik tidak boleh tutup.",
                "Menteri Pariwisata (Menpar) Sinta Lestari mengatakan kunjungan ke pabrik ditunda.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Wakil Menteri Perindustrian (Wamenperin) Rudi Hartanto")).isEqualTo("Kemenperin");
        // The short title met again is named in full ({@link SecondMentions}).
        assertThat(p.get("Wamenperin Rudi Hartanto")).as("a minister's title the folder defines as a title").isEqualTo("Kemenperin");
        assertThat(p.get("Menteri Pariwisata (Menpar) Sinta Lestari"))
                .as("the ministry's short form made from the minister's when the folder names none").isEqualTo("Kemenpar");
    }

    @Test
    void aCompanysBrandAndTickerAreOneCompanyAndABodyNamedWhereTheSpeakerWasIsNotTheirs() {
        List<ArticleStatements> out = folder(
                "Presiden Komisaris PT Kain Wetan Tbk (Wekain) Hendra Santoso mengatakan pabrik tetap berjalan.",
                "Saham PT Kain Wetan Tbk (WKN) dihentikan. "
                        + "Hendra dalam konferensi pers di Kementerian Pariwisata mengatakan gaji tetap dibayar. "
                        + "Hendra mengatakan mesin masih menyala.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Presiden Komisaris PT Kain Wetan Tbk (Wekain) Hendra Santoso")).as("a corporate title is a role")
                .isEqualTo("Wekain");
        assertThat(p).as("the occasion after the name is no part of the speaker")
                .doesNotContainKey("Hendra dalam konferensi pers di Kementerian Pariwisata");
        assertThat(p.get("Hendra")).isEqualTo("Wekain");
        PartyNames names = new StatementExtractor(Extract.RULES).partyNames(List.of(
                "PT Kain Wetan Tbk (Wekain) tutup.", "Saham PT Kain Wetan Tbk (WKN) dihentikan."));
        assertThat(names.same("Wekain", "WKN")).as("a brand and a ticker the folder gives one company").isTrue();
        assertThat(names.same("Wekain", "Kain Wetan")).isTrue();
        assertThat(names.same("Wekain", "Kemenpar")).isFalse();
    }

    @Test
    void curatorsAreAGroupAndAUnionAtACompanyIsThatCompanysUnion() {
        List<ArticleStatements> out = folder(
                "PT Kain Wetan Tbk (Kawet) dinyatakan pailit. Tim kurator mengatakan aset belum dijual. "
                        + "Dewi Anggraini, salah satu anggota tim kurator, mengatakan mesin akan dilelang.",
                "Para Kurator membantah mangkir dari mediasi. Dewi mengatakan undangan datang terlambat.",
                "Ketua Serikat Pekerja Nasional (SPN) PT Kawet Joko Susilo mengatakan buruh belum menerima pesangon.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Tim kurator")).isEqualTo("kurator");
        assertThat(p.get("Dewi Anggraini, salah satu anggota tim kurator")).isEqualTo("kurator");
        assertThat(p.get("Para Kurator")).isEqualTo("kurator");
        assertThat(p.get("Dewi")).isEqualTo("kurator");
        assertThat(p.get("Ketua Serikat Pekerja Nasional (SPN) PT Kawet Joko Susilo")).isEqualTo("SPN Kawet");
    }

    @Test
    void aNameRightAfterANounOfRelationIsWhoseRelationItIsNotTheSpeakers() {
        List<ArticleStatements> out = folder(
                "Pemilik PT Kain Wetan Tbk (Kawet), Hendra Santoso, mengatakan utang akan dibayar. "
                        + "Ayah dari Hendra Santoso itu dikenal sebagai pendiri pabrik.");
        assertThat(partiesBySpeaker(out).get("Pemilik PT Kain Wetan Tbk (Kawet), Hendra Santoso")).isEqualTo("Kawet");
    }

    @Test
    void aBareGroupNounIsTheOneGroupOfThatNounTheArticleOrTheFolderNames() {
        List<ArticleStatements> out = folder(
                "Keluarga Rina, Budi Santoso, mengatakan jenazah sudah dimakamkan. "
                        + "Keluarga mengaku belum menerima santunan.",
                "Kakak Rina, Dodi, mengatakan Rina pulang malam itu. Paman korban, Herman, mengatakan motor ditahan.",
                "Keluarga mengatakan pengacara sudah ditunjuk.");
        List<String> byFile = out.stream().flatMap(a -> a.statements().stream()).filter(s -> s.speaker().equals("Keluarga"))
                .map(s -> String.valueOf(s.party())).toList();
        assertThat(partiesBySpeaker(out).get("Keluarga Rina, Budi Santoso")).isEqualTo("keluarga Rina");
        assertThat(byFile).as("in its article; in one that names none, the folder's group named most").containsExactly("keluarga Rina", "keluarga Rina");
    }

    @Test
    void aPersonGivenAUnitAndTheBodyItBelongsToSpeaksForTheBody() {
        List<ArticleStatements> out = folder(
                "Kementerian Pariwisata (Kemenpar) memeriksa hotel. Badan Destinasi Wisata (BDW) ikut turun. "
                        + "Kepala BDW Kemenpar Usman Hakim mengatakan hotel ditutup.",
                "Kepala BDW Usman Hakim mengatakan izin dicabut.",
                "Usman Hakim mengatakan tamu dipindahkan.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Kepala BDW Kemenpar Usman Hakim")).isEqualTo("Kemenpar");
        assertThat(p.get("Usman Hakim")).isEqualTo("Kemenpar");
        assertThat(p.get("Kepala BDW Usman Hakim")).isEqualTo("Kemenpar");
    }
}
