package dev.tilik.findings;

import dev.tilik.statements.NumberMention;
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
    static boolean partOf(FigureGroup total, FigureGroup other) {
        for (NumericDetector.Figure t : total.figures()) {
            List<Long> parts = parts(t.voice(), t.range().mention());
            if (parts.isEmpty()) {
                continue;
            }
            for (NumericDetector.Figure o : other.figures()) {
                if (parts.contains(value(o.range().mention().text()))) {
                    return true;
                }
            }
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
