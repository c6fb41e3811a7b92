package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-name speaker given a group is the person their own article writes in full (an invented flood): two people
 * share the first name Budi, one a friend of a victim, one a village head; an outlet that names the friend in full in
 * its narration and quotes him as "Budi" quotes the friend, not whichever Budi the folder's other articles call a resident.
 */
class NarratedFullNamesTest {

    @Test
    void aShortNamesGroupIsTheOneItsArticleWritesInFull() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Teman korban, Budi Santoso, mengatakan air naik cepat. Budi Santoso menegaskan korban tidak sempat lari.",
                "Seorang warga bernama Budi mengatakan air naik tengah malam. Budi menambahkan tidak ada peringatan.",
                "Seorang warga bernama Budi mengatakan jalan tertutup lumpur.",
                "Kepala Desa Wetan Budi Hartono mengatakan jalan desa rusak.",
                "Ada pula Budi Santoso yang ikut mencari korban. Budi mengatakan korban hanyut dari jembatan.");
        String friend = budi(out.get(4));
        String resident = budi(out.get(1));
        assertThat(friend).as("the article writes Budi Santoso in full").isEqualTo("teman korban");
        assertThat(resident).as("an article writing no fuller name keeps its group").isEqualTo("warga");
    }
    @Test
    void aNameAfterANounOfRelationWithNoCommaIsWhoseRelationNotTheSpeaker() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Budi Santoso, kakak kandung dari almarhum Joko, mengatakan air naik cepat. Ia menegaskan korban tidak sempat lari.",
                "Seorang warga bernama Budi mengatakan air naik tengah malam.",
                "Kepala Desa Wetan Budi Hartono mengatakan jalan desa rusak.",
                "Ada pula Budi Santoso yang ikut mencari korban. Budi mengatakan korban hanyut dari jembatan.");
        String brother = budi(out.get(3));
        assertThat(brother).as("Budi Santoso is the brother; Joko is whose").startsWith("keluarga");
    }

    /** The party of the article's first statement by "Budi", or "none". */
    private static String budi(ArticleStatements article) {
        return article.statements().stream().filter(s -> s.speaker().equals("Budi"))
                .map(s -> String.valueOf(s.party())).findFirst().orElse("none");
    }
}
