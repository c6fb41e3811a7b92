package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A short form as a party takes the one fuller form the folder writes for it, on a story the team wrote (a harbour
 * office after a sinking; every name invented); a short form written after with two runs keeps itself, and a person's
 * name after it is never its name.
 */
class FullerFormsTest {

    private static final String HARBOUR = "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) mencatat kapal berangkat pukul 22.00. "
            + "Kini KSOP Teluk Mulia memeriksa 15 kapal lain.";

    @Test
    void aShortFormTakesTheFullerFormTheFolderWritesTwice() {
        Map<String, String> p = partiesBySpeaker(folder(HARBOUR,
                "\"Kapal itu laik berlayar,\" kata Kepala KSOP Teluk Mulia, Suparman, Rabu.",
                "\"Cuaca buruk sejak sore,\" kata Kepala KSOP Suparman."));
        assertThat(p.get("Kepala KSOP Suparman")).isEqualTo("KSOP Teluk Mulia");
    }

    @Test
    void twoFullerFormsLeaveTheShortForm() {
        Map<String, String> p = partiesBySpeaker(folder(HARBOUR,
                "\"Kapal itu laik berlayar,\" kata Kepala KSOP Teluk Mulia, Suparman, Rabu.",
                "KSOP Karang Sari juga memeriksa kapal. Pemeriksaan KSOP Karang Sari selesai Kamis.",
                "\"Cuaca buruk sejak sore,\" kata Kepala KSOP Suparman."));
        assertThat(p.get("Kepala KSOP Suparman")).isEqualTo("KSOP");
    }

    @Test
    void aNameAfterTheShortFormIsNoPartOfIt() {
        Map<String, String> p = partiesBySpeaker(folder(HARBOUR.replace("Kini KSOP Teluk Mulia memeriksa", "Petugas memeriksa"),
                "\"Kapal itu laik berlayar,\" kata Kepala KSOP Suparman Hadi, Rabu.",
                "\"Cuaca buruk sejak sore,\" kata Kepala KSOP Suparman Hadi."));
        assertThat(p.get("Kepala KSOP Suparman Hadi")).isEqualTo("KSOP");
    }

    private static final String FLOOD = "Tentara Nasional Indonesia Angkatan Darat (AD) mengirim 200 prajurit ke desa yang banjir. "
            + "Kini TNI AD membangun dapur umum. Prajurit TNI AD bertahan hingga air surut. Truk TNI AD membawa logistik. "
            + "Posko TNI AD berdiri di balai desa.";

    @Test
    void aShortFormTakesTheParentTheFolderWritesBeforeItTwice() {
        Map<String, String> p = partiesBySpeaker(folder(FLOOD,
                "\"Semua prajurit sudah tiba,\" kata Kepala Dinas Penerangan AD, Brigjen Rahmat Santosa, Rabu.",
                "\"Bantuan terus mengalir,\" ujar Kepala Dinas Penerangan AD Rahmat Santosa."));
        assertThat(p.get("Kepala Dinas Penerangan AD Rahmat Santosa")).isEqualTo("TNI AD");
    }

    @Test
    void aParentOtherSpeakersSpeakForIsTakenWhereTheShortFormIsMostlyBare() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Tentara Nasional Indonesia (TNI) Angkatan Darat (AD) mengirim prajurit. Kini TNI AD membangun dapur umum. Truk TNI AD tiba.",
                "\"Semua prajurit sudah tiba,\" kata Panglima TNI Laksamana Bima Sakti.",
                "\"Bantuan terus mengalir,\" ujar Kepala Penerangan AD Rahmat Santosa. Posko AD di desa. Dapur AD di balai.",
                "\"Air mulai surut,\" kata Kepala Penerangan AD Rahmat Santosa."));
        assertThat(p.get("Panglima TNI Laksamana Bima Sakti")).isEqualTo("TNI");
        assertThat(p.get("Kepala Penerangan AD Rahmat Santosa")).isEqualTo("TNI AD");
    }

    @Test
    void aShortFormMostlyWrittenBareIsTheWholeNoUnitOfWhatComesBefore() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Kementerian Pertanian (Kementan) membuka posko. Dirjen PSP Kementan datang. Tim PSP Kementan memeriksa sawah.",
                "Kementan menyiapkan benih. Kementan juga menyiapkan pupuk. Kementan mengirim traktor. Kementan mendata petani.",
                "\"Benih sudah dikirim,\" kata juru bicara Kementan Rahmat Santosa."));
        assertThat(p.get("juru bicara Kementan Rahmat Santosa")).isEqualTo("Kementan");
    }

    @Test
    void twoParentsWrittenBeforeLeaveTheShortForm() {
        Map<String, String> p = partiesBySpeaker(folder(FLOOD,
                "Relawan PMI AD juga datang. Posko PMI AD berdiri di balai desa. Dapur PMI AD memasak nasi. Ambulans PMI AD tiba.",
                "\"Bantuan terus mengalir,\" ujar Kepala Dinas Penerangan AD Rahmat Santosa."));
        assertThat(p.get("Kepala Dinas Penerangan AD Rahmat Santosa")).isEqualTo("AD");
    }

    @Test
    void aHeadlinesClausePrintedTwiceAfterTheShortFormIsNoFullerForm() {
        // a page printing its teaser headline twice: "Dinkes Temukan Ini" is a clause, no body's name
        String page = "Misteri Keracunan Massal di Wetan, Dinkes Temukan Ini, Warga Kaget\n\n"
                + "Misteri Keracunan Massal di Wetan, Dinkes Temukan Ini, Warga Kaget\n\n"
                + "Dinas Kesehatan (Dinkes) memeriksa 40 sampel makanan. "
                + "\"Sampel sudah kami kirim ke laboratorium,\" kata Kepala Dinkes Rina Wati.";
        Map<String, String> p = partiesBySpeaker(folder(page,
                "\"Hasilnya keluar pekan depan,\" ujar juru bicara Dinkes Budi Santoso."));
        assertThat(p.get("Kepala Dinkes Rina Wati")).isEqualTo("Dinkes");
        assertThat(p.get("juru bicara Dinkes Budi Santoso")).isEqualTo("Dinkes");
    }
    @Test
    void aRunANumberGoesOnIsAUnitInsideTheBodyNoFullerForm() {
        // "Divre 2" twice after "PTW": a numbered regional unit of the company, so the company's own statements stay its
        String rail = "PT Transportasi Wetan (PTW) menghentikan perjalanan. Humas PTW Divre 2 Kulon membuka posko. "
                + "Petugas PTW Divre 2 mengatur penumpang.";
        Map<String, String> p = partiesBySpeaker(folder(rail,
                "\"Semua penumpang sudah dievakuasi,\" kata juru bicara PTW Budi Santoso.",
                "\"Jalur dibuka kembali besok,\" ujar Direktur PTW Rina Wati."));
        assertThat(p.get("juru bicara PTW Budi Santoso")).isEqualTo("PTW");
        assertThat(p.get("Direktur PTW Rina Wati")).isEqualTo("PTW");
    }
}
