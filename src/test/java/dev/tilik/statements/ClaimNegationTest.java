package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A negation of the claim's own predicate, in sentences the team wrote: firm ones ("tidak akan",
 * "tidak pernah", "will not") deny; a bare "no" opening a quoted answer denies; a negated verb set
 * against what is so ("bukan menaikkan …, melainkan …") denies; a plain negation states a negative fact
 * (asserted), and a negation in a later clause ("…, karena tidak ada …", "yang tidak …", "…, bukan X")
 * or that only says "not only" is part of what is asserted; an intent ruled out ("tidak bermaksud …") denies, and a
 * negation saying the opposite of its word ("tidak akan tinggal diam") asserts.
 */
class ClaimNegationTest {

    private static void take(Stance expected, String language, String... sentences) {
        Extract.takes(expected, language, sentences);
    }

    @Test
    void aRefusalOrANeverDenies() {
        take(Stance.DENY, "id",
                "Wali kota menegaskan pemerintah kota tidak akan menaikkan tarif air bersih tahun ini.",
                "Direktur itu memastikan perusahaannya tak akan menjual lahan di pesisir tersebut.",
                "\"Kedua pemuda itu tidak pernah terlibat keributan di kampung kami,\" kata ketua RT.",
                "Ketua koperasi mengungkapkan pihaknya tak setuju apabila iuran anggota dinaikkan.");
        take(Stance.DENY, "en",
                "The mayor said the city will not raise water tariffs this year.");
    }

    @Test
    void aBareNoOpeningAQuotedAnswerDenies() {
        take(Stance.DENY, "id",
                "\"Nggak, nggak, kami nggak akan pindah dari sini,\" tegas seorang pedagang.",
                "\"Enggak bisa dibuka oleh orang luar,\" kata petugas gudang itu.");
    }

    @Test
    void aNegatedVerbSetAgainstWhatIsSoDenies() {
        take(Stance.DENY, "id",
                "Kepala dinas menekankan pihaknya bukan menaikkan harga, melainkan menyesuaikan biaya angkut.");
    }

    @Test
    void aPlainNegationStatesANegativeFact() {
        take(Stance.ASSERT, "id",
                "Kepala dishub mengungkapkan angkutan itu tidak memiliki izin trayek.",
                "Inspektur mengatakan gedung itu bukanlah cagar budaya, melainkan bangunan baru.");
    }

    @Test
    void aNegationInALaterClauseIsPartOfWhatIsAsserted() {
        take(Stance.ASSERT, "id",
                "Kepala balai mengatakan pemulihan arsip gagal karena tidak ada salinan cadangan.",
                "Ia mengatakan dinas sudah menyediakan gudang, namun banyak pedagang yang tidak memakainya.",
                "Menurut dia, genangan itu berasal dari saluran yang tersumbat, bukan dari tanggul.",
                "Kepala desa mengatakan warga tidak hanya kehilangan sawah, tetapi juga ternak.");
        take(Stance.ASSERT, "en",
                "The official said recovery failed because there was no backup copy.");
    }

    @Test
    void anIntentRuledOutDenies() {
        take(Stance.DENY, "id",
                "\"Pemerintah desa tidak bermaksud menggusur para pedagang,\" kata kepala desa.",
                "\"Panitia tidak memiliki niat untuk mempermalukan peserta,\" ujar ketua panitia.",
                "\"Sama sekali tidak ada maksud menyinggung warga,\" kata camat itu.");
        take(Stance.DENY, "en", "\"The council did not mean to offend the traders,\" the mayor said.");
    }

    @Test
    void aNegationSayingTheOppositeOfItsWordAsserts() {
        take(Stance.ASSERT, "id",
                "Bupati menuturkan pemerintah tidak akan tinggal diam melihat petani merugi.",
                "Kepala dinas menegaskan tidak sedikit warga mengungsi ke balai desa.",
                "\"Kami tidak akan segan menindak pedagang yang curang,\" kata kepala pasar.");
        take(Stance.ASSERT, "en", "The minister said the government will not stand idly by as prices climb.");
    }

    @Test
    void aNegatedMannerDeniesNoAct() {
        take(Stance.ASSERT, "id",
                "\"Tidak bisa asal mencocokkan nama korban,\" kata kepala posko.",
                "\"Tidak asal menutup jalan itu,\" kata kepala dinas.");
    }

    @Test
    void notMerelyDeniesNothing() {
        take(Stance.ASSERT, "id",
                "Kepala desa mengatakan warga bukan semata-mata kehilangan sawah, tetapi juga ternak.");
    }

    @Test
    void aNegationOverATopicEventThatDeniesNothingOrOnlyCorrectsAsserts() {
        take(Stance.ASSERT, "id",
                "Juru bicara mengatakan negaranya belum mengirimkan tentara ke perbatasan.",
                "Juru bicara mengatakan latihan itu rutin, bukan pengiriman tentara ke perbatasan.");
    }

    @Test
    void sayingItIsNotSoOrThatTheEvidenceContradictsItDenies() {
        take(Stance.DENY, "id", "\"Tapi petugas di lapangan menemukan tidak seperti itu,\" katanya.");
        take(Stance.DENY, "en", "He said the records contradicted the photos shared online.");
    }
}
