package dev.tilik.eval;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.PartyNames;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares an {@link Analysis} with a {@link Gold} file. Pure: no I/O. */
public final class GoldEvaluator {
    private GoldEvaluator() {
    }

    public static Evaluation evaluate(Analysis analysis, Gold gold) {
        return evaluate(analysis, gold, PartyNames.plain());
    }

    /** @param parties how parties are compared (institutions, with the folder's own short forms) */
    public static Evaluation evaluate(Analysis analysis, Gold gold, PartyNames parties) {
        StatementMatcher statementMatcher = new StatementMatcher(analysis, parties);
        EvidenceMatcher evidence = new EvidenceMatcher(analysis, gold);
        FindingMatcher findingMatcher = new FindingMatcher(evidence);
        List<StatementCheck> statements = new ArrayList<>();
        List<Statement> boilerplate = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int extracted = 0;
        for (Map.Entry<String, GoldArticle> e : gold.articles().entrySet()) {
            String file = e.getKey();
            e.getValue().statements().forEach(g -> statements.add(statementMatcher.check(file, g)));
            Optional<ArticleStatements> article = analysis.article(file);
            if (article.isEmpty()) {
                missing.add(file);
                continue;
            }
            extracted += article.get().statements().size();
            for (Statement s : article.get().statements()) {
                if (statementMatcher.inBoilerplate(article.get(), s, e.getValue().boilerplate())) {
                    boilerplate.add(s);
                }
            }
        }
        List<Finding> findings = analysis.findings();
        List<MustCheck> musts = gold.must().stream().map(m -> findingMatcher.check(m, findings)).toList();
        List<ShouldNotCheck> traps = gold.shouldNot().stream().map(n -> findingMatcher.check(n, findings)).toList();
        List<FindingCheck> contradictions = findings.stream().filter(Finding::isContradiction)
                .map(f -> new FindingCheck(f, musts.stream().filter(m -> m.meeting().contains(f))
                        .map(m -> m.must().id()).toList()))
                .toList();
        return new Evaluation(statements, extracted, boilerplate, musts, traps, contradictions,
                flagsPerArticle(analysis), missing, new MustLosses(analysis, evidence, statements).of(musts));
    }

    private static Map<String, Integer> flagsPerArticle(Analysis analysis) {
        Map<String, Integer> out = new LinkedHashMap<>();
        analysis.articles().forEach(a -> out.put(a.fileName(), 0));
        for (Finding f : analysis.findings()) {
            if (f.isContradiction()) {
                f.evidence().stream().map(Evidence::fileName).distinct().forEach(file -> out.merge(file, 1, Integer::sum));
            }
        }
        return out;
    }
}
