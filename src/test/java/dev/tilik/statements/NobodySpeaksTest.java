package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject that opens with a negation says nobody spoke ("belum ada satu pun pihak yang membeberkan …", "no one has
 * said …"): no speaker, no statement — a fact-checker's finding must never list "belum ada satu pun pihak yang" among
 * those asserting. Sentences the team wrote.
 */
class NobodySpeaksTest {

    @Test
    void noPartyYetRevealingIsNoStatement() {
        List<Statement> found = Extract.id("Banjir merendam pasar di Wetan pada Senin (3/3/2025). Hingga Selasa, belum ada"
                + " satu pun pihak yang secara resmi membeberkan jumlah pasti pedagang yang merugi.");
        assertThat(found).extracting(Statement::speaker).noneMatch(sp -> sp != null && sp.startsWith("belum"));
        assertThat(found).isEmpty();
    }

    @Test
    void aNamedSpeakerInTheSameArticleStillSpeaks() {
        List<Statement> found = Extract.id("Hingga Selasa, tidak ada pihak yang membeberkan jumlah pedagang yang merugi."
                + " Kepala Dinas Pasar Wetan, Rina Wati, mengatakan pasar akan dibuka kembali pekan depan.");
        assertThat(found).extracting(Statement::speaker).containsExactly("Kepala Dinas Pasar Wetan, Rina Wati");
    }
}
