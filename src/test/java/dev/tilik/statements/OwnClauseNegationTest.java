package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * The claim's own predicate is sought where its own clause starts: past a subordinate clause opening the claim and set
 * off by a comma, or past a complementizer the claim's span kept with the words before it. In sentences the team wrote
 * about an invented flood at a river town and a closed toll bridge; none is a development story's.
 */
class OwnClauseNegationTest {

    @Test
    void aDenialAfterAnOpeningSubordinateClauseDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Supaya warga jangan salah paham, ini bukan banjir kiriman dari hulu,\" kata kepala desa.",
                "\"Karena tanggulnya sudah diperbaiki, kami tidak akan mengungsikan warga lagi,\" ujar camat.");
    }

    @Test
    void aDenialAfterAComplementizerTheClaimKeptDenies() {
        Extract.takes(Stance.DENY, "en",
                "The mayor said on Monday (Jan. 12) that the city will not close the toll bridge.");
    }

    @Test
    void aPlainNegationAfterTheLeadStillStatesAFact() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Karena hujan deras, gudang itu tidak memiliki pompa air cadangan,\" kata kepala desa.");
    }

    @Test
    void aContrastOpeningTheClaimOpensNoSubordinateClause() {
        NegationScope scope = new NegationScope(new Lexicon(Extract.RULES.forLanguage("id").orElseThrow()));
        String contrast = "Namun keputusan itu kembali kepada pedagang, ini bukan menyalahkan pedagang";
        java.util.List<Token> t = Tokens.of(contrast, 0, contrast.length());
        org.assertj.core.api.Assertions.assertThat(scope.ownClause(t, 0, t.size())).isZero();
        String purpose = "Supaya warga jangan salah paham, ini bukan banjir kiriman";
        java.util.List<Token> u = Tokens.of(purpose, 0, purpose.length());
        org.assertj.core.api.Assertions.assertThat(u.get(scope.ownClause(u, 0, u.size())).lower()).isEqualTo("ini");
    }

    @Test
    void aNegatedQuantifierDeniesNothing() {
        Extract.takes(Stance.ASSERT, "en",
                "The mayor clarified that while the town might receive aid for free, not all families would get the same help.");
        Extract.takes(Stance.ASSERT, "id",
                "Lurah menegaskan tidak semua warga mendapat bantuan beras dari dinas sosial.");
    }
}
