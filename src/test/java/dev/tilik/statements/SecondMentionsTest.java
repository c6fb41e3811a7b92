package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person met again by a short form is the person the folder's own first mention names: a rank with a name's part
 * ("Kolonel Bima"), a title's short form the folder defines ("Kasal"), a name's initials ("KAS"). A body's short form
 * ("Basarnas") stays the body, and a name's part two people of the article share names no one. A ferry sinking
 * written for this test.
 */
class SecondMentionsTest {
    @TempDir
    Path folder;

    private void write(String file, String outlet, String body) throws Exception {
        Files.writeString(folder.resolve(file), "title: Kapal Motor Tenggelam di Selat Wetan\nsource: " + outlet + "\n\n" + body);
    }

    private List<Statement> statements() throws Exception {
        write("001_kabarwetan_id.txt", "Kabar Wetan",
                "Kepala Staf Angkatan Laut (Kasal) Laksamana Rudi Hartono mengatakan kapal itu tenggelam pada Senin malam.\n\n"
                        + "Kepala Dinas Penerangan Angkatan Laut (Kadispenal) Kolonel Bima Santoso mengatakan dua kapal perang dikirim.\n\n"
                        + "Kolonel Bima mengatakan penyelam dikerahkan sejak Selasa pagi.\n\n"
                        + "Kepala Badan SAR Nasional (Basarnas) Marsdya Eko Prasetyo mengatakan pencarian diperluas ke utara.\n\n"
                        + "Basarnas mengatakan cuaca buruk menghambat pencarian.\n");
        write("002_warta_id.txt", "Warta Wetan",
                "Kasal mengatakan awak kapal sudah diperiksa satu per satu.\n\n"
                        + "Gubernur Wetan Kang Asep Sunandar (KAS) mengatakan keluarga korban akan dibantu.\n\n"
                        + "KAS mengatakan biaya sekolah anak korban ditanggung provinsi.\n");
        write("003_suara_id.txt", "Suara Lembah",
                "Kolonel Bima Santoso mengatakan kapal itu berlayar tanpa manifes.\n\n"
                        + "Nakhoda kapal lain, Bima Wicaksono, mengatakan ombak setinggi empat meter.\n\n"
                        + "Kolonel Bima mengatakan pencarian dilanjutkan besok.\n");
        return PipelineFolders.statements(folder, Extract.RULES);
    }

    private Statement about(List<Statement> all, String file, String claimWord) throws Exception {
        String text = dev.tilik.ingest.FolderLoader.load(folder, Extract.RULES, dev.tilik.ingest.Progress.NONE).articles().stream()
                .filter(a -> a.fileName().equals(file)).findFirst().orElseThrow().text();
        return all.stream().filter(s -> s.fileName().equals(file) && s.claim().coveredText(text).contains(claimWord))
                .findFirst().orElseThrow();
    }

    /** A rank with a name's part ("Kolonel Bima"), a title's short form ("Kasal"), a name's initials ("KAS"). */
    @ParameterizedTest
    @CsvSource({"001_kabarwetan_id.txt, penyelam, Kolonel Bima, Bima Santoso",
            "002_warta_id.txt, awak, Kasal, Rudi Hartono",
            "002_warta_id.txt, sekolah, KAS, Asep Sunandar"})
    void aShortMentionIsNamedInFull(String file, String claimWord, String written, String name) throws Exception {
        assertThat(about(statements(), file, claimWord).speaker()).startsWith(written).endsWith(name);
    }

    @Test
    void aBodysShortFormAndASharedNamePartStayAsWritten() throws Exception {
        List<Statement> all = statements();
        assertThat(about(all, "001_kabarwetan_id.txt", "cuaca").speaker()).isEqualTo("Basarnas");
        assertThat(about(all, "003_suara_id.txt", "besok").speaker()).isEqualTo("Kolonel Bima");
    }
}
