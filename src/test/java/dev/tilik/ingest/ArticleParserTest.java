package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.RulesLoader;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
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
    void teaserGluedToTheBodyIsCutWhereTheDatelineStarts() {
        String text = "Simak Video: Kim Jong Un Siapkan 1.500 Pasukan Korut Bantu Rusia Perang di UkrainaSuara.com - "
                + "Korea Utara pada Jumat (24/10) menanggapi isu itu.\nKalimat kedua di sini.";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly(
                "Simak Video: Kim Jong Un Siapkan 1.500 Pasukan Korut Bantu Rusia Perang di UkrainaSuara.com - ");
        assertThat(a.source()).isEqualTo("Suara.com");
        assertThat(a.sourceSpan().coveredText(text)).isEqualTo("Suara.com");
        assertThat(a.isBoilerplate(text.indexOf("Korea Utara pada"))).isFalse();
        assertThat(a.headline()).isNull();
    }

    @Test
    void aHeaderLabelWrittenAgainBeforeTheHeadlineIsALabelNotText() {
        String text = "source: Warta Lintang\ndate: 2025-03-02\nlang: id\n\n"
                + " date 2025-03-02 Sengketa Rekapitulasi Suara, KPU Lintang: Hitung Ulang Dua TPS\n\n"
                + "SUKAMAJU - Panitia pemilihan menghitung ulang surat suara di dua TPS.\nDua.\n";
        Article a = parse(text);
        assertThat(a.title()).contains("Sengketa Rekapitulasi Suara, KPU Lintang: Hitung Ulang Dua TPS");
        assertThat(boilerplate(a)).contains("date 2025-03-02 ");
        assertThat(a.isBoilerplate(text.indexOf("Sengketa"))).isFalse();
        // a body line opening with the key but another value is text
        Article other = parse("date: 2025-03-02\n\nDate 2025-03-09 menjadi batas akhir gugatan.\nDua.\n");
        assertThat(boilerplate(other)).doesNotContain("Date 2025-03-09 ");
    }

    @Test
    void aDatelineHalfwayDownIsReadWhenItNamesTheArticlesOwnOutlet() {
        String body = "Wali kota meninjau pasar pada Senin pagi.\nIa berbicara kepada pedagang di sana.\n"
                + "Warga berharap harga turun.\n";
        String later = "Lembayung, Kotabaru – Wali Kota Rina Sari mengaku akan menurunkan retribusi pasar.\n";
        Article bySource = parse("source: Lembayung\n\n" + body + later);
        assertThat(boilerplate(bySource)).containsExactly("source: Lembayung", "Lembayung, Kotabaru – ");
        Article byAddress = parse("url: https://kabar.lembayungpos.com/a/1\n\n" + body
                + "LEMBAYUNGPOS.COM, KOTABARU - Wali Kota Rina Sari mengaku akan menurunkan retribusi.\n");
        assertThat(boilerplate(byAddress)).containsExactly("url: https://kabar.lembayungpos.com/a/1",
                "LEMBAYUNGPOS.COM, KOTABARU - ");
        // the same shape naming no outlet of the article's is copy: a speaker and an aside
        Article other = parse("source: Lembayung\n\n" + body
                + "Rina Sari, Wali Kota – yang juga ketua koperasi – mengaku akan menurunkan retribusi.\n");
        assertThat(boilerplate(other)).containsExactly("source: Lembayung");
        Article noHeader = parse(body + later);
        assertThat(boilerplate(noHeader)).isEmpty();
    }

    @Test
    void anOpeningDatelinesOutletIsKnownAgainFurtherDown() {
        Article a = parse("KOTABARU, WARTALINTANG.com – Harga beras naik lagi.\nPedagang mengeluh.\nPembeli juga.\n"
                + "Dua hari kemudian harga turun.\nKOTABARU, WARTALINTANG.com – Harga beras naik lagi.\n");
        assertThat(boilerplate(a)).containsExactly("KOTABARU, WARTALINTANG.com – ", "KOTABARU, WARTALINTANG.com – ");
        assertThat(a.source()).isEqualTo("WARTALINTANG.com");
    }

    @Test
    void outletNamesComeFromTheSourceAndTheAddressesSiteName() {
        OutletNames n = OutletNames.of("Warta Lintang", "https://www.kabarpagi.co.id/news/2025/x");
        assertThat(n.named("Kotabaru, Warta Lintang - ")).isTrue();
        assertThat(n.named("KABARPAGI.CO.ID, KOTABARU -- ")).isTrue();
        assertThat(n.named("Kotabaru, Suara Rakyat - ")).isFalse();
        OutletNames regional = OutletNames.of(null, "https://timur.kabarpagi.com/x");
        assertThat(regional.named("Kapolda Timur, Irjen Budi – ")).as("a subdomain is a region, not the site").isFalse();
        assertThat(regional.named("Kotabaru, Kabarpagi – ")).isTrue();
        assertThat(OutletNames.of(null, "https://www.news.id/x").isEmpty()).as("generic labels name no site").isTrue();
        assertThat(OutletNames.of(null, "not an address").isEmpty()).isTrue();
    }

    @Test
    void datelineWithACityNamesTheOutlet() {
        Article a = parse("JAKARTA, KOMPAS.com – Harga beras naik lagi.\nPedagang mengeluh.");
        assertThat(a.source()).isEqualTo("KOMPAS.com");
        assertThat(boilerplate(a)).containsExactly("JAKARTA, KOMPAS.com – ");
    }

    @Test
    void datelinesOfAnyOutletAreBoilerplateEvenAfterAHeadlineLine() {
        Article idn = parse("Korban Banjir Sukamaju Bertambah\nJakarta, IDN Times - Kepala BPBD Rudi mengatakan 21 orang meninggal.\nDua.");
        assertThat(idn.source()).isEqualTo("IDN Times");
        assertThat(boilerplate(idn)).containsExactly("Jakarta, IDN Times - ");
        Article place = parse("SUKAMAJU - Bupati Sri Wahyuni membantah kabar itu.\nDua.");
        assertThat(boilerplate(place)).containsExactly("SUKAMAJU - ");
        assertThat(place.source()).as("a place, not an outlet").isNull();
        Article wire = parse("SUKAMAJU, Indonesia (Nusa Post) - The toll rose to 21, police said.\nTwo.");
        assertThat(wire.source()).isEqualTo("Nusa Post");
        assertThat(parse("KONTEKS.CO.ID – Data BPBD mencatat 41 orang meninggal.\nDua.").source()).isEqualTo("KONTEKS.CO.ID");
        Article domainFirst = parse("WARTAKITA.COM, SUKAMAJU – Kepala BPBD, Rudi Hartono mengatakan 21 orang meninggal.\nDua.");
        assertThat(domainFirst.source()).isEqualTo("WARTAKITA.COM");
        assertThat(boilerplate(domainFirst)).containsExactly("WARTAKITA.COM, SUKAMAJU – ");
        Article piped = parse("SUKAMAJU | WARTA KITA – BPBD melaporkan 21 orang meninggal.\nDua.");
        assertThat(piped.source()).isEqualTo("WARTA KITA");
        assertThat(boilerplate(piped)).containsExactly("SUKAMAJU | WARTA KITA – ");
    }

    @Test
    void theDatelineIsFoundAfterCaptionsBylinesAndAStandfirst() {
        Article afterFurniture = parse("Banjir Rendam Sukamaju\nWARTAKITA - Berita Terbaru Hari Ini - 4 Mar 2025, 10:15\n"
                + "Penulis\nWarga mengungsi ke balai desa (Wartakita.id-Dimas)\n"
                + "Wartakita.id, Sukamaju - Bupati Sri Wahyuni mengatakan 300 warga mengungsi.\nDua.");
        assertThat(afterFurniture.source()).as("a place-only prefix on a line that is no sentence is furniture")
                .isEqualTo("Wartakita.id");
        assertThat(boilerplate(afterFurniture)).contains("Wartakita.id, Sukamaju - ");
        Article afterStandfirst = parse("Tanggul Jebol Lagi!\nSukamaju|Warta Desa – Warga melapor tanggul jebol.\nDua.");
        assertThat(afterStandfirst.source()).as("a headline ending in '!'").isEqualTo("Warta Desa");
        Article tooLate = parse("Kalimat pertama selesai.\nKalimat kedua juga selesai.\nSukamaju|Warta Desa – Warga melapor.\nDua.");
        assertThat(tooLate.source()).as("two sentences in, the body has begun").isNull();
    }

    @Test
    void datelinesWrittenLooselyAreStillDatelines() {
        assertThat(boilerplate(parse("KABARDESA.CO, Sukamaju - Warga mengungsi.\nDua."))).containsExactly("KABARDESA.CO, Sukamaju - ");
        Article dashes = parse("WARTAKITA.CO.ID, SUKAMAJU---Polisi mengatakan 12 orang luka.\nDua.");
        assertThat(dashes.source()).isEqualTo("WARTAKITA.CO.ID");
        assertThat(boilerplate(dashes)).containsExactly("WARTAKITA.CO.ID, SUKAMAJU---");
        Article twice = parse("Wartakita.com WARTAKITA.COM, SUKAMAJU – Kepala Dinas mengatakan 12 orang luka.\nDua.");
        assertThat(twice.source()).as("the site's name before its dateline").isEqualTo("WARTAKITA.COM");
        Article camel = parse("Banjir Rendam Sukamaju\nWartaDesa–Sekretaris Daerah Sukamaju Budi mengatakan air surut.\nDua.");
        assertThat(camel.source()).as("a camel-case name glued to its dash").isEqualTo("WartaDesa");
        assertThat(boilerplate(camel)).containsExactly("WartaDesa–");
        assertThat(parse("Banjir Rendam Sukamaju\nSekretaris–Daerah Budi mengatakan air surut.\nDua.").source())
                .as("one capital is no camel case").isNull();
        Article strayMarks = parse("Tanggul Jebol Lagi\nKota Lintang,- (WARTA) - Badan Penanggulangan Bencana Daerah "
                + "(BPBD) mencatat 12 rumah rusak.\nDua.");
        assertThat(boilerplate(strayMarks)).as("a stray comma and dash before the bracketed outlet")
                .containsExactly("Kota Lintang,- (WARTA) - ");
        assertThat(strayMarks.source()).isEqualTo("WARTA");
    }

    @Test
    void siteFurnitureIsRecognisedInGeneral() {
        Article a = parse("Pilihan Editor\nClose\nBPBD menyatakan banjir merendam tujuh desa.\n"
                + "Warga mengungsi di Desa Mekarsari. (Foto: Warta Harian/Dimas)\n"
                + "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.\nShare this article");
        assertThat(boilerplate(a)).containsExactly("Pilihan Editor", "Close",
                "Warga mengungsi di Desa Mekarsari. (Foto: Warta Harian/Dimas)",
                "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "Share this article");
    }

    @Test
    void aDomainLaterInTheBodyIsNotTheSource() {
        Article a = parse("Warga melapor lewat lapor.go.id - situs resmi pemerintah.\nKalimat kedua.");
        assertThat(a.source()).isNull();
        assertThat(a.boilerplate()).isEmpty();
    }

    @Test
    void cutFromRunsToTheEndAndTeaserLinesAnywhere() {
        String text = "Kalimat satu.\nBaca juga: Berita lain yang menarik\nKalimat dua.\nBerita Terkait\n- Tautan satu\n- Tautan dua";
        Article a = parse(text);
        assertThat(boilerplate(a)).containsExactly("Baca juga: Berita lain yang menarik", "Berita Terkait\n- Tautan satu\n- Tautan dua");
    }

    @Test
    void aShortUnpunctuatedFirstLineIsTheHeadline() {
        String text = "Korut Bantah Kirim Tentara ke Rusia\nKorea Utara membantah laporan itu. Pyongyang menyebutnya rumor.";
        Article a = parse(text);
        assertThat(a.headline().coveredText(text)).isEqualTo("Korut Bantah Kirim Tentara ke Rusia");
    }

    @Test
    void aFirstLineOfTwoSentencesWithoutFinalStopIsFurnitureAndTheNextLineIsTheHeadline() {
        String text = "Baca tanpa iklan. Gabung Langganan+\nBPBD: Sembilan Rumah Rusak Diterjang Angin\nKepala BPBD mengatakan hal itu.";
        assertThat(parse(text).headline().coveredText(text)).isEqualTo("BPBD: Sembilan Rumah Rusak Diterjang Angin");
        String lead = "Angin kencang merusak rumah. Warga mengungsi.\nKalimat kedua.\nKalimat ketiga.";
        assertThat(parse(lead).headline()).as("a lead paragraph ends with its stop").isNull();
    }

    @Test
    void noHeadlineWhenTheFirstLineEndsASentenceOrNothingFollows() {
        assertThat(parse("Korea Utara membantah laporan itu.\nKalimat kedua.").headline()).isNull();
        assertThat(parse("Korut Bantah Kirim Tentara ke Rusia").headline()).isNull();
        assertThat(parse("Suara.com - Korut Bantah Kirim Tentara\nKalimat kedua.").headline()).isNull();
    }

    @Test
    void headerBlockGivesHeadlineDateAndSource() {
        String text = "Judul: Korut Bantah Kirim Tentara\nTanggal: Selasa, 22 Oktober 2024\nSumber: Contoh.com\n\nIsi berita.\n";
        Article a = parse(text);
        assertThat(a.headline().coveredText(text)).isEqualTo("Korut Bantah Kirim Tentara");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 22));
        assertThat(a.source()).isEqualTo("Contoh.com");
        assertThat(boilerplate(a)).containsExactly("Judul: ", "Tanggal: Selasa, 22 Oktober 2024", "Sumber: Contoh.com");
        assertThat(a.isBoilerplate(text.indexOf("Isi"))).isFalse();
    }

    @Test
    void englishHeaderAndIsoDateAndABadDateWarns() {
        Article iso = parse("Title: Seoul says troops were sent\nDate: 2024-10-18\n\nBody.");
        assertThat(iso.published()).isEqualTo(LocalDate.of(2024, 10, 18));
        assertThat(parse("Date: October 18, 2024\n\nBody.").published()).isEqualTo(LocalDate.of(2024, 10, 18));
        assertThat(parse("Tanggal: 18/10/2024\n\nIsi.").published()).isEqualTo(LocalDate.of(2024, 10, 18));
        Article bad = parse("Tanggal: 31 Februari 2024\n\nIsi.");
        assertThat(bad.published()).isNull();
        assertThat(bad.warnings()).singleElement().asString().contains("31 Februari 2024");
    }

    @Test
    void aBodyLineWithAColonIsNotAHeader() {
        Article a = parse("Menurut dia: semua baik.\nKalimat kedua.");
        assertThat(a.boilerplate()).isEmpty();
        assertThat(a.headline()).isNull();
    }

    @Test
    void spansAlwaysPointIntoTheUnchangedText() {
        String text = "\r\nSCROLL TO CONTINUE WITH CONTENT\r\nIsi.\r\n";
        Article a = parse(text);
        assertThat(a.text()).isSameAs(text);
        assertThat(a.boilerplate()).containsExactly(new CharSpan(2, 33));
    }

    @Test
    void theLineTheAddressWasMadeFromIsTheHeadlineWhereverThePagePutIt() {
        String text = "source: Suara Pemilu\nurl: https://suarapemilu.example/daerah/kpu-sukamaju-jamin-rekapitulasi-suara-tak-bakal-molor"
                + "\nlang: id\n\nDaerah\n\nJumat, 20 Februari 2026\n\nKPU Sukamaju Jamin Rekapitulasi Suara Tak Bakal Molor\n\n"
                + "SUKAMAJU - Rekapitulasi suara masih berjalan di empat belas kecamatan.\nKalimat kedua.\n";
        assertThat(parse(text).headline().coveredText(text)).isEqualTo("KPU Sukamaju Jamin Rekapitulasi Suara Tak Bakal Molor");

        String kicker = text.replace("\nKPU Sukamaju Jamin", "\nMengejutkan! KPU Sukamaju Jamin");
        assertThat(parse(kicker).headline().coveredText(kicker)).as("a kicker before it is not the headline's")
                .isEqualTo("KPU Sukamaju Jamin Rekapitulasi Suara Tak Bakal Molor");

        String paragraph = "source: Kabar Hulu\nurl: https://kabarhulu.example/ketua-kpu-sukamaju-bela-hasil-rekapitulasi\nlang: id\n\n"
                + "Ketua KPU Sukamaju membela hasil rekapitulasi. Ia menyebut semua formulir cocok.\n\nKalimat kedua di sini.\n";
        assertThat(parse(paragraph).headline()).as("a paragraph holding the slug's words is body, not the headline")
                .isNull();
    }

    /**
     * A byline — who wrote or edited the page — is site furniture, never the headline nor text: "Penulis: … | Editor: …",
     * "Editor: …", "Laporan Wartawan <outlet>, <name>" (four stories printed one where the headline stands).
     */
    @Test
    void aBylineIsNeitherTheHeadlineNorText() {
        String text = "source: Kabar Lintang\nurl: https://kabarlintang.id/jembatan-desa-wetan-ambruk\nlang: id\n\n"
                + "Penulis: Rina Wati | Editor: Budi Santoso\n"
                + "LINTANG - Jembatan gantung di Desa Wetan ambruk saat dilintasi warga pada Senin pagi.\n"
                + "Editor: Sari Andini\n"
                + "Laporan Wartawan Kabar Lintang, Dewi Lestari\n"
                + "Kepala desa mengatakan dua warga luka ringan.\n";
        Article a = parse(text);
        assertThat(boilerplate(a)).contains("Penulis: Rina Wati | Editor: Budi Santoso", "Editor: Sari Andini",
                "Laporan Wartawan Kabar Lintang, Dewi Lestari");
        assertThat(a.title().orElse("")).doesNotContain("Penulis");
        assertThat(a.isBoilerplate(text.indexOf("Kepala desa"))).isFalse();
        assertThat(a.isBoilerplate(text.indexOf("Jembatan gantung"))).isFalse();
    }

    /**
     * A line of site furniture standing where a headline stands is never the headline, whatever the site: a dateline
     * alone, its dash closing the line; a bulleted section name or relative time stamp; a time stamp by its clock
     * time; a date alone. The headline under a bulleted line or two is still found.
     */
    @Test
    void siteFurnitureOnTheFirstLineIsNoHeadline() {
        String body = "\nKepala desa mengatakan jembatan itu ditutup sejak pagi.\nKalimat kedua di sini.\n";
        for (String furniture : List.of("Sukamaju, Kabar Lintang --", "Sukamaju -", "• 7 menit yang lalu",
                "Rabu 04 Mar 2026 09:15 WIB", "Rina Wati • 4 March 2026 09:15", "March 4, 2026")) {
            String text = "source: Kabar Lintang\nlang: id\n\n" + furniture + body;
            assertThat(parse(text).headline()).as(furniture).isNull();
        }
        String bulleted = "source: Lintang Daily\nlang: en\n\n• World\n• asia\n\nRiver Bridge Closed After Cracks Found\n\n"
                + "The bridge was closed on Wednesday, officials said.\nA second sentence.\n";
        assertThat(parse(bulleted).title()).contains("River Bridge Closed After Cracks Found");
        String listing = "source: Cek Fakta Lintang\nlang: id\n\n• Keliru: Jembatan Desa Wetan Ditutup Karena Retak Sejak Tahun Lalu\n\n"
                + "Sumber:\nSejumlah akun menyebut jembatan itu ditutup sejak tahun lalu.\n";
        assertThat(parse(listing).title()).as("a bulleted line as long as a headline is the listing's headline")
                .contains("• Keliru: Jembatan Desa Wetan Ditutup Karena Retak Sejak Tahun Lalu");
        String paragraph = "source: Kabar Lintang\nlang: id\n\nSukamaju - Jembatan ditutup pada Rabu (4/3/2026), kata camat.\n"
                + "Jembatan Ditutup\nKalimat kedua di sini.\n";
        assertThat(parse(paragraph).headline()).as("a paragraph holding a date is body, and the line after it no headline")
                .isNull();
    }

    /** A header label written again before the headline the address names is no part of that headline. */
    @Test
    void theAddressedHeadlineLeavesOutALabelWrittenAgain() {
        String text = "source: Kabar Lintang\ndate: 2026-03-04\nurl: https://kabarlintang.example/jembatan-desa-wetan-ditutup-warga-memutar\n"
                + "lang: id\n\ndate 2026-03-04 Jembatan Desa Wetan Ditutup, Warga Memutar\n\n"
                + "LINTANG - Jembatan gantung di Desa Wetan ditutup pada Rabu pagi.\nKalimat kedua.\n";
        assertThat(parse(text).title()).contains("Jembatan Desa Wetan Ditutup, Warga Memutar");
    }

    /** "Skip to content" (a page's first link) and "Red: <name>" (the editor, abbreviated) are furniture lines. */
    @Test
    void aSkipLinkAndAnAbbreviatedEditorAreBoilerplate() {
        String text = "source: Lintang Daily\nlang: en\n\nSkip to content\n\nRiver Bridge Closed After Cracks Found\n\n"
                + "The bridge was closed on Wednesday, officials said.\nA second sentence.\n";
        assertThat(parse(text).title()).contains("River Bridge Closed After Cracks Found");
        Article id = parse("source: Kabar Lintang\nlang: id\n\nRed: Rina Wati\nJembatan ditutup sejak pagi.\nKalimat kedua.\n");
        assertThat(boilerplate(id)).contains("Red: Rina Wati");
        assertThat(id.headline()).isNull();
    }
}
