package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every report opens with, and the findings split into contradictions and the rest, each
 * finding keeping its number in the one order ({@code FindingOrder}: {@link Analysis#findings}), so
 * "finding 3" in {@code check} is finding 3 in the reader and the shell, whichever heading lists it.
 */
record Summary(int articles, int statements, List<Finding> contradictions, List<Finding> informative,
               Map<Finding, Integer> numbers) {
    Summary {
        contradictions = List.copyOf(contradictions);
        informative = List.copyOf(informative);
        numbers = Collections.unmodifiableMap(new IdentityHashMap<>(numbers));
    }

    static Summary of(Analysis a) {
        int statements = a.statementCount();
        List<Finding> contradictions = a.findings().stream().filter(Finding::isContradiction).toList();
        List<Finding> informative = a.findings().stream().filter(f -> !f.isContradiction()).toList();
        Map<Finding, Integer> numbers = new IdentityHashMap<>();
        for (Finding f : a.findings()) {
            numbers.put(f, numbers.size() + 1);
        }
        return new Summary(a.articles().size(), statements, contradictions, informative, numbers);
    }

    /** {@code f}'s number in the one order, from 1: the reader's and the shell's "finding N". */
    int number(Finding f) {
        return numbers.get(f);
    }

    String line() {
        return articles + " article" + (articles == 1 ? "" : "s") + ", " + statements + " statements, "
                + contradictions.size() + " contradiction" + (contradictions.size() == 1 ? "" : "s") + ", "
                + informative.size() + " other finding" + (informative.size() == 1 ? "" : "s");
    }
}
