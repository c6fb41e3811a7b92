package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One office written at two levels of one body ("Kepala Pusat Penerangan (Kapuspen) TNI" read as the headquarters, "Kepala
 * Pusat Penerangan TNI" as the force): the person's statements that name no body, an English article's "Hartono said",
 * take the level most of their statements give; two bodies with no such words between them give nothing. On a story the
 * team wrote (an ammunition depot blast in an invented Wetan; every name invented).
 */
class BodyAtTwoLevelsTest {

    @Test
    void aPersonGivenOneBodyAtTwoLevelsTakesTheLevelMostOfTheirStatementsGive() {
        List<ArticleStatements> in = List.of(
                Extract.article("id", "Ledakan terjadi di gudang amunisi di Wetan pada Senin. "
                        + "\"Empat prajurit gugur dalam ledakan itu,\" kata Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen Budi Hartono, Senin. "
                        + "\"Lokasi itu sudah steril sejak pagi,\" kata Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen Budi Hartono. "
                        + "\"Kami akan menyelidiki penyebabnya,\" ujar Kapuspen TNI Mayjen Budi Hartono."),
                Extract.article("id", "Kepala Pusat Penerangan TNI, Mayjen Budi Hartono mengatakan warga sering datang ke lokasi. "
                        + "\"Biasanya warga mengambil sisa logam,\" kata Kepala Pusat Penerangan TNI, Mayjen Budi Hartono. "
                        + "\"Lokasi itu dijaga,\" kata Kepala Pusat Penerangan Mabes TNI, Mayjen TNI Budi Hartono."),
                Extract.article("en", "A blast at an ammunition depot killed four soldiers on Monday. "
                        + "Hartono said on Monday that civilians often came to the site to collect metal."));
        Map<String, String> p = partiesBySpeaker(new StatementExtractor(Extract.RULES).acrossFolder(in));
        assertThat(p.get("Kepala Pusat Penerangan TNI, Mayjen Budi Hartono")).as("the force, as written").isEqualTo("TNI");
        assertThat(p.get("Hartono")).isEqualTo("Mabes TNI");
    }

    @Test
    void theLevelIsTheMajorityAndOnlyOfOneBody() {
        assertThat(FolderSpeakers.level(Map.of("Mabes TNI", 18, "TNI", 3))).isEqualTo("Mabes TNI");
        assertThat(FolderSpeakers.level(Map.of("BPBD Wetan", 3, "BPBD", 1))).isEqualTo("BPBD Wetan");
        assertThat(FolderSpeakers.level(Map.of("Mabes TNI", 2, "TNI", 2))).as("no majority").isNull();
        assertThat(FolderSpeakers.level(Map.of("Polda Wetan", 3, "Kejati Wetan", 1))).as("two bodies").isNull();
        assertThat(FolderSpeakers.level(Map.of("Polda Wetan", 3, "Polda", 1, "Kejati Wetan", 1))).as("two bodies").isNull();
    }
}
