package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's title, first evidence and "e.g." quote name the clearest statement of each side. */
class LeadTest {

    private static List<Finding> find(List<ArticleStatements> articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles);
    }

    private static Finding ofType(List<Finding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anExplicitDenialLeadsOverAQuotedDismissalAndSpeakersAreCapitalised() throws Exception {
        ArticleStatements a = ArticleFixture.article("001_a.txt", "\"Kami tidak merasa perlu mengomentari rumor "
                        + "yang tidak berdasar itu,\" kata salah satu diplomat Korut. Duta Besar Korut Kim Song menegaskan "
                        + "negaranya tidak pernah mengirimkan tentara ke Rusia.")
                .say("Kami tidak merasa perlu mengomentari rumor yang tidak berdasar itu", "salah satu diplomat Korut",
                        "DPRK", Stance.DENY, "troops").quote().basis(StanceBasis.DISMISSAL).done()
                .say("negaranya tidak pernah mengirimkan tentara ke Rusia", "Duta Besar Korut Kim Song", "DPRK",
                        Stance.DENY, "troops").basis(StanceBasis.EVENT_NEGATED).done()
                .build();
        ArticleStatements b = ArticleFixture.article("002_b.txt", "\"Jika benar, itu sesuai hukum internasional,\" "
                        + "ujar wakil menteri Kim Jong Gyu.")
                .say("Jika benar, itu sesuai hukum internasional", "wakil menteri Kim Jong Gyu", "DPRK",
                        Stance.CONDITIONAL, "troops").quote().basis(StanceBasis.MARKER).done()
                .build();

        Finding f = ofType(find(List.of(a, b)), FindingType.DENY_VS_CONDITIONAL);

        assertThat(f.title()).isEqualTo("North Korea: Duta Besar Korut Kim Song denies it, Wakil menteri Kim Jong Gyu "
                + "answers with a conditional (troops)");
        assertThat(f.evidence().get(0).statementId()).isEqualTo("001_a.txt#2");
        assertThat(f.explanation()).contains("e.g. \u201Cnegaranya tidak pernah mengirimkan tentara ke Rusia\u201D")
                .contains("from Duta Besar Korut Kim Song and Salah satu diplomat Korut")
                .contains("modal divergence, not a strict logical contradiction");
    }

    @Test
    void atEqualExplicitnessANamedSpeakerWithItsPartyLeadsOverAGenericOne() throws Exception {
        ArticleStatements a = ArticleFixture.article("001_a.txt", "Menurut pejabat itu, Korut mengirimkan tentara. "
                        + "Badan intelijen Korsel menyebut Korut telah mengirimkan pasukan ke Rusia.")
                .say("Korut mengirimkan tentara", "pejabat itu", "ROK", Stance.ASSERT, "troops").quote()
                .basis(StanceBasis.CUE_ON_TOPIC).done()
                .say("Korut telah mengirimkan pasukan ke Rusia", "Badan intelijen Korsel", "ROK", Stance.ASSERT, "troops")
                .basis(StanceBasis.CUE_ON_TOPIC).done()
                .build();
        ArticleStatements b = ArticleFixture.article("002_b.txt", "Pyongyang membantah mengirimkan tentara.")
                .say("mengirimkan tentara", "Pyongyang", "DPRK", Stance.DENY, "troops").done()
                .build();

        Finding f = ofType(find(List.of(a, b)), FindingType.DENY_VS_ASSERT);

        assertThat(f.evidence().stream().filter(e -> e.side() == 1).findFirst().orElseThrow().statementId())
                .isEqualTo("001_a.txt#2");
        assertThat(f.explanation()).contains("e.g. \u201CKorut telah mengirimkan pasukan ke Rusia\u201D");
    }

    @Test
    void aClaimThatOnlyRefersBackIsQuotedWithItsSentence() throws Exception {
        ArticleStatements a = ArticleFixture.article("001_a.txt", "Seoul menyebut Korut mengirimkan senjata ke Rusia. "
                        + "Klaim ini juga telah dibantah oleh Pyongyang.")
                .say("Korut mengirimkan senjata ke Rusia", "Seoul", "ROK", Stance.ASSERT, "weapons").done()
                .say("Klaim ini", "Pyongyang", "DPRK", Stance.DENY, "weapons").done()
                .build();

        Finding f = ofType(find(List.of(a)), FindingType.DENY_VS_ASSERT);

        assertThat(f.explanation()).contains("e.g. \u201CKlaim ini juga telah dibantah oleh Pyongyang\u201D.");
    }

    @Test
    void aGenericSpeakerFromTheRulesNeverLeadsOverANamedOne() throws Exception {
        ArticleStatements a = ArticleFixture.article("001_a.txt", "Juru bicara Kremlin Dmitry Peskov membantah "
                        + "kehadiran tentara Korea Utara.")
                .say("kehadiran tentara Korea Utara", "Juru bicara Kremlin Dmitry Peskov", "RU", Stance.DENY, "troops")
                .done().build();
        ArticleStatements b = ArticleFixture.article("002_b.txt", "Seorang pejabat militer Rusia menyebut 3.000 tentara "
                        + "Korut ikut latihan. Dmitry Peskov mengonfirmasi bahwa tentara Korea Utara berada di Rusia.")
                .say("3.000 tentara Korut ikut latihan", "Seorang pejabat militer Rusia", "RU", Stance.ASSERT, "troops")
                .basis(StanceBasis.CUE_ON_TOPIC).done()
                .say("tentara Korea Utara berada di Rusia", "Dmitry Peskov", "RU", Stance.CONFIRM, "troops")
                .basis(StanceBasis.CUE_ON_TOPIC).done()
                .build();

        Finding f = ofType(find(List.of(a, b)), FindingType.SAME_PARTY_DIVERGENCE);

        assertThat(f.title()).isEqualTo("Russia: Juru bicara Kremlin Dmitry Peskov denies it, Dmitry Peskov confirms it"
                + " (troops)");
    }
}
