package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What reading a denial's ground costs, counted (never timed): the words before the ground word are asked whether they
 * are content words only until one is, for a ground word counts only after a content word of the claim; a long denial
 * is not tested word by word for what its first content word already settled. The ground read, and the retelling it
 * meets, are the same. An invented story: a school canteen closed after pupils fell ill.
 */
class GroundsCostTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    private static final int WORDS = 200;

    /** The article's voices: its denial, then each other claim, every one said by the headmistress. */
    private static List<Voice> voices(String denial, String... others) {
        StringBuilder text = new StringBuilder("Kepala sekolah Rina Wulandari mengatakan " + denial + ".");
        for (String o : others) {
            text.append(" Rina mengatakan ").append(o).append('.');
        }
        ArticleFixture f = ArticleFixture.article("a.txt", text.toString()).language("id").published(DAY)
                .say(denial, "Kepala sekolah Rina Wulandari", "Sekolah", Stance.DENY, "kantin").basis(StanceBasis.CUE).done();
        for (String o : others) {
            f = f.say(o, "Rina", "Sekolah", Stance.ASSERT, "kantin").basis(StanceBasis.CUE).done();
        }
        ArticleStatements a = f.build();
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        return a.statements().stream().map(st -> Voice.of(st, a, "kantin", "Sekolah", false, keys)).toList();
    }

    @Test
    void aDenialsWordsBeforeItsGroundAreTestedOnlyUpToTheFirstContentWord() {
        AtomicLong tested = new AtomicLong();
        ClaimWords words = new ClaimWords(List.of("bukan", "tidak"), List.of(), List.of("mengatakan"), w -> {
            tested.incrementAndGet();
            return false;
        });
        StringBuilder claim = new StringBuilder("sakit perut murid");
        for (int i = 0; i < WORDS; i++) {
            claim.append(" kelas").append((char) ('a' + i % 26)).append("nya");
        }
        claim.append(" bukan akibat makanan kantin karena gejala muncul sebelum istirahat");
        List<Voice> article = voices(claim.toString(), "gejala muncul sebelum jam istirahat pertama",
                "murid makan siang bersama di kelas");

        java.util.function.Predicate<Voice> retelling = new Grounds(List.of("karena")).retellingGroundOf(article.subList(0, 1),
                words);

        assertThat(tested.get()).as("content-word tests reading the ground of a claim of %d words: the first word, then the four of the ground", WORDS + 12)
                .isEqualTo(1L + 4);
        assertThat(retelling.test(article.get(1)))
                .as("the ground, \"gejala muncul sebelum istirahat\", told again in the same article").isTrue();
        assertThat(retelling.test(article.get(2)))
                .as("a statement sharing no word of the ground").isFalse();
    }
}
