package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A described speaker met again in its own article under the same words is one voice: its reason, read as asserting
 * under a party the text got wrong, is no other side of its own denial. Sentences of a river dam's sluice gate,
 * written for this test.
 */
class OneVoiceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 3);
    private static final String GATE = "pintu air";

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static List<String> texts(Finding f) {
        return f.evidence().stream().map(e -> e.fileName() + ": " + e.text()).toList();
    }

    /** The inspectors deny, then are quoted giving their reason, read as asserting under a party the text got wrong. */
    private static ArticleStatements inspectors(String again) {
        return ArticleFixture.article("a.txt", "Para tim pengawas bendungan yang ditunjuk Dinas Pengairan memastikan pintu air tidak akan dibuka. "
                        + "\"Kami belum menemukan alasan untuk membuka pintu air,\" ujar " + again + ".")
                .language("id").published(DAY)
                .say("pintu air tidak akan dibuka", "Para tim pengawas bendungan yang ditunjuk Dinas Pengairan", "Tim Pengawas",
                        Stance.DENY, GATE)
                .basis(StanceBasis.EVENT_NEGATED).done()
                .say("Kami belum menemukan alasan untuk membuka pintu air", again, "PT Tirta Deras", Stance.ASSERT, GATE)
                .quote().basis(StanceBasis.CUE).done()
                .build();
    }

    private static ArticleStatements villageHead() {
        return ArticleFixture.article("b.txt", "Kepala Desa Rina Marlina mengatakan pintu air akan dibuka besok pagi.")
                .language("id").published(DAY)
                .say("pintu air akan dibuka besok pagi", "Kepala Desa Rina Marlina", "Pemdes Sukamaju", Stance.ASSERT, GATE)
                .basis(StanceBasis.CUE).done()
                .build();
    }

    @Test
    void aDescribedSpeakerQuotedAgainInItsArticleIsNoOtherSideOfItself() throws Exception {
        List<Finding> found = denials(inspectors("tim pengawas"), villageHead());
        assertThat(found).hasSize(1);
        assertThat(texts(found.get(0))).as("the village head still asserts what the inspectors deny")
                .anyMatch(t -> t.startsWith("b.txt"))
                .noneMatch(t -> t.contains("belum menemukan alasan"));
    }

    @Test
    void anotherDescriptionOrOneWordIsNoProofOfOneVoice() throws Exception {
        List<Finding> other = denials(inspectors("tim teknis perusahaan"), villageHead());
        assertThat(other).hasSize(1);
        assertThat(texts(other.get(0))).as("another described speaker stays a side").anyMatch(t -> t.contains("belum menemukan alasan"));
        ArticleStatements bare = ArticleFixture.article("a.txt", "Pengawas memastikan pintu air tidak akan dibuka. "
                        + "\"Kami belum menemukan alasan untuk membuka pintu air,\" ujar pengawas.")
                .language("id").published(DAY)
                .say("pintu air tidak akan dibuka", "Pengawas", "Tim Pengawas", Stance.DENY, GATE).basis(StanceBasis.EVENT_NEGATED).done()
                .say("Kami belum menemukan alasan untuk membuka pintu air", "pengawas", "PT Tirta Deras", Stance.ASSERT, GATE)
                .quote().basis(StanceBasis.CUE).done()
                .build();
        assertThat(texts(denials(bare, villageHead()).get(0))).as("one word may be anyone")
                .anyMatch(t -> t.contains("belum menemukan alasan"));
    }
}
