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
 * Figures for one quantity (topic group + unit group) that disagree. Mentions are grouped by
 * figure (qualifier and range) and only distinct figures are compared, so the work grows with the
 * number of mentions, not with its square. When every statement giving the lower figure is dated
 * at least {@code evolvingMinDays} before every statement giving the higher one, the figure is
 * evolving (one finding per quantity, the chain in date order); other disagreements give one
 * numeric finding per pair of figures.
 */
final class NumericDetector implements Detector {

    /** One figure in one statement. */
    record Figure(Voice voice, FigureRange range, LocalDate date) {
    }

    /** All statements giving one figure, with their date span (null when any is undated). */
    private static final class Group {
        final List<Figure> figures = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        boolean undated;

        void add(Figure f) {
            figures.add(f);
            if (f.date() == null) {
                undated = true;
            } else {
                first = first == null || f.date().isBefore(first) ? f.date() : first;
                last = last == null || f.date().isAfter(last) ? f.date() : last;
            }
        }

        FigureRange range() {
            return figures.get(0).range();
        }
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
        for (String topic : story.topicGroups()) {
            Map<String, Map<String, Group>> quantities = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (!rule.stances().contains(v.statement().stance())) {
                    continue;
                }
                for (NumberMention m : v.statement().numbers()) {
                    String unit = rule.unitKey(m.unit());
                    if (unit != null) {
                        Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null));
                        quantities.computeIfAbsent(unit, k -> new TreeMap<>())
                                .computeIfAbsent(f.range().signature(), k -> new Group()).add(f);
                    }
                }
            }
            String label = story.rules().topicLabel(topic);
            quantities.forEach((unit, groups) -> out.addAll(compare(rule, topic, label, unit, groups, text)));
        }
        return out;
    }

    private static List<Finding> compare(NumericRule rule, String topic, String label, String unit,
                                         Map<String, Group> groups, NumericText text) {
        List<Group> list = new ArrayList<>(groups.values());
        List<Finding> out = new ArrayList<>();
        Set<Figure> chain = new LinkedHashSet<>();
        Set<Figure> later = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Group a = list.get(i);
                Group b = list.get(j);
                Optional<NumericRule.Kind> kind = a.range().against(b.range(), rule.boundsTolerance());
                if (kind.isEmpty()) {
                    continue;
                }
                if (evolving(a, b, rule.evolvingMinDays())) {
                    chain.addAll(a.figures);
                    chain.addAll(b.figures);
                    later.addAll(b.range().above(a.range()) ? b.figures : a.figures);
                } else {
                    out.add(text.numeric(rule, topic, label, unit, kind.get(), ordered(a.figures), ordered(b.figures)));
                }
            }
        }
        if (!chain.isEmpty()) {
            List<Figure> ordered = new ArrayList<>(chain);
            ordered.sort(Comparator.comparing(Figure::date).thenComparing(f -> f.range().low())
                    .thenComparing(Figure::voice, Voice::byPosition));
            out.add(text.evolving(rule, topic, label, unit, ordered, later));
        }
        return out;
    }

    /** The lower figure's statements all dated well before the higher figure's. */
    private static boolean evolving(Group a, Group b, int minDays) {
        if (a.undated || b.undated) {
            return false;
        }
        Group lower = b.range().above(a.range()) ? a : b;
        Group higher = lower == a ? b : a;
        return higher.range().above(lower.range()) && ChronoUnit.DAYS.between(lower.last, higher.first) >= minDays;
    }

    private static List<Figure> ordered(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(new LinkedHashSet<>(figures));
        out.sort((x, y) -> Voice.byPosition(x.voice(), y.voice()));
        return out;
    }
}
