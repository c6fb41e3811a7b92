package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure its own sentence breaks down, right after it, into figures that add up to it ("mengangkut 40 orang,
 * rinciannya 31 penumpang dan 9 awak", "carrying 40 people, consisting of 31 passengers and 9 crew") is a total of
 * several things, whatever noun was read beside it: set against a count of one of its parts (31 passengers) the two
 * figures count different things, so {@link NumericDetector} compares it with none. The parts are the figures in
 * digits that follow it in the sentence, two at least, the first of them on: their sum must meet the total exactly.
 * A figure its own clause calls a sum (the numeric rule's {@code sums}: "total santunan Rp125 juta") may be broken down
 * elsewhere in its article instead: two or three other figures of its unit there that add up to it exactly ("Rp50
 * juta" from one payer, "Rp75 juta" from its subsidiary) are its parts ({@link #articleParts}).
 */
final class Totals {
    /**
     * A figure in digits, thousands grouped by a dot or a comma ("1.250", "1,250"), no decimals, and no part of a date
     * or a clock time ("2/7/2026", "11:30").
     */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,/:])(?:\\d{1,3}(?:[.,]\\d{3})+|\\d+)(?![\\d/:]|[.,]\\d)");

    private Totals() {
    }

    /**
     * True when a figure of {@code total} is broken down by its sentence into parts one of which a figure of {@code
     * other} gives: the two count a whole and one of its parts, not one thing twice.
     */
    static boolean partOf(NumericRule rule, FigureGroup total, FigureGroup other) {
        for (NumericDetector.Figure t : total.figures()) {
            List<Long> parts = parts(t.voice(), t.range().mention());
            if (!parts.isEmpty()) {
                for (NumericDetector.Figure o : other.figures()) {
                    if (parts.contains(value(o.range().mention().text()))) {
                        return true;
                    }
                }
            }
            List<Double> elsewhere = articleParts(rule, t.voice(), t.range().mention());
            for (NumericDetector.Figure o : other.figures()) {
                if (o.range().mention().value() != null && elsewhere.contains(o.range().mention().value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Most parts a sum may be broken down into across its article: more would meet too many sums by chance. */
    private static final int MOST_PARTS = 3;

    /**
     * The parts a figure its own clause calls a sum ({@link NumericRule#sums}) is broken down into elsewhere in its
     * article: two or three distinct values of the article's other figures of its unit (in digits, smaller than it)
     * that add up to it exactly, the first such set found; empty when its clause calls it no sum or none adds up.
     */
    static List<Double> articleParts(NumericRule rule, Voice v, NumberMention m) {
        if (m.value() == null || m.unit() == null
                || !Projections.clauseHolds(rule.sums(), v, m)) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (Statement s : v.article().statements()) {
            if (s.narrated()) { // the outlet's narration is compared with nothing, not even as a total's parts
                continue;
            }
            for (NumberMention n : s.numbers()) {
                if (n.value() != null && n.value() < m.value() && !n.inWords() && m.unit().equalsIgnoreCase(n.unit())
                        && !values.contains(n.value())) {
                    values.add(n.value());
                }
            }
        }
        List<Double> chosen = new ArrayList<>();
        return addUp(values, 0, m.value(), chosen) ? chosen : List.of();
    }

    /**
     * True when two or three of {@code values} from {@code from} on, with those in {@code chosen}, add up to the whole
     * {@code left} was when {@code chosen} was empty (to within a billionth of it: the values are read as doubles).
     */
    private static boolean addUp(List<Double> values, int from, double left, List<Double> chosen) {
        double whole = left + chosen.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(left) <= whole * 1e-9) {
            return chosen.size() >= 2;
        }
        if (left < 0 || chosen.size() == MOST_PARTS) {
            return false;
        }
        for (int i = from; i < values.size(); i++) {
            chosen.add(values.get(i));
            if (addUp(values, i + 1, left - values.get(i), chosen)) {
                return true;
            }
            chosen.remove(chosen.size() - 1);
        }
        return false;
    }

    /** The parts the figures right after {@code m} in {@code v}'s sentence break it down into; empty when they do not. */
    static List<Long> parts(Voice v, NumberMention m) {
        int offset = v.statement().sentence().start();
        return parts(v.sentenceText(), m.text(), m.span().end() - offset);
    }

    /** True when, in {@code sentence} after {@code from}, two or more figures in a row add up to {@code figure}'s digits. */
    static boolean brokenDown(String sentence, String figure, int from) {
        return !parts(sentence, figure, from).isEmpty();
    }

    private static List<Long> parts(String sentence, String figure, int from) {
        long total = value(figure);
        if (total <= 0 || from < 0 || from > sentence.length()) {
            return List.of();
        }
        Matcher d = DIGITS.matcher(sentence);
        List<Long> parts = new ArrayList<>();
        long sum = 0;
        int at = from;
        while (sum < total && d.find(at)) {
            long part = Long.parseLong(d.group().replaceAll("[.,]", ""));
            parts.add(part);
            sum += part;
            at = d.end();
        }
        return parts.size() >= 2 && sum == total ? parts : List.of();
    }

    /** The digits of a figure's own text as one whole number ("Rp 1.250" → 1250); -1 when it writes none or a fraction. */
    private static long value(String figure) {
        Matcher d = DIGITS.matcher(figure);
        if (!d.find()) {
            return -1;
        }
        String digits = d.group().replaceAll("[.,]", "");
        return digits.length() > 15 || d.find() ? -1 : Long.parseLong(digits);
    }
}
