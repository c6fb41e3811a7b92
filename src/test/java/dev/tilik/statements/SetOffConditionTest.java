package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition, or a "lebih lanjut" going on to a subject, set off before the speaker is no part of the speaker (rules
 * {@code clauseOpeners}). The team's own sentences on an invented story of a fallen footbridge.
 */
class SetOffConditionTest {
    private static final String LEAD = "Jembatan gantung di Desa Sukamaju putus pada Senin.\n\n";

    @Test
    void aConditionSetOffBeforeTheSpeaker() {
        List<Statement> found = Extract.id(LEAD
                + "Beredar kabar, jika ada korban jiwa dalam kejadian itu, Rina Wati mengatakan, tidak ada korban jiwa.");
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
    }

    @Test
    void furtherOnASubjectSetOffBeforeTheSpeaker() {
        List<Statement> found = Extract.id(LEAD
                + "Lebih lanjut mengenai anggaran perbaikan, Rina Wati menegaskan bahwa dana desa sudah cukup.");
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
    }
}
