package dev.tilik.eval;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.finding;
import static dev.tilik.analysis.AnalysisFixtures.mention;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoldEvaluatorTest {
    static final String A_TEXT = "Korea Utara membantah laporan  itu. Seoul mengklaim sekitar 1.500 tentara dikirim.\n"
            + "Simak Video: Korut Bantu Rusia";
    static final String B_TEXT = "Korea Utara pada Jumat (24/10) menanggapi isu. \"Jika benar, itu pasti sah,\" ujar Kim Jong Gyu. "
            + "Korea Selatan menyebut Korut telah mengirimkan ribuan tentara.";
    static final String GOLD = """
            {"articles": {
              "a.txt": {"boilerplate": ["Simak Video: Korut Bantu Rusia"], "statements": [
                {"id": "A1", "match": "Korea Utara membantah laporan itu", "speaker": "Korea Utara", "party": "DPRK",
                 "stance": "deny", "topic": "troops"},
                {"id": "A2", "match": "sekitar 1.500 tentara", "speaker": "Seoul", "party": "ROK", "stance": "assert",
                 "topic": "troops"}]},
              "b.txt": {"statements": [
                {"id": "B1", "match": "Jika benar, itu pasti sah", "speaker": "Kim Jong Gyu", "party": "DPRK",
                 "stance": "conditional", "topic": "troops", "quote": true},
                {"id": "B2", "match": "ribuan tentara", "speaker": "Korea Selatan", "party": "ROK",
                 "stance": "assert", "topic": "troops"}]}},
             "must": [
              {"id": "F1", "kind": "deny_vs_conditional", "between": [["A1"], ["B1"]]},
              {"id": "F2", "kind": "deny_vs_assert", "between": [["A1"], ["A2", "B2"]]},
              {"id": "F3", "kind": "weekday_date", "between": [["b.txt:Jumat (24/10)"]]}],
             "should_not": [
              {"id": "N1", "between": [["A2"], ["B2"]], "except_types": ["numeric"]},
              {"id": "N2", "between": [["B2"], ["*"]]},
              {"id": "N3", "between": [["boilerplate"], ["*"]]}]}
            """;

    Gold gold;
    Document a;
    Document b;
    Statement a1;
    Statement a2;
    Statement b1;
    Statement b2;

    @BeforeEach
    void setUp() throws Exception {
        gold = Gold.read(new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8)), "gold.json");
        a = document("a.txt", A_TEXT, "Simak Video");
        b = document("b.txt", B_TEXT, null);
        a1 = statement(a, "1", "Korea Utara membantah laporan  itu.", "Korea Utara (Korut)", "DPRK", Stance.DENY, "troops");
        a2 = statement(a, "2", "Seoul mengklaim sekitar 1.500 tentara dikirim.", "Seoul", "ROK", Stance.ASSERT, "troops");
        b1 = statement(b, "1", "\"Jika benar, itu pasti sah,\" ujar Kim Jong Gyu.", "Kim Jong Gyu", "DPRK",
                Stance.ASSERT, "troops");
        b2 = statement(b, "2", "Korea Selatan menyebut Korut telah mengirimkan ribuan tentara.", "Korut", "DPRK",
                Stance.ASSERT, "weapons");
    }

    @Test
    void scoresEveryStatementLabelAgainstTheGold() {
        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of()), gold);

        assertThat(ev.statementRecall()).isEqualTo(new Score(4, 4));
        assertThat(ev.speaker()).isEqualTo(new Score(3, 4));
        assertThat(ev.party()).isEqualTo(new Score(3, 4));
        assertThat(ev.stance()).isEqualTo(new Score(3, 4));
        assertThat(ev.topic()).isEqualTo(new Score(3, 4));
        assertThat(ev.extracted()).isEqualTo(4);
        assertThat(ev.statements().get(2).mismatches()).containsExactly("stance assert (gold conditional)");
        assertThat(ev.statements().get(3).mismatches()).containsExactly(
                "speaker \"Korut\" (gold \"Korea Selatan\")", "party DPRK (gold ROK)", "topic weapons (gold troops)");
    }

    @Test
    void aStatementWhoseSentenceLacksTheMatchIsNotFound() {
        Analysis an = new Analysis("f", "r", List.of(article(a, a2), article(b, b1, b2)), List.of(), List.of());

        Evaluation ev = GoldEvaluator.evaluate(an, gold);

        assertThat(ev.statementRecall()).isEqualTo(new Score(3, 4));
        assertThat(ev.statements().get(0).mismatches()).containsExactly("not found");
    }

    @Test
    void aMissingArticleIsReportedAndItsStatementsAreNotFound() {
        Analysis an = new Analysis("f", "r", List.of(article(a, a1, a2)), List.of(), List.of());

        Evaluation ev = GoldEvaluator.evaluate(an, gold);

        assertThat(ev.missingArticles()).containsExactly("b.txt");
        assertThat(ev.statementRecall()).isEqualTo(new Score(2, 4));
    }

    @Test
    void findingsMeetMustsAndPrecisionCountsTheRest() {
        Finding f1 = finding("f1", FindingType.DENY_VS_CONDITIONAL, evidence(a, a1), evidence(b, b1, 1));
        Finding wrongKind = finding("f2", FindingType.SAME_PARTY_DIVERGENCE, evidence(a, a1), evidence(a, a2, 1));
        Finding weekday = finding("f3", FindingType.WEEKDAY_DATE,
                mention(b, "Korea Utara pada Jumat (24/10) menanggapi isu.", "Jumat (24/10)"));
        Finding info = finding("f4", FindingType.CORROBORATION, evidence(a, a2), evidence(b, b2, 1));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(f1, wrongKind, weekday, info)), gold);

        assertThat(ev.musts()).extracting(MustCheck::met).containsExactly(true, false, true);
        assertThat(ev.mustFound()).isEqualTo(new Score(2, 3));
        assertThat(ev.precision()).isEqualTo(new Score(2, 3));
        assertThat(ev.recall()).isEqualTo(new Score(2, 3));
        assertThat(ev.unmatched()).extracting(c -> c.finding().id()).containsExactly("f2");
        assertThat(ev.contradictions().get(0).meets()).containsExactly("F1");
        assertThat(ev.flagsPerArticle()).containsExactly(
                java.util.Map.entry("a.txt", 2), java.util.Map.entry("b.txt", 2));
        assertThat(ev.shouldNotViolated()).isEqualTo(new Score(0, 3));
    }

    @Test
    void aDateMustNeedsEvidenceCoveringTheDateInThatFile() {
        Finding elsewhere = finding("f", FindingType.WEEKDAY_DATE, mention(b, "Korea Utara pada Jumat (24/10) menanggapi isu.",
                "menanggapi isu"));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(elsewhere)), gold);

        assertThat(ev.musts().get(2).met()).isTrue();
        Finding wrongFile = finding("g", FindingType.WEEKDAY_DATE, mention(a, "Seoul mengklaim sekitar 1.500 tentara dikirim.",
                "1.500"));
        assertThat(GoldEvaluator.evaluate(analysis(List.of(wrongFile)), gold).musts().get(2).met()).isFalse();
    }

    @Test
    void shouldNotIsViolatedByAContradictionLinkingBothGroupsUnlessItsTypeIsExcepted() {
        Finding stance = finding("s", FindingType.DENY_VS_ASSERT, evidence(a, a2), evidence(b, b2, 1));
        Finding numeric = finding("n", FindingType.NUMERIC, evidence(a, a2), evidence(b, b2, 1));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(stance, numeric)), gold);

        assertThat(ev.shouldNots().get(0).violating()).extracting(Finding::id).containsExactly("s");
        assertThat(ev.shouldNots().get(1).violating()).extracting(Finding::id).containsExactly("s", "n");
        assertThat(ev.shouldNotViolated()).isEqualTo(new Score(2, 3));
    }

    @Test
    void evidenceOnOneSideAgreesSoItNeitherViolatesNorMeets() {
        Finding cluster = finding("c", FindingType.DENY_VS_ASSERT, evidence(a, a2), evidence(b, b2), evidence(a, a1, 1));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(cluster)), gold);

        assertThat(ev.shouldNots().get(0).violated()).isFalse();
        assertThat(ev.musts().get(1).met()).isTrue();
        Finding sameSide = finding("d", FindingType.DENY_VS_ASSERT, evidence(a, a1), evidence(a, a2));
        assertThat(GoldEvaluator.evaluate(analysis(List.of(sameSide)), gold).musts().get(1).met()).isFalse();
    }

    @Test
    void precisionIsNotMeasuredWhenTheGoldListsNoMust() throws Exception {
        Gold statementsOnly = new Gold("", gold.articles(), List.of(), List.of());
        Finding f = finding("f", FindingType.DENY_VS_ASSERT, evidence(a, a1), evidence(b, b2, 1));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(f)), statementsOnly);

        assertThat(ev.precision()).isEqualTo(new Score(0, 0));
        assertThat(ev.contradictions()).hasSize(1);
    }

    @Test
    void aGroupNeedsTwoDifferentPiecesOfEvidence() {
        Finding single = finding("x", FindingType.DENY_VS_ASSERT, evidence(b, b2));

        Evaluation ev = GoldEvaluator.evaluate(analysis(List.of(single)), gold);

        assertThat(ev.shouldNots().get(1).violated()).isFalse();
    }

    @Test
    void boilerplateEvidenceAndStatementsAreCaught() {
        Statement junk = statement(a, "3", "Simak Video: Korut Bantu Rusia", "Korut", "DPRK", Stance.OTHER, null);
        Finding fromJunk = finding("j", FindingType.DENY_VS_ASSERT, evidence(a, junk), evidence(a, a1, 1));
        Analysis an = new Analysis("f", "r", List.of(article(a, a1, a2, junk), article(b, b1, b2)), List.of(fromJunk),
                List.of());

        Evaluation ev = GoldEvaluator.evaluate(an, gold);

        assertThat(ev.boilerplateStatements()).containsExactly(junk);
        assertThat(ev.shouldNots().get(2).violated()).isTrue();
    }

    @Test
    void theTextRenderingShowsTheFiguresAndWhatToLookAt() {
        Finding f1 = finding("f1", FindingType.DENY_VS_CONDITIONAL, evidence(a, a1), evidence(b, b1, 1));
        Finding stray = finding("f9", FindingType.DENY_VS_ASSERT, evidence(a, a2), evidence(b, b2, 1));

        String text = EvaluationText.render(GoldEvaluator.evaluate(analysis(List.of(f1, stray)), gold));

        assertThat(text).contains("statements found     4/4 (1.00)", "speaker accuracy     3/4 (0.75)",
                "must found           1/3 (0.33)", "should_not violated  2/3", "precision            1/2 (0.50)",
                "recall               1/3 (0.33)", "must F2 deny_vs_assert: MISSED", "should_not N1: VIOLATED by f9",
                "B1 stance assert (gold conditional)", "f9 deny_vs_assert high", "a.txt: Seoul mengklaim");
    }

    @Test
    void theVerboseRenderingNamesTheArticleAndWhatWasExtractedOrTheSentenceMissed() {
        Analysis an = new Analysis("f", "r", List.of(article(a, a1), article(b, b1, b2)), List.of(), List.of());

        String plain = EvaluationText.render(GoldEvaluator.evaluate(an, gold));
        String verbose = EvaluationText.render(GoldEvaluator.evaluate(an, gold), true);

        assertThat(plain).doesNotContain("b.txt: cue");
        assertThat(verbose).contains("B1 stance assert (gold conditional)",
                "      b.txt: cue none, unknown, claim \"\"Jika benar, itu pasti sah,\" ujar Kim Jong Gyu.\"",
                "A2 not found",
                "      a.txt: the match crosses a sentence boundary"); // the fixture document has no sentences
    }

    @Test
    void aGoldPronounAsWrittenMeetsTheStatementResolvedFromIt() {
        GoldStatement pronoun = new GoldStatement("B9", "Jika benar", "Ia", null, null, null, null, null, null, "Kim Jong Gyu");

        assertThat(new StatementCheck("b.txt", pronoun, b1, "Ia", "").speakerOk()).isTrue();
        assertThat(new StatementCheck("b.txt", pronoun, b1).speakerOk()).as("nothing written to compare").isFalse();
        assertThat(new StatementCheck("b.txt", pronoun, b1, "Mereka", "").speakerOk()).isFalse();
    }

    private Analysis analysis(List<Finding> findings) {
        return new Analysis("f", "r", List.of(article(a, a1, a2), article(b, b1, b2)), findings, List.of());
    }
}
