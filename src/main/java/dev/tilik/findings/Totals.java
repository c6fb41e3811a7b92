package dev.tilik.findings;

import dev.tilik.statements.NumberMention;
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

    /** True when the figures right after {@code m} in {@code v}'s sentence add up to it. */
    static boolean brokenDown(Voice v, NumberMention m) {
        int offset = v.statement().sentence().start();
        return brokenDown(v.sentenceText(), m.text(), m.span().end() - offset);
    }

    /** True when, in {@code sentence} after {@code from}, two or more figures in a row add up to {@code figure}'s digits. */
    static boolean brokenDown(String sentence, String figure, int from) {
        long total = value(figure);
        if (total <= 0 || from < 0 || from > sentence.length()) {
            return false;
        }
        Matcher d = DIGITS.matcher(sentence);
        long sum = 0;
        int parts = 0;
        int at = from;
        while (sum < total && d.find(at)) {
            sum += Long.parseLong(d.group().replaceAll("[.,]", ""));
            parts++;
            at = d.end();
        }
        return parts >= 2 && sum == total;
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
