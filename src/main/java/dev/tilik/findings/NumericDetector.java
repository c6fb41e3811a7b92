package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures for one quantity that disagree. A quantity is what the figures count, when the language's
 * {@code counts} rules name it ("41 orang meninggal", "luka berat 16", "the death toll rose to 21"):
 * such figures are compared across the whole folder, whatever their statements' topics; otherwise a
 * quantity is a topic group + unit group. Mentions are grouped by
 * figure (qualifier and range) and only distinct figures are compared, so the work grows with the
 * number of distinct figures, not with the number of mentions. A higher figure first reported at
 * least {@code evolvingMinDays} after a lower one is the estimate moving on (later reports still
 * repeating the older figure included): all such pairs make one evolving finding per quantity,
 * the figures in the order they first appeared. The other disagreements (reported on the same
 * day, falling, or undated) are grouped into clusters of figures that conflict with one another:
 * one numeric finding per cluster, not per pair. In a quantity reported on two days or more (a
 * moving count, such as a toll), an undated figure is compared with nothing: its moment is unknown.
 */
final class NumericDetector implements Detector {
    /** How a finding over figures that count one thing across the folder names its topic ("count of the dead"). */
    private static final String COUNTED = "count of the ";

    /** One figure in one statement. */
    record Figure(Voice voice, FigureRange range, LocalDate date) {
    }

    @Override
    public List<Finding> detect(Story story) {
        NumericRule rule = story.rules().numeric();
        if (rule == null) {
            return List.of();
        }
        YearResolver years = new YearResolver(story);
        List<Finding> out = new ArrayList<>();
        NumericText text = new NumericText(story.names());
        Map<String, Map<String, FigureGroup>> byCount = new TreeMap<>();
        for (Voice v : story.voices()) {
            if (v.headline() || !rule.stances().contains(v.statement().stance())) {
                continue;
            }
            for (NumberMention m : v.statement().numbers()) {
                if (m.counted() != null && (m.unit() == null || rule.unitKey(m.unit()) != null)) {
                    Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null));
                    byCount.computeIfAbsent(m.counted(), k -> new TreeMap<>())
                            .computeIfAbsent(f.range().signature(), k -> new FigureGroup()).add(f);
                }
            }
        }
        byCount.forEach((counted, groups) -> out.addAll(compare(rule, COUNTED + counted, COUNTED + counted, "the " + counted, groups, text)));
        for (String topic : story.topicGroups()) {
            Map<String, Map<String, FigureGroup>> quantities = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (!rule.stances().contains(v.statement().stance())) {
                    continue;
                }
                for (NumberMention m : v.statement().numbers()) {
                    String unit = rule.unitKey(m.unit());
                    if (unit != null && m.counted() == null && !rule.isGeneric(m.unit())) {
                        Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null));
                        quantities.computeIfAbsent(unit, k -> new TreeMap<>())
                                .computeIfAbsent(f.range().signature(), k -> new FigureGroup()).add(f);
                    }
                }
            }
            String label = story.rules().topicLabel(topic);
            quantities.forEach((unit, groups) -> out.addAll(compare(rule, topic, label, unit, groups, text)));
        }
        return out;
    }

    private static List<Finding> compare(NumericRule rule, String topic, String label, String unit,
                                         Map<String, FigureGroup> groups, NumericText text) {
        List<FigureGroup> list = new ArrayList<>(groups.values());
        boolean moving = list.stream().map(FigureGroup::first).filter(java.util.Objects::nonNull).distinct().count() >= 2;
        List<FigureCluster.Conflict> conflicts = new ArrayList<>();
        Set<FigureGroup> chain = new LinkedHashSet<>();
        Set<FigureGroup> later = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                FigureGroup a = list.get(i);
                FigureGroup b = list.get(j);
                Optional<NumericRule.Kind> kind = a.range().against(b.range(), rule.boundsTolerance());
                if (kind.isEmpty()) {
                    continue;
                }
                if (moving && (a.first() == null || b.first() == null)) {
                    continue;
                }
                if (evolving(a, b, rule.evolvingMinDays())) {
                    chain.add(a);
                    chain.add(b);
                    later.add(b.range().above(a.range()) ? b : a);
                } else {
                    conflicts.add(new FigureCluster.Conflict(a, b, kind.get()));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (FigureCluster c : FigureCluster.of(list, conflicts)) {
            out.add(text.numeric(rule, topic, label, unit, c));
        }
        if (!chain.isEmpty()) {
            List<FigureGroup> ordered = new ArrayList<>(chain);
            ordered.sort(Comparator.comparing(FigureGroup::first).thenComparing(FigureGroup::byValue));
            out.add(text.evolving(rule, topic, label, unit, ordered, later));
        }
        return out;
    }

    /** The higher figure first reported well after the lower one was: the estimate grew. */
    private static boolean evolving(FigureGroup a, FigureGroup b, int minDays) {
        if (a.first() == null || b.first() == null) {
            return false;
        }
        FigureGroup lower = b.range().above(a.range()) ? a : b;
        FigureGroup higher = lower == a ? b : a;
        return higher.range().above(lower.range()) && ChronoUnit.DAYS.between(lower.first(), higher.first()) >= minDays;
    }
}
