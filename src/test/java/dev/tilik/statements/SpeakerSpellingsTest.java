package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One police chief written two ways across a folder: two outlets write "Irfan Setiadi", a third "Erfan Setiadi".
 * The third's statements name the person the others name, their span still the third's own spelling; a resident
 * "Erfan Nugroho", whom no one writes "Irfan Nugroho", keeps his name, and so does the third's "Efandi Rahman",
 * two letters from the others' "Iffandi Rahman" (the outlet's own transliteration). A bridge collapse written for
 * this test.
 */
class SpeakerSpellingsTest {
    @TempDir
    Path folder;

    private void write(String file, String outlet, String body) throws Exception {
        Files.writeString(folder.resolve(file), "title: Jembatan Kali Wetan Runtuh\nsource: " + outlet + "\n\n" + body);
    }

    @Test
    void aNameWordAnOutletSpellsOtherwiseIsWrittenAsTheFolderWritesIt() throws Exception {
        write("001_kabarwetan_id.txt", "Kabar Wetan",
                "Kapolres Sukamaju AKBP Irfan Setiadi mengatakan jembatan Kali Wetan runtuh pada Senin malam.\n\n"
                        + "\"Tidak ada korban jiwa dalam kejadian ini,\" kata Irfan Setiadi kepada wartawan.\n\n"
                        + "Kepala BPBD Sukamaju Iffandi Rahman mengatakan tenda pengungsian sudah didirikan.\n");
        write("002_warta_id.txt", "Warta Sukamaju",
                "Kapolres Sukamaju AKBP Irfan Setiadi menyebut arus sungai terlalu deras untuk dilalui.\n\n"
                        + "\"Kami menutup jalan itu sampai jembatan darurat selesai,\" ujar Irfan Setiadi.\n\n"
                        + "Kepala BPBD Sukamaju Iffandi Rahman menyebut bantuan logistik tiba pada Selasa pagi.\n");
        write("003_suara_id.txt", "Suara Lembah",
                "Kapolres Sukamaju AKBP Erfan Setiadi mengatakan tiga rumah warga ikut hanyut terbawa arus.\n\n"
                        + "Warga setempat, Erfan Nugroho, mengatakan air sungai naik sejak sore hari.\n\n"
                        + "Kepala BPBD Sukamaju Efandi Rahman mengatakan dapur umum dibuka di balai desa.\n");
        List<Statement> third = PipelineFolders.statements(folder, Extract.RULES).stream()
                .filter(s -> s.fileName().equals("003_suara_id.txt")).toList();
        String text = text();

        Statement chief = third.stream().filter(s -> s.claim().coveredText(text).contains("rumah")).findFirst().orElseThrow();
        assertThat(chief.speaker()).contains("Irfan Setiadi").doesNotContain("Erfan");
        assertThat(chief.speakerSpan().coveredText(text)).contains("Erfan Setiadi");
        Statement resident = third.stream().filter(s -> s.claim().coveredText(text).contains("sore")).findFirst().orElseThrow();
        assertThat(resident.speaker()).contains("Erfan Nugroho");
        Statement head = third.stream().filter(s -> s.claim().coveredText(text).contains("dapur")).findFirst().orElseThrow();
        assertThat(head.speaker()).contains("Efandi Rahman");
    }

    @Test
    void aSpeakerWrittenOtherwiseInManyStatementsIsRespelledInEach() throws Exception {
        write("001_kabarwetan_id.txt", "Kabar Wetan",
                "Kapolres Sukamaju AKBP Irfan Setiadi mengatakan jembatan Kali Wetan runtuh pada Senin malam.\n\n"
                        + "Kapolres Sukamaju AKBP Irfan Setiadi mengatakan arus sungai terlalu deras.\n");
        write("002_warta_id.txt", "Warta Sukamaju",
                "Kapolres Sukamaju AKBP Irfan Setiadi menyebut jalan itu ditutup sampai Rabu.\n");
        write("003_suara_id.txt", "Suara Lembah",
                "Kapolres Sukamaju AKBP Erfan Setiadi mengatakan tiga rumah warga ikut hanyut.\n\n"
                        + "Kapolres Sukamaju AKBP Erfan Setiadi mengatakan dua perahu karet dikirim ke hilir.\n\n"
                        + "Kapolres Sukamaju AKBP Erfan Setiadi mengatakan posko dibuka di balai desa.\n");
        String text = text();
        List<Statement> third = PipelineFolders.statements(folder, Extract.RULES).stream()
                .filter(s -> s.fileName().equals("003_suara_id.txt") && s.speakerSpan().coveredText(text).contains("Setiadi"))
                .toList();

        assertThat(third).hasSize(3);
        assertThat(third).allSatisfy(s -> assertThat(s.speaker()).contains("Irfan Setiadi").doesNotContain("Erfan"));
        assertThat(third).allSatisfy(s -> assertThat(s.speakerSpan().coveredText(text)).contains("Erfan Setiadi"));
    }

    private String text() throws Exception {
        return dev.tilik.ingest.FolderLoader.load(folder, Extract.RULES, dev.tilik.ingest.Progress.NONE).articles().stream()
                .filter(a -> a.fileName().equals("003_suara_id.txt")).findFirst().orElseThrow().text();
    }
}
