package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reading prohibitions beside denials costs, counted (never timed): {@link Restatements#restates} is asked of
 * every claim of a cluster's one side against every denial of its other, and again in each cluster a claim is in;
 * each claim's prohibited acts and each denial's denied words are read as roots once, not once a pair (an invented
 * story: a ferry pier the harbour office will not close, residents asking it must not be sold).
 */
class RestatesCostTest {
    private static final int CLAIMS = 40;
    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    /** One spokeswoman's claim of the pier story as a voice of its own article (shared with {@code ClaimTokensTest}). */
    static Voice voice(String file, String claim, Stance stance) {
        ArticleStatements a = ArticleFixture.article(file, "Juru bicara Dewi Lestari mengatakan " + claim + ".").published(DAY)
                .say(claim, "Juru bicara Dewi Lestari", "Warga", stance, "dermaga").basis(StanceBasis.CUE).done().build();
        return Voice.of(a.statements().get(0), a, "dermaga", "Warga", false, new java.util.HashMap<>());
    }

    @Test
    void eachClaimsProhibitionAndEachDenialIsReadOnceNotOncePerPair() throws Exception {
        Restatements reading = new Restatements(ClaimWords.of(RulesLoader.load(Path.of("rules")).languages().values()));
        List<Voice> denials = new ArrayList<>();
        List<Voice> asked = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            denials.add(voice(String.format("%03d_a.txt", i), "syahbandar tidak akan menutup dermaga " + i, Stance.DENY));
            asked.add(voice(String.format("%03d_b.txt", i), "warga meminta dermaga " + i + " tidak boleh dijual", Stance.ASSERT));
        }
        for (int cluster = 0; cluster < 3; cluster++) {
            for (Voice v : asked) {
                assertThat(reading.restates(v, denials)).as("selling is not closing: no restatement").isFalse();
            }
        }
        assertThat(reading.restates(voice("999_c.txt", "warga meminta dermaga tidak boleh ditutup", Stance.ASSERT), denials))
                .as("closing is: the prohibition says the denial again").isTrue();

        assertThat(reading.rootsRead()).as("each of 81 claims read once, not 3 x 40 x 40 times").isLessThanOrEqualTo(2L * CLAIMS + 1);
    }
}
