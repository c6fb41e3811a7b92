package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A prefix cue after one connective written without a comma ("Sebab menurut X, …", "Namun menurut X, …", "Dari
 * sepengetahuan X, …") opens what the sentence reports: the claim is what follows the source's comma. It used to be
 * the connective before the cue ("Sebab", "Dari"), a claim saying nothing, left with no stance (`no-topic`, other) —
 * on three of the nine development stories a gold statement the gold reads as an assertion or a denial.
 * Team-written copy: a police raid on a workshop making home-made guns.
 */
class PrefixCueAfterConnectiveTest {
    private static final String RAID = "Polisi menemukan puluhan senjata rakitan di sebuah bengkel las di pinggir kota, "
            + "kata Kapolres Budi Hartono.\n\nBudi menyebut pemeriksaan akan dilakukan dalam waktu dekat. "
            + "Sebab menurut Budi, pemilik bengkel masih dalam pencarian.\n\n"
            + "Ia belum mengetahui pasti asal senjata tersebut.\n\n"
            + "Dari sepengetahuan Budi, pelanggan bengkel berjumlah 13 orang. Mereka saat ini sudah diperiksa.";

    private static Statement starting(List<Statement> all, String words) {
        return all.stream().filter(s -> s.claim().coveredText(RAID).startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with " + words + ": "
                        + all.stream().map(s -> s.claim().coveredText(RAID)).toList()));
    }

    @Test
    void aPrefixCueAfterAConnectiveTakesTheWordsAfterItsSourceForTheClaim() {
        List<Statement> all = Extract.id(RAID);

        Statement owner = starting(all, "pemilik bengkel masih dalam pencarian");
        assertThat(owner.speaker()).contains("Budi");
        assertThat(StanceBasis.shownAs(owner).stance()).as("what the source says, asserted").isEqualTo(Stance.ASSERT);

        Statement customers = starting(all, "pelanggan bengkel berjumlah 13 orang");
        assertThat(customers.speaker()).contains("Budi");
        assertThat(StanceBasis.shownAs(customers).stance()).isEqualTo(Stance.ASSERT);
        assertThat(customers.numbers()).as("the claim's figure is read").isNotEmpty();

        assertThat(all).as("no claim is the connective alone")
                .noneMatch(s -> List.of("Sebab", "Dari").contains(s.claim().coveredText(RAID).strip()));
    }
}
