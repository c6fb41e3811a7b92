package dev.tilik.review;

import static dev.tilik.review.ReviewFixtures.DENY_VS_ASSERT;
import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved reviews whose finding id disappeared move to the finding that clearly took its place, or stay orphaned. */
class ReattachmentTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    private static Review saved(String id, FindingType type, List<ComparedStatement> compared, Verdict v) {
        return new Review(id, type, "as saved", List.of(), v, "note on " + id, T0, T0, compared, null);
    }

    private static Map<String, Review> of(Review... reviews) {
        Map<String, Review> m = new LinkedHashMap<>();
        for (Review r : reviews) {
            m.put(r.findingId(), r);
        }
        return m;
    }

    @Test
    void aReviewUnderAVanishedIdMovesToTheFindingComparingTheSameSentences() {
        Analysis analysis = ReviewFixtures.analysis();
        Finding cond = analysis.finding(DENY_VS_CONDITIONAL).orElseThrow();
        List<ComparedStatement> compared = ReviewSession.fresh(analysis).compared(cond);

        ReviewSession s = new ReviewSession(analysis, Reattachment.over(analysis.findings(),
                of(saved("old-id", FindingType.DENY_VS_CONDITIONAL, compared, Verdict.DIVERGENCE))));

        assertThat(s.verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
        assertThat(s.review(DENY_VS_CONDITIONAL).orElseThrow().formerIds()).containsExactly("old-id");
        assertThat(s.review(DENY_VS_CONDITIONAL).orElseThrow().note()).isEqualTo("note on old-id");
        assertThat(s.orphans()).isEmpty();
    }

    @Test
    void halfOfTheSavedSentencesIsEnoughButLessIsNot() {
        Analysis analysis = ReviewFixtures.analysis();
        List<ComparedStatement> now = ReviewSession.fresh(analysis).compared(analysis.finding(DENY_VS_CONDITIONAL).orElseThrow());
        ComparedStatement gone = new ComparedStatement("003_gone.txt", "X", "DPRK", "Sebuah kalimat yang sudah hilang.");
        ComparedStatement gone2 = new ComparedStatement("003_gone.txt", "Y", "DPRK", "Kalimat lain yang juga hilang.");

        Map<String, Review> half = Reattachment.over(analysis.findings(), of(saved("old-half",
                FindingType.DENY_VS_CONDITIONAL, List.of(now.get(0), gone), Verdict.CONFIRMED)));
        Map<String, Review> third = Reattachment.over(analysis.findings(), of(saved("old-third",
                FindingType.DENY_VS_CONDITIONAL, List.of(now.get(0), gone, gone2), Verdict.CONFIRMED)));

        assertThat(half).containsOnlyKeys(DENY_VS_CONDITIONAL);
        assertThat(third).containsOnlyKeys("old-third");
    }

    @Test
    void aTrulyVanishedFindingStaysOrphanedAndTypesNeverMix() {
        Analysis analysis = ReviewFixtures.analysis();
        List<ComparedStatement> cond = ReviewSession.fresh(analysis).compared(analysis.finding(DENY_VS_CONDITIONAL).orElseThrow());
        Review vanished = saved("old-vanished", FindingType.DENY_VS_ASSERT,
                List.of(new ComparedStatement("009_x.txt", "Z", "RU", "Kremlin membantah semuanya.")), Verdict.CONFIRMED);
        Review otherType = saved("old-type", FindingType.HEADLINE_VS_BODY, cond, Verdict.CONFIRMED);

        ReviewSession s = new ReviewSession(analysis, Reattachment.over(analysis.findings(), of(vanished, otherType)));

        assertThat(s.orphans()).extracting(Review::findingId).containsExactly("old-vanished", "old-type");
    }

    @Test
    void aFindingNeverGetsTwoReviews() {
        Analysis analysis = ReviewFixtures.analysis();
        ReviewSession fresh = ReviewSession.fresh(analysis);
        List<ComparedStatement> assertCompared = fresh.compared(analysis.finding(DENY_VS_ASSERT).orElseThrow());
        List<ComparedStatement> numbers = fresh.compared(analysis.finding(NUMBERS).orElseThrow());
        Review current = saved(DENY_VS_ASSERT, FindingType.DENY_VS_ASSERT, assertCompared, Verdict.CONFIRMED);
        Review stale = saved("old-assert", FindingType.DENY_VS_ASSERT, assertCompared, Verdict.NOT_A_CONTRADICTION);
        Review first = saved("old-num-1", FindingType.NUMERIC, numbers, Verdict.NEEDS_SOURCES);
        Review second = saved("old-num-2", FindingType.NUMERIC, numbers.subList(0, 1), Verdict.CONFIRMED);

        ReviewSession s = new ReviewSession(analysis, Reattachment.over(analysis.findings(),
                of(current, stale, second, first)));

        assertThat(s.verdict(DENY_VS_ASSERT)).isEqualTo(Verdict.CONFIRMED);
        assertThat(s.verdict(NUMBERS)).as("the closer match wins").isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(s.orphans()).extracting(Review::findingId).containsExactlyInAnyOrder("old-assert", "old-num-2");
    }

    @Test
    void reAnalysisInASessionMovesReviewsToo() {
        Analysis analysis = ReviewFixtures.analysis();
        Finding cond = analysis.finding(DENY_VS_CONDITIONAL).orElseThrow();
        ReviewSession s = new ReviewSession(analysis, of(saved("old-id", FindingType.DENY_VS_CONDITIONAL,
                ReviewSession.fresh(analysis).compared(cond), Verdict.DIVERGENCE)));

        assertThat(s.withAnalysis(analysis).verdict(DENY_VS_CONDITIONAL)).isEqualTo(Verdict.DIVERGENCE);
    }
}
