package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A "read also" teaser the page glued to a paragraph of the body: the teaser is furniture, the paragraph after it is not
 * (a market fire and a flood, written by the team; pages of two development stories glued a body paragraph so). A list
 * of other articles' headlines is furniture by its shape; a list the text introduces, or a list of sentences, is text.
 */
class GluedTeaserTest {
    private static ArticleParser parser;

    @BeforeAll
    static void rules() throws Exception {
        parser = new ArticleParser(RulesLoader.load(Path.of("rules")));
    }

    private static Article parse(String text) {
        return parser.parse("t.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64));
    }

    private static List<String> boilerplate(Article a) {
        return a.boilerplate().stream().map(s -> s.coveredText(a.text())).toList();
    }

    @Test
    void aQuotationGluedAfterTheTeaserIsBody() {
        String text = "Kebakaran melanda Pasar Lintang pada Selasa malam.\n"
                + "Baca Juga: Viral! Pedagang Temukan Uang Palsu di Pasar Lintang \"Api berasal dari kios di lantai dua dan cepat "
                + "merambat ke los ikan,\" ujar Kepala Damkar Lintang Rudi Hartono.\nKalimat berikutnya di sini.";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly("Baca Juga: Viral! Pedagang Temukan Uang Palsu di Pasar Lintang ");
        assertThat(a.isBoilerplate(text.indexOf("\"Api berasal"))).isFalse();
    }

    @Test
    void aSentenceGluedToTheTeasersLastWordIsBody() {
        String text = "Sungai meluap sejak pagi.\n"
                + "Baca juga: Banjir Susulan di HilirWarga di bantaran sungai diminta mengungsi ke balai desa, kata Camat Sinta Dewi.\n"
                + "Kalimat berikutnya di sini.";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly("Baca juga: Banjir Susulan di Hilir");
        assertThat(a.isBoilerplate(text.indexOf("Warga di bantaran"))).isFalse();
    }

    @Test
    void aTeaserWithoutBodyAndTwoHeadlinesGluedStayFurniture() {
        assertThat(BoilerplateStripper.gluedBody("Baca juga: Berita lain yang menarik")).isEqualTo(-1);
        assertThat(BoilerplateStripper.gluedBody("Baca Juga:Pasar Baru Dibuka Pekan DepanBupati Resmikan Jembatan Gantung di Desa Mekar"))
                .isEqualTo(-1);
        // a quotation inside the teaser's headline, no running text after it
        assertThat(BoilerplateStripper.gluedBody("Baca juga: Wali Kota: \"Pasar Lama Tidak Digusur\"")).isEqualTo(-1);
    }

    @Test
    void aListOfOtherHeadlinesIsFurnitureWithOrWithoutAMarker() {
        String text = "Banjir Bandang Landa Lembah Hijau, 12 Warga Meninggal\n\n"
                + "Banjir bandang melanda Lembah Hijau pada Senin malam.\n"
                + "BPBD menyebut 12 warga meninggal dunia dan tiga masih hilang.\n"
                + "- Polisi Sebut Kerugian Kebakaran Pasar Lama Mencapai Rp 3 Miliar\n"
                + "- Longsor di Bukit Sari, 4 Warga Meninggal Dunia\n"
                + "Hujan masih turun hingga pagi, kata camat.\nBaca juga:\n"
                + "- Nelayan Hilang di Teluk Wetan Ditemukan Selamat\n- Dua Rumah Hanyut Diterjang Arus Deras saat Malam\n";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly(
                "- Polisi Sebut Kerugian Kebakaran Pasar Lama Mencapai Rp 3 Miliar",
                "- Longsor di Bukit Sari, 4 Warga Meninggal Dunia", "Baca juga:",
                "- Nelayan Hilang di Teluk Wetan Ditemukan Selamat", "- Dua Rumah Hanyut Diterjang Arus Deras saat Malam");
    }

    @Test
    void aListTheTextIntroducesOrOfSentencesStaysText() {
        String text = "Judul Berita Banjir\n\nBanjir melanda desa itu, kata camat.\n"
                + "Tiga korban yang meninggal adalah:\n- Kolonel Budi Santoso, Kepala Gudang Pusat\n- Sersan Eko Prasetyo Wibowo\n"
                + "Intinya sih...\n"
                + "• Pemerintah Kabupaten Lembah Hijau menerapkan status tanggap darurat\n"
                + "• Warga Lembah Hijau mengungsi ke balai desa\n";
        Article a = parse(text);
        assertThat(a.isBoilerplate(text.indexOf("- Kolonel"))).isFalse();
        assertThat(a.isBoilerplate(text.indexOf("- Sersan"))).isFalse();
        assertThat(a.isBoilerplate(text.indexOf("• Pemerintah"))).isFalse();
        assertThat(RelatedHeadlines.headline("- Pedagang Pasar Wetan Minta Relokasi Ditunda, Dinas: Tunggu Kajian"))
                .isTrue();
        assertThat(RelatedHeadlines.headline("- Petugas dinas mendatangi kios pedagang.")).isFalse();
        assertThat(RelatedHeadlines.headline("• Home")).isFalse();
    }

    @Test
    void otherHeadlinesPrintedOneAtATimeBetweenParagraphsAreFurniture() {
        String text = "Perahu Nelayan Terbalik di Teluk Wetan\n\n"
                + "Sebuah perahu nelayan terbalik di Teluk Wetan pada Senin sore, kata Kepala Basarnas Wetan Andi Saputra.\n\n"
                + "Kapal Feri Kandas di Selat Timur, Semua Penumpang Selamat\n\n"
                + "\"Empat nelayan sudah kami temukan dan dibawa ke puskesmas,\" kata Andi.\n\n"
                + "Perahu Wisata Tenggelam di Danau Biru, Kapolres Pastikan Tak Ada Korban Jiwa\n\n"
                + "Menurut Andi, gelombang setinggi dua meter menghantam perahu itu menjelang magrib.\n";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly("Kapal Feri Kandas di Selat Timur, Semua Penumpang Selamat",
                "Perahu Wisata Tenggelam di Danau Biru, Kapolres Pastikan Tak Ada Korban Jiwa");
        assertThat(a.isBoilerplate(text.indexOf("Menurut Andi"))).isFalse();
    }

    @Test
    void oneSubheadingBetweenParagraphsStaysText() {
        String text = "Perahu Nelayan Terbalik di Teluk Wetan\n\n"
                + "Sebuah perahu nelayan terbalik di Teluk Wetan pada Senin sore, kata Kepala Basarnas Wetan Andi Saputra.\n\n"
                + "Pencarian Korban Dilanjutkan Besok Pagi\n\n"
                + "Menurut Andi, gelombang setinggi dua meter menghantam perahu itu menjelang magrib.\n"
                + "Tim Gabungan Basarnas dan Polairud\n"
                + "Tim Gabungan Dikerahkan ke Teluk Wetan Malam Ini\n"
                + "Kapal karet diturunkan dari dermaga.\n";
        Article a = parse(text);
        assertThat(a.isBoilerplate(text.indexOf("Pencarian Korban"))).as("one alone is the page's own subheading").isFalse();
        assertThat(a.isBoilerplate(text.indexOf("Tim Gabungan Dikerahkan"))).as("after another headline-shaped line").isFalse();
    }

    @Test
    void aListOfOtherHeadlinesEachOverItsTimeStampIsFurniture() {
        String text = "Banjir Bandang Landa Lembah Hijau\n\n"
                + "Banjir bandang melanda Lembah Hijau pada Rabu (8/5).\n"
                + "BPBD menyebut 12 warga meninggal dunia dan tiga masih hilang.\n\n"
                + "Harga cabai naik menjelang hari raya\nSelasa, 14 Jun 2022 09:40 WIB\n"
                + "Jembatan gantung di Desa Mekar putus diterjang arus\nMinggu, 13 Feb 2022 15:06 WIB\n"
                + "Sekolah baru dibuka di pinggir kota\nKamis, 9 Nov 2023 11:20 WIB\n";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly(
                "Harga cabai naik menjelang hari raya", "Selasa, 14 Jun 2022 09:40 WIB",
                "Jembatan gantung di Desa Mekar putus diterjang arus", "Minggu, 13 Feb 2022 15:06 WIB",
                "Sekolah baru dibuka di pinggir kota", "Kamis, 9 Nov 2023 11:20 WIB");
        assertThat(a.isBoilerplate(text.indexOf("BPBD menyebut"))).isFalse();
    }

    @Test
    void aPagesOwnTimeStampAloneStaysText() {
        String text = "Banjir Bandang Landa Lembah Hijau\n\nSelasa, 14 Jun 2022 09:40 WIB\n"
                + "Banjir bandang melanda Lembah Hijau pada Senin malam.\n"
                + "BPBD menyebut 12 warga meninggal dunia dan tiga masih hilang.\n";
        Article a = parse(text);
        assertThat(a.isBoilerplate(text.indexOf("Senin, 21 Feb"))).isFalse();
        assertThat(RelatedHeadlines.timestamp("Selasa, 14 Jun 2022 09:40 WIB")).isTrue();
        assertThat(RelatedHeadlines.timestamp("21/02/2022 17:25")).isTrue();
        assertThat(RelatedHeadlines.timestamp("Selasa, 14 Jun 2022")).isFalse();
        assertThat(RelatedHeadlines.timestamp("Banjir melanda 21 desa 2022 17:25 WIB")).isFalse();
    }
}
