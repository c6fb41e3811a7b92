package dev.tilik.report;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.finding;
import static dev.tilik.analysis.AnalysisFixtures.statement;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.statements.Statement;
import java.util.List;

/** Two tiny articles, one denial against one conditional, one corroboration and one problem. */
final class ReportFixture {
    static final String A = "Pyongyang membantah laporan itu. Seoul mengklaim *1.500* tentara dikirim.";
    static final String B = "\"Jika benar, itu pasti sah,\" ujar Kim Jong Gyu.";

    private ReportFixture() {
    }

    static Analysis analysis() {
        Document a = document("a.txt", A, null);
        Document b = document("b.txt", B, null);
        Statement deny = statement(a, "1", "Pyongyang membantah laporan itu.", "Pyongyang", "DPRK", Stance.DENY, "troops");
        Statement claim = statement(a, "2", "Seoul mengklaim *1.500* tentara dikirim.", "Seoul", "ROK", Stance.ASSERT,
                "troops");
        Statement cond = statement(b, "1", B, "Kim Jong Gyu", "DPRK", Stance.CONDITIONAL, "troops");
        return new Analysis("articles", "bundled", List.of(article(a, deny, claim), article(b, cond)),
                List.of(finding("f1", FindingType.DENY_VS_CONDITIONAL, evidence(a, deny), evidence(b, cond, 1)),
                        finding("f2", FindingType.CORROBORATION, evidence(a, claim), evidence(a, claim, 1))),
                List.of(new Problem(Problem.Level.WARNING, "c.txt", "empty file, skipped")));
    }
}
