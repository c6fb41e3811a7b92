package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal that is the sentence's only verb, in sentences the team wrote: "X enggan menanggapi …", "X tak merespons …",
 * "X belum bisa memberikan keterangan soal …" are statements of X with no comment (before: no statement at all), and
 * what is still being looked into hedges ("the cause is still under investigation", "masih diusut").
 */
class RefusalWithoutSpeechTest {

    private static Statement only(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aRefusalWithNoVerbOfSayingIsTheRefusersNoComment() {
        Statement s = only(Extract.id("Manajer gudang, Rudi Hartanto, belum bisa memberikan keterangan soal penyebab kebakaran."));
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker()).contains("Rudi Hartanto");
        assertThat(only(Extract.id("Kepala Dinas Pertanian Wetan, Sari Lestari, enggan menanggapi pertanyaan soal izin gudang."))
                .stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(only(Extract.id("Direktur PT Sinar Tani, Bambang Wibowo, tak merespons pertanyaan wartawan soal izin itu."))
                .stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void whatIsStillUnderInvestigationIsHedged() {
        Extract.takes(Stance.HEDGE, "en", "\"The cause of the fire is still under investigation,\" said the district police chief.");
        Extract.takes(Stance.HEDGE, "id", "\"Penyebab kebakaran masih diusut,\" kata Kapolsek Wetan, Agus Salim.");
        Extract.takes(Stance.ASSERT, "en", "\"The cause of the fire was an electrical fault,\" said the district police chief.");
    }
}
