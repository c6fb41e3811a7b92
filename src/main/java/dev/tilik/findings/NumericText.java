package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import dev.tilik.rules.NumericRule;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numeric and evolving findings: titles and read-aloud explanations. */
final class NumericText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Names names;

    NumericText(Names names) {
        this.names = names;
    }

    Finding numeric(NumericRule rule, String topic, String label, String unit, NumericRule.Kind kind,
                    List<Figure> a, List<Figure> b) {
        String title = "Figures for " + unit + " disagree (" + label + "): \u201C" + a.get(0).range().mention().text()
                + "\u201D vs \u201C" + b.get(0).range().mention().text() + "\u201D";
        StringBuilder sb = new StringBuilder("On ").append(label).append(", the figures for ").append(unit)
                .append(" do not agree. ").append(Names.capitalise(side(a))).append("; ").append(side(b)).append(". ");
        sb.append(switch (kind) {
            case SOFT -> "The ranges do not overlap, but at least one figure is approximate: a soft discrepancy, not a "
                    + "hard contradiction. Check which estimate is more recent or better sourced before citing either.";
            case HARD -> "Both are precise figures and they cannot both be right: one is wrong, out of date, or counts "
                    + "something else.";
            case BOUNDS -> "One gives the figure as a ceiling, the other as a floor: they agree only if the figure is "
                    + "exactly at the bound, and they claim different things (one that there may be fewer, the other "
                    + "that there may be more).";
        });
        List<String> figures = new ArrayList<>(List.of(a.get(0).range().identity(), b.get(0).range().identity()));
        figures.sort(null);
        return Sides.clustered(List.of(topic, unit, figures.get(0), figures.get(1)), FindingType.NUMERIC,
                rule.severityOf(kind), rule.id(), topic, title, sb.toString(), voices(a), voices(b));
    }

    /** The chain in date order; figures in {@code later} (the higher of some pair) go on side 1, the rest on side 0. */
    Finding evolving(NumericRule rule, String topic, String label, String unit, List<Figure> chain,
                     java.util.Set<Figure> later) {
        StringBuilder steps = new StringBuilder();
        for (Figure f : chain) {
            if (steps.length() > 0) {
                steps.append(", then ");
            }
            steps.append('\u201C').append(f.range().mention().text()).append("\u201D (").append(f.range().describe())
                    .append(") on ").append(DAY.format(f.date())).append(" (")
                    .append(f.voice().statement().speaker()).append(", ").append(f.voice().fileName()).append(")");
        }
        String title = "Evolving figure for " + unit + " (" + label + "): \u201C" + chain.get(0).range().mention().text()
                + "\u201D \u2192 \u201C" + chain.get(chain.size() - 1).range().mention().text() + "\u201D";
        String explanation = "On " + label + ", the figure for " + unit + " grows over dated statements: " + steps
                + ". A figure that rises between dates is an evolving estimate, not a contradiction; report the latest "
                + "figure with its date and source.";
        List<Figure> earlier = chain.stream().filter(f -> !later.contains(f)).toList();
        List<Figure> after = chain.stream().filter(later::contains).toList();
        List<Voice> side0 = voices(earlier);
        List<Voice> side1 = voices(after).stream().filter(v -> !side0.contains(v)).toList();
        return Sides.clustered(List.of(topic, unit), FindingType.EVOLVING, Severity.INFO, rule.evolvingId(), topic,
                title, explanation, side0, side1);
    }

    private String side(List<Figure> figures) {
        Figure f = figures.get(0);
        List<Voice> v = voices(figures);
        String more = figures.size() > 1 ? " (" + Names.statements(figures.size()) + ", from " + names.speakers(v) + ")" : "";
        return f.voice().statement().speaker() + " (" + names.parties(List.of(f.voice())) + ") gives \u201C"
                + f.range().mention().text() + "\u201D (" + f.range().describe() + ") in " + names.files(v) + more;
    }

    private static List<Voice> voices(List<Figure> figures) {
        return figures.stream().map(Figure::voice).distinct().toList();
    }
}
