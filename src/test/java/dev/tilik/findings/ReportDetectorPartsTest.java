package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reports' detection is one of the findings' large pieces: the engine must start it among the first, beside the
 * persons it never reads, and not leave it for the end, when it ran alone on one core while the other had nothing left.
 * Only the order of the work: its findings are {@link ReportDetector#detect}'s either way.
 */
class ReportDetectorPartsTest {
    @Test
    void theReportsAreOneCostlyPieceThatReadsNoPersons() {
        ReportDetector reports = new ReportDetector();

        List<Detector.Part> parts = reports.parts(null);

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).costly()).isTrue();
        assertThat(reports.readsPersons()).isFalse();
    }
}
