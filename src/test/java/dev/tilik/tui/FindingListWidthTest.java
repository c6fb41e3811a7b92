package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.review.ReviewSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finding list's columns take the width the terminal gives: at 200×60 the kind column was capped at 32 columns
 * and "outlets report one speaker differently" read "outlets report one speaker diff…" with the screen to spare
 * (hR19). The real runtime on Lanterna's virtual terminal, the list opened with {@code l}.
 */
class FindingListWidthTest {
    private static final String KIND = FindingType.MISREPORT.label();
    private static final String CLAIM = "The minister's words, as one outlet quotes them and another does not";

    /** The fixture's findings and one of the kind with the longest name, its claim a line of its own. */
    private static ReviewSession withMisreport() {
        Analysis a = Fixture.analysis();
        List<Finding> findings = new ArrayList<>(a.findings());
        Finding first = findings.get(0);
        findings.add(new Finding("f-misreport", FindingType.MISREPORT, Severity.HIGH, "findings.json#misreport",
                "troops", CLAIM, "One outlet quotes the minister saying it; the other quotes him saying the reverse.",
                first.evidence()));
        return ReviewSession.fresh(new Analysis(a.folder(), a.rules(), a.articles(), findings, a.problems()));
    }

    private static String listRow(int width, int height) throws Exception {
        try (VirtualRun run = new VirtualRun(width, height, new FixtureBackend(FindingListWidthTest::withMisreport, false))) {
            String start = CLAIM.substring(0, 30);
            run.await("loaded", AppState::isLoaded).press("l")
                    .await("the list", s -> s.overlay() instanceof Overlay.FindingList).awaitText(start);
            return run.screen().lines().filter(l -> l.contains(start)).findFirst().orElseThrow();
        }
    }

    @Test
    void aWideScreenNamesTheKindWhole() throws Exception {
        String row = listRow(200, 60);
        assertThat(row).contains(KIND).contains(CLAIM).doesNotContain("\u2026");
    }

    @Test
    void anEightyColumnScreenStillFitsTheRowCuttingNothingThatFits() throws Exception {
        String row = listRow(80, 24);
        assertThat(row).contains(ShortLabels.type(FindingType.MISREPORT)).doesNotContain(KIND);
        String kindAndVerdict = row.substring(0, row.indexOf(CLAIM.substring(0, 30)));
        assertThat(kindAndVerdict).as(row).doesNotContain("\u2026");
        assertThat(row.strip().length()).as(row).isLessThanOrEqualTo(80);
    }
}
