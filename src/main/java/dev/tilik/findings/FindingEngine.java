package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.rules.NumberWords;
import dev.tilik.rules.Rules;
import dev.tilik.statements.ArticleStatements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns the statements of a folder of articles into findings, per {@code rules/findings.json}.
 * Pure and deterministic: the same statements and rules give the same findings with the same
 * ids, whatever order the articles come in. Thread-safe (holds only immutable rules).
 */
public final class FindingEngine {

    /** The engine's order (see {@link #find}). */
    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> !f.isContradiction())
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.type().rank())
            .thenComparing(FindingEngine::articlesCited, Comparator.reverseOrder())
            .thenComparing(f -> f.evidence().get(0).fileName())
            .thenComparing(f -> f.evidence().get(0).span())
            .thenComparing(Finding::id);

    private final Rules rules;
    private final List<Detector> detectors;
    private final int threads;

    /** An engine that runs its detectors one after another on the caller's thread. */
    public FindingEngine(Rules rules) {
        this(rules, 1);
    }

    /**
     * An engine that runs its detectors on up to {@code threads} threads (the caller's and helpers
     * made per {@link #find} call): they only read the {@link Story}, and their findings are joined
     * in the detectors' order, so the result is the same as on one thread.
     */
    public FindingEngine(Rules rules, int threads) {
        this(rules, threads, List.of(new StanceDetector(), new NumericDetector(), new WeekdayDetector(),
                new AttributionDetector(), new HeadlineDetector(), new MisreportDetector(), new ParaphraseDetector(), new ReportDetector()));
    }

    /** An engine running {@code detectors}, in their order (tests give their own). */
    FindingEngine(Rules rules, int threads, List<Detector> detectors) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.threads = Math.max(1, threads);
        this.detectors = List.copyOf(detectors);
    }

    /**
     * How many articles a finding's evidence comes from: of two findings of one kind and severity, the one more outlets
     * carry is the story's, shown first (a disagreement between two lone articles after one spanning six).
     */
    static int articlesCited(Finding f) {
        return (int) f.evidence().stream().map(Evidence::fileName).distinct().count();
    }

    /**
     * Findings over {@code articles}: contradictions first, most severe first; of one kind and severity, the one cited
     * from more articles first.
     */
    public List<Finding> find(List<ArticleStatements> articles) {
        Story story = new Story(articles, rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker),
                StoryReaders.of(rules.languages().values()));
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (List<Finding> found : detected(story)) {
            for (Finding f : found) {
                byId.putIfAbsent(f.id(), f);
            }
        }
        List<Finding> out = placed(byId.values());
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * The findings with the ids of their places ({@link FindingIds#ofPlace}), made after the
     * detectors kept each cluster once: findings of one place (of one kind, starting at the same
     * sentences) are told apart by their cluster identity.
     */
    private static List<Finding> placed(java.util.Collection<Finding> found) {
        Map<String, Integer> places = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Finding f : found) {
            String place = FindingIds.ofPlace(f);
            ids.add(place);
            places.merge(place, 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>(found.size());
        int i = 0;
        for (Finding f : found) {
            String place = ids.get(i++);
            String id = places.get(place) == 1 ? place : FindingIds.ofPlace(place, f.id());
            out.add(new Finding(id, f.type(), f.severity(), f.rule(), f.topic(), f.title(), f.explanation(), f.evidence()));
        }
        return out;
    }

    /**
     * Each detector's findings, in the detectors' order: the findings of its parts ({@link Detector#parts}), joined in
     * the parts' order. With more than one thread the parts run side by side ({@link SideBySide}), the costly ones first:
     * the story's persons are made first, on one thread, and while they are being made the other takes only the parts
     * of the detectors that never read them (numeric, weekday, report); the result is the same as on one thread.
     */
    private List<List<Finding>> detected(Story story) {
        List<Detector.Part> parts = new ArrayList<>();
        List<Boolean> readsPersons = new ArrayList<>();
        for (Detector d : detectors) {
            List<Detector.Part> own = d.parts(story);
            parts.addAll(own);
            own.forEach(p -> readsPersons.add(d.readsPersons()));
        }
        List<Supplier<List<Finding>>> work = new ArrayList<>();
        work.add(() -> {
            story.persons();
            return List.of();
        });
        parts.forEach(p -> work.add(p.work()));
        List<List<Finding>> found = SideBySide.run(work, i -> i == 0 || parts.get(i - 1).costly(),
                i -> i == 0 || !readsPersons.get(i - 1) || story.personsMade(), threads, "tilik-findings-");
        return found.subList(1, found.size());
    }
}
