package dev.tilik.eval;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.finding;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.statements.Statement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each missed must's first place lost, on an invented story of a dam and its spillway. */
class MustLossesTest {
    static final String A_TEXT = "Balai Wilayah membantah bendungan itu retak. Warga menyebut pintu air macet sejak Senin.";
    static final String B_TEXT = "Dinas PU mengatakan bendungan itu retak di sisi timur. Bupati menyatakan jika retak, warga diungsikan.";
    static final String GOLD = """
            {"articles": {
              "a.txt": {"statements": [
                {"id": "A1", "match": "membantah bendungan itu retak", "speaker": "Balai Wilayah", "stance": "deny"},
                {"id": "A2", "match": "pintu air macet", "speaker": "Warga", "stance": "assert"}]},
              "b.txt": {"statements": [
                {"id": "B1", "match": "bendungan itu retak di sisi timur", "speaker": "Dinas PU", "stance": "assert"},
                {"id": "B2", "match": "jika retak, warga diungsikan", "speaker": "Bupati", "stance": "conditional"}]}},
             "must": [
              {"id": "M1", "kind": "deny_vs_assert", "between": [["A1"], ["B1"]]},
              {"id": "M2", "kind": "deny_vs_conditional", "between": [["A1"], ["B2"]]},
              {"id": "M3", "kind": "deny_vs_assert", "between": [["A1"], ["A2"]]}]}
            """;

    final Document a = document("a.txt", A_TEXT, null);
    final Document b = document("b.txt", B_TEXT, null);

    private Statement a1(String topic) {
        return statement(a, "1", "Balai Wilayah membantah bendungan itu retak.", "Balai Wilayah", "Balai", Stance.DENY, topic);
    }

    private Statement a2(String topic) {
        return statement(a, "2", "Warga menyebut pintu air macet sejak Senin.", "Warga", "Warga", Stance.ASSERT, topic);
    }

    private Statement b1(String topic) {
        return statement(b, "1", "Dinas PU mengatakan bendungan itu retak di sisi timur.", "Dinas PU", "Dinas PU",
                Stance.ASSERT, topic);
    }

    private Statement b2(Stance stance) {
        return statement(b, "2", "Bupati menyatakan jika retak, warga diungsikan.", "Bupati", "Pemkab", stance, "retak");
    }

    @Test
    void aMustWhoseSideWasNotExtractedIsLostThere() throws Exception {
        Analysis analysis = new Analysis("f", "r", List.of(article(a, a1("retak")), article(b, b2(Stance.CONDITIONAL))),
                List.of(), List.of());

        assertThat(losses(analysis).get("M1").place()).isEqualTo(MustLoss.Place.NOT_EXTRACTED);
        assertThat(losses(analysis).get("M1").detail()).contains("B1");
    }

    @Test
    void aSideReadWithTheWrongStanceIsLostAtTheStance() throws Exception {
        Evaluation ev = evaluate(List.of(), a1("retak"), a2("retak"), b1("retak"), b2(Stance.ASSERT));

        assertThat(ev.losses().get("M2").place()).isEqualTo(MustLoss.Place.WRONG_STANCE);
        assertThat(ev.losses().get("M2").detail()).contains("B2 assert (gold conditional)");
    }

    @Test
    void sidesInNoSharedPropositionSayTheirShape() throws Exception {
        Evaluation twoTopics = evaluate(List.of(), a1("retak"), a2(null), b1("bendungan timur"), b2(Stance.CONDITIONAL));
        assertThat(twoTopics.losses().get("M1").place()).isEqualTo(MustLoss.Place.NO_SHARED_PROPOSITION);
        assertThat(twoTopics.losses().get("M1").detail()).startsWith("two propositions");

        Evaluation none = evaluate(List.of(), a1(null), a2(null), b1(null), b2(Stance.CONDITIONAL));
        assertThat(none.losses().get("M3").detail()).startsWith("both sides in no proposition");
        assertThat(none.losses().get("M1").detail()).startsWith("both sides in no proposition");
        assertThat(none.losses().get("M2").detail()).startsWith("one side in no proposition");
    }

    @Test
    void sidesInOnePropositionNoFindingHoldsArePairedButNotFlagged() throws Exception {
        Evaluation ev = evaluate(List.of(), a1("retak"), a2("retak"), b1("retak"), b2(Stance.CONDITIONAL));

        assertThat(ev.losses().keySet()).containsExactly("M1", "M2", "M3");
        assertThat(ev.losses().get("M1").place()).isEqualTo(MustLoss.Place.NOT_FLAGGED);
        assertThat(ev.losses().get("M1").detail()).contains("retak");
    }

    @Test
    void sidesInAFindingThatCountsForAnotherMustOrOnOneSideAreNamed() throws Exception {
        Statement a1 = a1("retak");
        Statement a2 = a2("retak");
        Statement b1 = b1("retak");
        // M1 is met; the same finding holds A2 beside A1 on one side, so M3 is lost to M1.
        Finding both = finding("f1", FindingType.DENY_VS_ASSERT, evidence(a, a1), evidence(a, a2), evidence(b, b1, 1));
        Evaluation ev = evaluate(List.of(both), a1, a2, b1, b2(Stance.CONDITIONAL));

        assertThat(ev.musts().get(0).met()).isTrue();
        assertThat(ev.losses()).doesNotContainKey("M1");
        assertThat(ev.losses().get("M3").place()).isEqualTo(MustLoss.Place.OTHER_MUST);
        assertThat(ev.losses().get("M3").detail()).startsWith("M1");

        Finding wrongKind = finding("f2", FindingType.SAME_PARTY_DIVERGENCE, evidence(a, a1), evidence(b, b1, 1));
        Evaluation other = evaluate(List.of(wrongKind), a1, a2, b1, b2(Stance.CONDITIONAL));
        assertThat(other.losses().get("M1").place()).isEqualTo(MustLoss.Place.OTHERWISE_FLAGGED);
        assertThat(EvaluationText.render(other, true))
                .contains("must M1 deny_vs_assert: MISSED, first lost: flagged otherwise (kind or sides) (same_party_divergence f2)")
                .contains("deny_vs_assert: paired but not flagged 1, flagged otherwise (kind or sides) 1");
        assertThat(EvaluationText.render(other, false)).doesNotContain("first lost");
    }

    private Evaluation evaluate(List<Finding> findings, Statement a1, Statement a2, Statement b1, Statement b2)
            throws Exception {
        Analysis analysis = new Analysis("f", "r", List.of(article(a, a1, a2), article(b, b1, b2)), findings, List.of());
        return GoldEvaluator.evaluate(analysis, gold());
    }

    private java.util.Map<String, MustLoss> losses(Analysis analysis) throws Exception {
        return GoldEvaluator.evaluate(analysis, gold()).losses();
    }

    private static Gold gold() throws Exception {
        return Gold.read(new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8)), "gold.json");
    }
}
