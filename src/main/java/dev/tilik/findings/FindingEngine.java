package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the statements of a folder of articles into findings, per {@code rules/findings.json}.
 * Pure and deterministic: the same statements and rules give the same findings with the same
 * ids, whatever order the articles come in. Thread-safe (holds only immutable rules).
 */
public final class FindingEngine {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> !f.isContradiction())
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.type().rank())
            .thenComparing(f -> f.evidence().get(0).fileName())
            .thenComparing(f -> f.evidence().get(0).span())
            .thenComparing(Finding::id);

    private final Rules rules;
    private final List<Detector> detectors;

    public FindingEngine(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detectors = List.of(new StanceDetector(), new NumericDetector(), new WeekdayDetector(),
                new AttributionDetector(), new HeadlineDetector(), new MisreportDetector(), new ReportDetector());
    }

    /** Findings over {@code articles}: contradictions first, most severe first. */
    public List<Finding> find(List<ArticleStatements> articles) {
        Story story = new Story(articles, rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker));
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Detector d : detectors) {
            for (Finding f : d.detect(story)) {
                byId.putIfAbsent(f.id(), f);
            }
        }
        List<Finding> out = new ArrayList<>(byId.values());
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
