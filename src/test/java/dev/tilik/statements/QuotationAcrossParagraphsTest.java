package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph whose first quotation mark closes the quotation the paragraph before left open is quoted from its start,
 * and its cue speaks it; the open paragraph before is that cue's speaker's too, and so are up to two paragraphs of no
 * mark between them. The team's own sentences on invented stories of a flooded rice barn and a warehouse fire.
 */
class QuotationAcrossParagraphsTest {
    @Test
    void aQuotationOpenedInOneParagraphAndClosedWithItsCueInTheNextIsTheCuesSpeakers() {
        String text = "Kepala desa Rina Wati meminta gudang itu diperiksa.\n\n"
                + "\"Setelah kami periksa, gabah di gudang timur memang basah semua.\n\n"
                + "Namun, dari sepuluh karung di gudang barat, tidak ada yang rusak,\" kata Budi Santoso dalam "
                + "keterangannya.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(3);
        assertThat(found.subList(1, 3)).extracting(Statement::speaker)
                .as("the open paragraph and the closing one are both the cue's speaker's")
                .containsOnly("Budi Santoso");
        assertThat(Extract.claim("id", text, found.get(2)))
                .isEqualTo("Namun, dari sepuluh karung di gudang barat, tidak ada yang rusak");
    }

    @Test
    void aParagraphClosingAQuotationNoParagraphOpenedIsNotQuotedFromItsStart() {
        String text = "Banjir merendam gudang beras di Desa Sukamaju pekan lalu.\n\n"
                + "Jumlah gabah yang basah mencapai 40 ton. Sisanya masih bisa dijemur,\u201D tutur Budi Santoso.";
        assertThat(Extract.id(text)).extracting(s -> Extract.claim("id", text, s))
                .as("the opening mark lost: whose the words are is not known")
                .doesNotContain("Jumlah gabah yang basah mencapai 40 ton");
    }

    @Test
    void aParagraphOpeningAQuotationOrWithNoMarkIsNoQuotationsRest() {
        assertThat(Extract.id("Banjir merendam gudang beras pekan lalu.\n\nBudi Santoso mengatakan gudang itu sudah "
                + "lama bocor. Warga menyebutnya \"gudang tua\".")).filteredOn(x -> x.speaker().equals("Budi Santoso"))
                .extracting(Statement::quote).as("a mark after a space opens: Budi's words before it are reported")
                .containsExactly(false);
        assertThat(Extract.id("Banjir merendam gudang beras di Desa Sukamaju pekan lalu.\n\n"
                + "Jumlah gabah yang basah mencapai 40 ton, tutur Budi Santoso.")).extracting(Statement::quote)
                .as("no mark: reported, not quoted").containsOnly(false);
    }

    @Test
    void aQuotationRunsOnOverAParagraphOfNoMarkToTheParagraphThatClosesIt() {
        assertThat(spoken("Budi Santoso meminta gudang itu diperiksa.\n\n"
                + "\u201CMemang ke depan harus kita periksa semua gudang.\n\n"
                + "Walaupun gudang itu sudah diasuransikan, tetapi ini untuk antisipasi.\n\n"
                + "Ya pasti kan petugas datang terlambat. Karena jalannya sempit,\u201D kata Rina Wati."))
                .as("every sentence of the quotation, the unmarked paragraph's too, is the cue's speaker's")
                .contains("Rina Wati: Memang ke depan harus kita periksa semua gudang",
                        "Rina Wati: Walaupun gudang itu sudah diasuransikan, tetapi ini untuk antisipasi",
                        "Rina Wati: Ya pasti kan petugas datang terlambat");
    }

    @Test
    void aQuotationLeftOpenDoesNotRunOnOverThreeParagraphsOfNoMark() {
        String text = "\u201CMemang ke depan harus kita periksa semua gudang.\n\n"
                + "Gudang itu dibangun pada 1990.\n\nPemiliknya tinggal di Jakarta.\n\nPetugas datang pukul 10.00.\n\n"
                + "Ya pasti kan petugas datang terlambat,\u201D kata Rina Wati.";
        assertThat(Extract.id(text)).extracting(s -> Extract.claim("id", text, s))
                .doesNotContain("Gudang itu dibangun pada 1990", "Pemiliknya tinggal di Jakarta");
    }

    @Test
    void aClosingMarkWithoutItsOpeningOneOpensNoQuotationToRunOn() {
        String text = "Budi Santoso meninjau gudang itu.\n\n"
                + "Tadinya hanya gudang beras. Mungkin petugas ikut membantu,\u201D kata Budi Santoso.\n\n"
                + "Kepala dinas itu mengira gudang tersebut aman karena tidak pernah ada masalah.\n\n"
                + "Iya jadinya begitu. Inilah yang akan kami evaluasi,\u201D ujarnya.";
        assertThat(Extract.id(text)).extracting(s -> Extract.claim("id", text, s))
                .as("no paragraph opened a quotation: the narration between is no one's quotation, nor what follows it")
                .doesNotContain("Iya jadinya begitu");
    }

    /** Each statement of {@code text} as "speaker: claim". */
    private static List<String> spoken(String text) {
        return Extract.id(text).stream().map(s -> s.speaker() + ": " + Extract.claim("id", text, s)).toList();
    }
}
