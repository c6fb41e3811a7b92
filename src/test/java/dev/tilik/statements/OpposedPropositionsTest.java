package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two propositions that argue over one thing every member writes meet, on copy the team wrote in the style of a
 * pollution story (a kind of story none of the development sets is): two voices say the factory's waste damaged the
 * bay's coral reef, two others that the company caused no significant damage to the environment. Apart on every other
 * word, the clustering keeps them in two propositions; the damage that one side asserts and the other denies past its
 * negation's head ("tidak menyebabkan kerusakan") joins them.
 */
class OpposedPropositionsTest {

    private static final String[][] BAY = {
            {"id", "Ketua Walhi Sukamaju, Andi Saputra, mengatakan limbah pabrik telah merusak terumbu karang di teluk."},
            {"id", "Peneliti kelautan, Yusuf Hidayat, menyebut limbah pabrik merusak terumbu karang di teluk itu."},
            {"id", "Direktur PT Sukamaju Kimia, Ratna Dewi, menegaskan perusahaan tidak menyebabkan kerusakan lingkungan "
                    + "yang berarti."},
            {"id", "Manajer operasional PT Sukamaju Kimia, Heru Wibowo, mengatakan tim tidak melihat tanda kerusakan "
                    + "lingkungan yang masif."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aDamageDeniedAndAssertedIsOneProposition() {
        List<Statement> all = Extract.folder(BAY);

        assertThat(by(all, "Andi").topic()).as("the reef's damage").isNotNull().isEqualTo(by(all, "Yusuf").topic());
        assertThat(by(all, "Ratna").topic()).as("no significant damage").isNotNull().isEqualTo(by(all, "Heru").topic());
        assertThat(by(all, "Ratna").topic()).as("the denial meets the damage it denies").isEqualTo(by(all, "Andi").topic());
    }
}
