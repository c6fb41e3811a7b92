package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.findings.FindingEngine;
import dev.tilik.model.FindingType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures compared as one thing's measure on the real pipeline: digits that differ are a
 * contradiction, rounding and another unit of the same dimension are not, and a measure whose dated
 * reports move is an evolving figure. Text written for this test.
 */
class MeasureFindingsTest {

    private static void write(Path dir, String name, String date, String lang, String body) throws Exception {
        String header = "source: Test\n" + (date == null ? "" : "date: " + date + "\n") + "lang: " + lang + "\n\n";
        Files.writeString(dir.resolve(name), header + body + "\n", StandardCharsets.UTF_8);
    }

    private static List<Finding> findings(Path dir, FindingType type) throws Exception {
        List<ArticleStatements> articles = PipelineFolders.analyse(dir, Extract.RULES).articles();
        return new FindingEngine(Extract.RULES).find(articles).stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void swappedDigitsContradictButRoundingAndOtherUnitsDoNot(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "2025-03-03", "id",
                "Kepala Dinas PU Bambang Susilo mengatakan jembatan gantung sepanjang 12,45 km itu rusak berat.");
        write(dir, "b.txt", "2025-03-04", "id",
                "Camat Suryadi menyebut jembatan gantung sepanjang 12,45 kilometer itu putus diterjang arus.");
        write(dir, "c.txt", null, "id",
                "Anggota DPRD Rina Marlina mengatakan jembatan gantung yang melintang sepanjang 12,54 kilometer itu harus segera diperbaiki.");
        write(dir, "d.txt", "2025-03-05", "id",
                "Warga bernama Joko Santoso mengatakan jembatan gantung sepanjang 12 km itu dibangun warga secara gotong royong.");
        write(dir, "e.txt", "2025-03-05", "id",
                "Bupati Lestari Wulandari mengatakan jembatan gantung sepanjang 12.450 meter itu akan dibangun kembali.");

        List<Finding> numeric = findings(dir, FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).evidence()).as("12.450 meter is 12,45 km; 12 km is its rounding, in no conflict")
                .extracting(Evidence::fileName, Evidence::side)
                .containsExactlyInAnyOrder(tuple("a.txt", 0), tuple("b.txt", 0), tuple("e.txt", 0), tuple("c.txt", 1));
    }

    @Test
    void aHeightIsNotALengthOfTheSameThing(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "2025-03-03", "id", "Kepala Dinas PU Bambang Susilo mengatakan tanggul sepanjang 40 meter itu jebol.");
        write(dir, "b.txt", "2025-03-03", "id", "Camat Suryadi menyebut tanggul setinggi 4 meter itu jebol.");

        assertThat(findings(dir, FindingType.NUMERIC)).isEmpty();
    }

    @Test
    void aMeasureWhoseDatedReportsMoveIsEvolving(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "2025-03-03", "id", "Kepala BPBD Sukamaju Rudi Hartono mengatakan sawah seluas 1.200 hektare terendam banjir.");
        write(dir, "b.txt", "2025-03-05", "id", "Kepala BPBD Sukamaju Rudi Hartono mengatakan sawah seluas 1.800 hektare kini terendam banjir.");

        assertThat(findings(dir, FindingType.NUMERIC)).isEmpty();
        assertThat(findings(dir, FindingType.EVOLVING)).hasSize(1);
    }

    @Test
    void aCapacityReportedOnTwoDaysIsSettledNotEvolving(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "2025-03-03", "id", "Kepala Dinas Perhubungan Rudi Hartono mengatakan gudang itu memiliki kapasitas muatan 74 ton.");
        write(dir, "b.txt", "2025-03-05", "id", "Kepala Dinas Perhubungan Rudi Hartono mengatakan gudang itu memiliki kapasitas muatan 47 ton.");

        assertThat(findings(dir, FindingType.EVOLVING)).as("a capacity does not move from day to day").isEmpty();
        assertThat(findings(dir, FindingType.NUMERIC)).hasSize(1);
    }
}
