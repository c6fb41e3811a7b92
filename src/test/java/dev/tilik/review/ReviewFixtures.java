package dev.tilik.review;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.statement;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.statements.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small analysis (two articles, three findings) for tests of everything after the pipeline:
 * review sessions, note files, shell commands. Subsets of the findings stand for a re-analysis
 * after a rule edit.
 */
public final class ReviewFixtures {
    public static final String DENY_VS_CONDITIONAL = "f-deny-cond-01";
    public static final String DENY_VS_ASSERT = "f-deny-assert-02";
    public static final String NUMBERS = "f-numbers-03";

    private static final String DENY = "\"Kami tidak pernah mengirimkan tentara ke Rusia,\" kata Kim Song.";
    private static final String NIS = "Sekitar 1.500 tentara dikirim, ujar NIS.";
    private static final String COND = "\"Jika benar ada hal seperti itu, itu sesuai hukum internasional,\" kata Kim Jong Gyu.";
    private static final String YOON = "Ribuan tentara dikirim, kata Yoon.";

    private ReviewFixtures() {
    }

    /** The analysis with all three findings. */
    /** The address 001_detik.txt's header gives (002_suara.txt has none). */
    public static final String DETIK_URL = "https://news.detik.example/berita/d-7601234/korut-membantah";

    public static Analysis analysis() {
        return analysis(Set.of(DENY_VS_CONDITIONAL, DENY_VS_ASSERT, NUMBERS));
    }

    /** The same articles with only the findings named (as after a rule edit). */
    public static Analysis analysis(Set<String> findingIds) {
        Document a = document("001_detik.txt", "url: " + DETIK_URL + "\n\nKorut membantah. " + DENY + " " + NIS, null);
        Document b = document("002_suara.txt", COND + " " + YOON, null);
        Statement deny = statement(a, "1", DENY, "Kim Song", "DPRK", Stance.DENY, "troops");
        Statement nis = statement(a, "2", NIS, "NIS", "ROK", Stance.ASSERT, "troops");
        Statement cond = statement(b, "1", COND, "Kim Jong Gyu", "DPRK", Stance.CONDITIONAL, "troops");
        Statement yoon = statement(b, "2", YOON, "Yoon", "ROK", Stance.ASSERT, "troops");
        List<Finding> findings = Stream.of(
                        finding(DENY_VS_CONDITIONAL, FindingType.DENY_VS_CONDITIONAL,
                                "DPRK denies; Kim Jong Gyu: if true, lawful", a, deny, b, cond),
                        finding(DENY_VS_ASSERT, FindingType.DENY_VS_ASSERT, "DPRK denies; NIS says troops sent",
                                a, deny, a, nis),
                        finding(NUMBERS, FindingType.NUMERIC, "1,500 vs thousands", a, nis, b, yoon))
                .filter(f -> findingIds.contains(f.id()))
                .toList();
        return new Analysis("articles", "rules", List.of(article(a, deny, nis), article(b, cond, yoon)), findings,
                List.of());
    }

    private static Finding finding(String id, FindingType type, String title, Document a, Statement sa, Document b,
                                   Statement sb) {
        return new Finding(id, type, Severity.HIGH, "findings.json#" + type.id(), "troops", title,
                "They disagree.", List.of(evidence(a, sa), evidence(b, sb)));
    }
}
