package dev.tilik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts that move from day to day (a toll, the missing), end to end on articles the team wrote: a
 * figure is what a source said at one moment, so figures conflict when given for the same day, a
 * count that only grows conflicts when a lower figure comes later (unless the article says it was
 * corrected), the missing may fall, a date in the claim that says when something happened is not
 * when the figure was given, and a figure repeated after a higher one replaced it is out of date.
 */
class MovingCountsTest {
    @TempDir
    Path dir;

    private void article(String file, String day, String body) throws Exception {
        Files.writeString(dir.resolve(file), "source: " + file + "\ndate: " + day + "\nlang: id\n\n" + body + "\n");
    }

    private List<Finding> findings(FindingType type) throws Exception {
        Analysis a = new Analyzer().analyze(dir, RulesLoader.load(Path.of("rules")), Progress.NONE);
        return a.findings().stream().filter(f -> f.type() == type).toList();
    }

    private static List<String> files(Finding f, int side) {
        return f.evidence().stream().filter(e -> e.side() == side).map(Evidence::fileName).distinct().sorted().toList();
    }

    @Test
    void figuresGivenTheSameDayConflictAndOnlyThatDaysReportsAreCited() throws Exception {
        article("a1.txt", "2024-03-04", "Kepala BNPB Budi Santoso mengatakan 20 orang meninggal dunia akibat longsor.");
        article("a2.txt", "2024-03-04", "Kepala BPBD Andi Wijaya mengatakan 26 orang meninggal dunia akibat longsor.");
        article("a3.txt", "2024-03-06", "Kepala BPBD Andi Wijaya mengatakan 31 orang meninggal dunia akibat longsor.");

        List<Finding> numeric = findings(FindingType.NUMERIC);
        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).title()).contains("on 4 March 2024");
        assertThat(files(numeric.get(0), 0)).containsExactly("a1.txt");
        assertThat(files(numeric.get(0), 1)).containsExactly("a2.txt");
        assertThat(findings(FindingType.EVOLVING)).as("31 two days later is the toll rising").hasSize(1);
    }

    @Test
    void aCountThatOnlyGrowsConflictsWhenALowerFigureComesLater() throws Exception {
        article("c1.txt", "2024-03-04", "Kepala Dinas Kesehatan Rina Lestari mengatakan 27 orang luka berat akibat longsor.");
        article("c2.txt", "2024-03-05", "Direktur RSUD Hendra Gunawan mengatakan 12 orang luka berat akibat longsor.");

        assertThat(findings(FindingType.NUMERIC)).hasSize(1);
    }

    @Test
    void aLowerFigureInAnArticleThatSaysItWasCorrectedIsTheCorrection() throws Exception {
        article("d1.txt", "2024-03-04", "Kepala BNPB Budi Santoso mengatakan 67 orang meninggal dunia akibat longsor.");
        article("d2.txt", "2024-03-05", "Kepala BPBD Andi Wijaya mengatakan 61 orang meninggal dunia akibat longsor.\n\n"
                + "Angka itu hasil sinkronisasi data setelah ditemukan pencatatan ganda.");

        assertThat(findings(FindingType.NUMERIC)).isEmpty();
        assertThat(findings(FindingType.EVOLVING)).hasSize(1);
    }

    @Test
    void theMissingMayFallAsPeopleAreFound() throws Exception {
        article("m1.txt", "2024-03-04", "Kepala Basarnas Joko Susilo mengatakan 15 orang hilang akibat longsor.");
        article("m2.txt", "2024-03-06", "Kepala Basarnas Joko Susilo mengatakan 6 orang hilang akibat longsor.");

        assertThat(findings(FindingType.NUMERIC)).isEmpty();
    }

    @Test
    void aDateInTheClaimSayingWhenSomethingHappenedIsNotWhenTheFigureWasGiven() throws Exception {
        article("e1.txt", "2024-03-05", "Kepala BNPB Budi Santoso mengatakan 20 orang meninggal dunia dalam longsor pada Sabtu (2/3/2024).");
        article("e2.txt", "2024-03-05", "Kepala BPBD Andi Wijaya mengatakan 26 orang meninggal dunia akibat longsor.");
        article("e3.txt", "2024-03-07", "Kepala BPBD Andi Wijaya mengatakan 26 orang meninggal dunia akibat longsor.");

        List<Finding> numeric = findings(FindingType.NUMERIC);
        assertThat(numeric).as("both given on 5 March: the flood's Saturday does not make 20 an older figure").hasSize(1);
        assertThat(numeric.get(0).title()).contains("on 5 March 2024");
    }

    @Test
    void aFigureRepeatedAfterAHigherOneReplacedItIsOutOfDate() throws Exception {
        article("f1.txt", "2024-03-04", "Kepala BNPB Budi Santoso mengatakan 37 orang meninggal dunia akibat longsor.");
        article("f2.txt", "2024-03-05", "Kepala BNPB Budi Santoso mengatakan 43 orang meninggal dunia akibat longsor.");
        article("f3.txt", "2024-03-05", "Kepala Basarnas Joko Susilo mengatakan 37 orang meninggal dunia akibat longsor.");

        assertThat(findings(FindingType.NUMERIC)).isEmpty();
        assertThat(findings(FindingType.EVOLVING)).hasSize(1);
    }
}
