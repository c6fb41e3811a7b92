package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What real copy does to extraction, on sentences the team wrote in the style of story kinds none of the development sets
 * is about (a factory strike, a market fire, a court case, a landslide): a rank's or a legal form's point inside the
 * speaker after a cue ("kata Kapolres X Kombes. Pol. Rina"); a page cut off inside its last quotation, the cue lost or
 * only begun ("…," tegasn) — the last speaker attributed just before speaks, as in three of the eleven stories; and the cue
 * forms copy uses that the lists lacked: a question asked, words laid out ('"…?" tanya X', '"…," urainya'), a hope or a
 * promise reported ("X berharap …", "X berjanji akan …").
 */
class RealCopyExtractionTest {

    /** The last of the {@code count} statements of an Indonesian article. */
    private static Statement lastOf(String text, int count) {
        List<Statement> st = Extract.id(text);
        assertThat(st).hasSize(count);
        return st.get(count - 1);
    }

    @Test
    void aRanksOrALegalFormsPointIsPartOfTheSpeakerAfterTheCue() {
        Statement s = Extract.one("id", "\"Api berasal dari kios di lantai dua,\" kata Kapolres Lintang Kombes. Pol. Budi Santoso.");
        assertThat(s.speaker()).isEqualTo("Kapolres Lintang Kombes. Pol. Budi Santoso");
        Statement d = Extract.one("id", "\"Pabrik tetap buka,\" ujar Direktur PT. Sinar Tekstil Rina Wati kepada wartawan.");
        assertThat(d.speaker()).isEqualTo("Direktur PT. Sinar Tekstil Rina Wati");
    }

    @Test
    void aQuotationThePageCutOffIsTheLastQuotedSpeakers() {
        String open = "Mogok buruh pabrik tekstil memasuki hari ketiga.\n"
                + "\"Kami belum menerima upah sejak Maret,\" kata Ketua Serikat Buruh Rina Wati.\n"
                + "Manajemen belum menanggapi tuntutan itu.\n"
                + "\"Yang pertama karena direksi belum membuka data keuangan kepada kami, belum terbuka ke";
        Statement cut = lastOf(open, 2);
        assertThat(cut.speaker()).isEqualTo("Ketua Serikat Buruh Rina Wati");
        assertThat(cut.quote()).isTrue();
        assertThat(Extract.claim("id", open, cut)).startsWith("Yang pertama karena direksi").endsWith("belum terbuka ke");

        String cueBegun = "Api membakar 30 kios di pasar itu.\n"
                + "\"Kami sudah memastikan tidak ada korban jiwa,\" ujar Kapolsek Lintang Andi Pratama.\n"
                + "Petugas masih memadamkan sisa api.\n"
                + "\"Semua pedagang sudah dievakuasi dan tidak ada yang terluka,\" tegasn";
        Statement fire = lastOf(cueBegun, 2);
        assertThat(fire.speaker()).isEqualTo("Kapolsek Lintang Andi Pratama");
        assertThat(Extract.claim("id", cueBegun, fire)).isEqualTo("Semua pedagang sudah dievakuasi dan tidak ada yang terluka");
    }

    @Test
    void theSpeakerReportedLastBeforeTheCutSpeaksNotAnEarlierOne() {
        String text = "Mogok buruh pabrik tekstil memasuki hari ketiga.\n"
                + "\"Kami belum menerima upah sejak Maret,\" kata Ketua Serikat Buruh Rina Wati.\n"
                + "Direktur Andi Pratama menyampaikan bahwa upah akan dibayar pekan depan.\n"
                + "\"Kami sedang menunggu pencairan dana dari ban";
        assertThat(lastOf(text, 3).speaker()).isEqualTo("Direktur Andi Pratama");
        // too far back: six sentences of no one's between
        String far = "\"Kami belum menerima upah,\" kata Rina Wati.\nPabrik tutup.\nGerbang dikunci.\nMesin berhenti.\n"
                + "Truk tidak masuk.\nGudang kosong.\n\"Direksi belum membuka data kepada ka";
        assertThat(Extract.id(far)).hasSize(1);
    }

    @Test
    void aQuotationThatEndsItsSentenceOrAnArticleQuotingNoOneLendsNoSpeaker() {
        // the page is whole: the last quotation ends with its full stop
        assertThat(Extract.id("Sidang ditunda pekan depan.\n"
                + "\"Putusan dibacakan Senin,\" kata juru bicara pengadilan Sinta Dewi.\n"
                + "Terdakwa tidak hadir.\n"
                + "\"Kami menunggu putusan itu.\"")).hasSize(1);
        // nobody was quoted before the cut
        assertThat(Extract.id("Longsor menimbun tiga rumah di desa itu.\n"
                + "Warga mengungsi ke balai desa.\n"
                + "\"Tanahnya masih bergerak sejak semalam, kami takut tid")).isEmpty();
        // a cut quotation that is not the article's last sentence is no cut
        assertThat(Extract.id("\"Kami belum menerima upah,\" kata Rina Wati.\n"
                + "Manajemen belum menanggapi.\n"
                + "Pabrik masih tutup.\n"
                + "\"Direksi belum membuka data kepada kami\n"
                + "Buruh bertahan di depan gerbang.")).hasSize(1);
    }

    @Test
    void aQuestionTheClosingWordsAndWordsLaidOutAfterAQuotationAreAttributed() {
        String[][] rows = {
            {"\"Apakah benar panitia tidak punya daftar pedagang?\" tanya anggota dewan Rudi Hartono.", "anggota dewan Rudi Hartono"},
            {"\"Nama-nama pedagang sudah didata dan diajukan ke dinas,\" urai Ketua Paguyuban Sinta Dewi.", "Ketua Paguyuban Sinta Dewi"},
        };
        for (String[] row : rows) {
            assertThat(Extract.one("id", row[0]).speaker()).as(row[0]).isEqualTo(row[1]);
        }
        // a question asked takes no position on what is so
        assertThat(Extract.one("id", rows[0][0]).stance()).isEqualTo(Stance.OTHER);
    }

    @Test
    void closedIsNoCueSoAClaimThatSaysSomethingClosedKeepsTheWord() {
        // "tutup" closes quotations in copy ('"…," tutupnya') but says "closed" far more often: no cue
        assertThat(Extract.id("\"Los ikan kami tutup sampai perbaikan selesai,\" tutup Kepala Dinas Pasar Andi Pratama.")).isEmpty();
    }

    @Test
    void aHopeOrAPromiseReportedOfTheSpeakerIsAStatement() {
        Statement hope = Extract.one("id", "Bupati berharap kenaikan retribusi itu dapat membiayai perbaikan pasar.");
        assertThat(hope.speaker()).isEqualTo("Bupati");
        assertThat(hope.stance()).isEqualTo(Stance.ASSERT);
        Statement promise = Extract.one("id", "Direktur juga berjanji akan membayar upah buruh yang tertunda.");
        assertThat(promise.speaker()).isEqualTo("Direktur");
        // inside a quotation a first person's wish is no cue, and takes no position
        Statement wish = Extract.one("id", "\"Kami berharap pabrik segera dibuka,\" kata Rina.");
        assertThat(wish.speaker()).isEqualTo("Rina");
        assertThat(wish.stance()).isEqualTo(Stance.OTHER);
    }
}
