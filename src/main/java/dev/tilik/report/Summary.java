package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import java.util.List;

/** Counts every report opens with, and the findings split into contradictions and the rest. */
record Summary(int articles, int statements, List<Finding> contradictions, List<Finding> informative) {
    Summary {
        contradictions = List.copyOf(contradictions);
        informative = List.copyOf(informative);
    }

    static Summary of(Analysis a) {
        int statements = a.statementCount();
        List<Finding> contradictions = a.findings().stream().filter(Finding::isContradiction).toList();
        List<Finding> informative = a.findings().stream().filter(f -> !f.isContradiction()).toList();
        return new Summary(a.articles().size(), statements, contradictions, informative);
    }

    String line() {
        return articles + " article" + (articles == 1 ? "" : "s") + ", " + statements + " statements, "
                + contradictions.size() + " contradiction" + (contradictions.size() == 1 ? "" : "s") + ", "
                + informative.size() + " other finding" + (informative.size() == 1 ? "" : "s");
    }
}
