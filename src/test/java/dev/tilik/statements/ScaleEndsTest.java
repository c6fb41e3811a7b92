package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two claims of two articles setting the two ends of one scale on one thing judged meet ({@link ScaleEnds}): an
 * official's "pelanggaran serius" in one report and "hanya pelanggaran minor" in another. Copy the team wrote for an
 * invented story (a textile mill's waste permit), no development set's.
 */
class ScaleEndsTest {

    @Test
    void twoEndsOfOneScaleOnOneThingMeetAndAnotherThingStaysApart() {
        List<ArticleStatements> articles = Extract.articles(
                new String[]{"id", "Kepala Dinas Lingkungan Hidup Kota Sukamaju, Hendra Wijaya, mengatakan pabrik tekstil "
                        + "itu memiliki pelanggaran serius terhadap izin pembuangan limbah."},
                new String[]{"id", "Hendra Wijaya menegaskan tidak ditemukan indikasi kebocoran, hanya pelanggaran minor "
                        + "yang masih dalam batas toleransi."},
                new String[]{"id", "Ketua RT setempat, Budi Santoso, mengatakan warga mengalami luka serius akibat kebakaran gudang."});
        List<Statement> all = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                all.add(s);
                texts.add(a.document().text());
            }
        }
        assertThat(all).hasSize(3);
        assertThat(all.get(0).stance()).isEqualTo(Stance.ASSERT);
        Function<Statement, ClaimWords.Language> languageOf = Extract.claimWords(articles);
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<ClaimWords.Word> w = languageOf.apply(all.get(i)).words(all.get(i), texts.get(i));
            words.add(w);
            Map<String, Double> v = new LinkedHashMap<>();
            w.forEach(x -> v.put(x.key(), 1.0));
            vectors.add(v);
        }
        assertThat(ScaleEnds.ends(all.get(0), words.get(0), languageOf.apply(all.get(0)), Set.of()))
                .as("severe, on the violation").extracting(ScaleEnds.End::scale, ScaleEnds.End::side)
                .contains(org.assertj.core.groups.Tuple.tuple("severity", -1));
        assertThat(ScaleEnds.ends(all.get(1), words.get(1), languageOf.apply(all.get(1)), Set.of()))
                .as("minor, on the violation").extracting(ScaleEnds.End::scale, ScaleEnds.End::side)
                .contains(org.assertj.core.groups.Tuple.tuple("severity", 1));

        PropositionGroup[] groupOf = new PropositionGroup[all.size()];
        ScaleEnds.place(all, words, i -> languageOf.apply(all.get(i)), Set.of(), groupOf, vectors);
        assertThat(groupOf[0]).as("'pelanggaran serius' and 'pelanggaran minor' meet").isNotNull().isSameAs(groupOf[1]);
        assertThat(groupOf[2]).as("'luka serius' judges another thing").isNull();

        PropositionGroup[] background = new PropositionGroup[all.size()];
        Set<String> held = Set.of(words.get(1).stream().filter(w -> w.surface().equals("pelanggaran")).findFirst()
                .orElseThrow().key());
        ScaleEnds.place(all, words, i -> languageOf.apply(all.get(i)), held, background, vectors);
        assertThat(background[0]).as("a thing the whole folder's claims hold tells no two claims together").isNull();
    }
}
