package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rank of two words, a grade after the rank's word ("Laksamana Pertama", "Marsekal Madya", rules {@code ranks}), is the
 * person's: the grade is no body's region nor a word of the person's name. Invented officers.
 */
class RankGradesTest {
    @Test
    void aRanksGradeIsNoPartOfTheBody() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Direktur Operasi Basarnas Laksamana Pertama Joko Susilo mengatakan pencarian dilanjutkan. "
                        + "Kepala Basarnas Marsekal Madya TNI Andi Wijaya mengatakan tim bekerja.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Direktur Operasi Basarnas Laksamana Pertama Joko Susilo")).isEqualTo("Basarnas");
        assertThat(p.get("Kepala Basarnas Marsekal Madya TNI Andi Wijaya")).isEqualTo("Basarnas");
    }
}
