package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Figures for one quantity (topic group + unit group) that disagree. Mentions are bucketed by
 * figure (qualifier and range) and date, and only distinct figures are compared. Two dated
 * figures at least {@code evolvingMinDays} apart, the later wholly higher, are an evolving
 * figure (one finding per quantity, the chain in date order); other disagreements give one
 * numeric finding per pair of figures.
 */
final class NumericDetector implements Detector {

    /** One figure in one statement. */
    record Figure(Voice voice, FigureRange range, LocalDate date) {
    }

    private record Bucket(String signature, LocalDate date) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int c = signature.compareTo(o.signature);
            if (c != 0) {
                return c;
            }
            return Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).compare(date, o.date);
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
            Map<String, Map<Bucket, List<Figure>>> quantities = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (!rule.stances().contains(v.statement().stance())) {
                    continue;
                }
                for (NumberMention m : v.statement().numbers()) {
                    String unit = rule.unitKey(m.unit());
                    if (unit != null) {
                        Figure f = new Figure(v, FigureRange.of(m, rule.approxTolerance()), years.dateOf(v).orElse(null));
                        quantities.computeIfAbsent(unit, k -> new TreeMap<>())
                                .computeIfAbsent(new Bucket(f.range().signature(), f.date()), k -> new ArrayList<>()).add(f);
                    }
                }
            }
            String label = story.rules().topicLabel(topic);
            quantities.forEach((unit, buckets) -> out.addAll(compare(rule, topic, label, unit, buckets, text)));
        }
        return out;
    }

    private static List<Finding> compare(NumericRule rule, String topic, String label, String unit,
                                         Map<Bucket, List<Figure>> buckets, NumericText text) {
        List<Bucket> keys = new ArrayList<>(buckets.keySet());
        Map<String, List<List<Figure>>> pairs = new TreeMap<>();
        Map<String, NumericRule.Kind> kinds = new TreeMap<>();
        List<Figure> chain = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                List<Figure> a = buckets.get(keys.get(i));
                List<Figure> b = buckets.get(keys.get(j));
                Optional<NumericRule.Kind> kind = a.get(0).range().against(b.get(0).range(), rule.boundsTolerance());
                if (kind.isEmpty()) {
                    continue;
                }
                if (evolving(a.get(0), b.get(0), rule.evolvingMinDays())) {
                    chain.addAll(a);
                    chain.addAll(b);
                    continue;
                }
                String key = keys.get(i).signature() + "|" + keys.get(j).signature();
                List<List<Figure>> sides = pairs.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                sides.get(0).addAll(a);
                sides.get(1).addAll(b);
                kinds.put(key, kind.get());
            }
        }
        List<Finding> out = new ArrayList<>();
        pairs.forEach((key, sides) -> out.add(text.numeric(rule, topic, label, unit, kinds.get(key),
                distinct(sides.get(0)), distinct(sides.get(1)))));
        if (!chain.isEmpty()) {
            List<Figure> ordered = distinct(chain);
            ordered.sort(Comparator.comparing(Figure::date).thenComparing(f -> f.range().low()));
            out.add(text.evolving(rule, topic, label, unit, ordered));
        }
        return out;
    }

    /** Two dated figures far enough apart in time, the later wholly higher. */
    private static boolean evolving(Figure a, Figure b, int minDays) {
        if (a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) < minDays) {
            return false;
        }
        Figure earlier = a.date().isBefore(b.date()) ? a : b;
        Figure later = earlier == a ? b : a;
        return later.range().above(earlier.range());
    }

    private static List<Figure> distinct(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            if (out.stream().noneMatch(o -> o.voice().equals(f.voice()) && o.range().equals(f.range()))) {
                out.add(f);
            }
        }
        out.sort((x, y) -> Voice.byPosition(x.voice(), y.voice()));
        return out;
    }
}
