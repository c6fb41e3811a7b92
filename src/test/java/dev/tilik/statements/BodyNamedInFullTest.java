package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body named in full as the speaker with its short form in brackets, the short form spelled from the root of a
 * "ke-…-an" noun ("Kepolisian Daerah (Polda) X"): the short form is defined, and the body with its region speaks.
 * Invented sentences on an invented town.
 */
class BodyNamedInFullTest {
    @Test
    void aShortFormSpelledFromTheRootOfAKeAnNounIsDefined() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Kepolisian Daerah (Polda) Wetan mengatakan situasi di Wetan sudah kondusif setelah kericuhan, Rabu (13/8/2025).");
        assertThat(InstitutionsTest.partiesBySpeaker(out).values()).containsExactly("Polda Wetan");
    }

    @Test
    void theRootIsTriedOnlyWhenTheWordItselfDoesNotSpellIt() {
        assertThat(Acronyms.spelledFrom("kepolisian", "polda")).isEqualTo("polisi");
        assertThat(Acronyms.spelledFrom("kejaksaan", "kejari")).isEqualTo("kejaksaan");
        assertThat(Acronyms.spelledFrom("kepolisian", "dpr")).isNull();
        assertThat(Acronyms.spelledFrom("kelas", "lk")).isNull();
    }
}
