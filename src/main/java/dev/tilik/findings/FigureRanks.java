package dev.tilik.findings;

import dev.tilik.findings.NumericDetector.Figure;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.text.CharSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rank a figure's sentence gives the event it counts, by an ordinal ({@code numeric.ranks}: "korban kasus
 * kedua mencapai 150 orang" → 2, "the second wave" → 2, "gelombang ke-2" → 2): two figures of one noun told apart
 * in the text only by an ordinal count two events, and are never set against each other. The rank is the ordinal
 * nearest before the figure in its sentence, else the first after it before the sentence's next figure; an ordinal
 * before a word of times ranks a time ("pertama kali"), not an event. A figure whose sentence ranks nothing is
 * compared as before. Reads the figures' sentences only for pairs that disagree; thread-confined, one per detection.
 */
final class FigureRanks {
    /** A word as the ranks are read: letters and digits, joined by a hyphen ("ke-2"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final NumericRule rule;
    /** The rank forms as patterns, the digits their one group ("ke-#" → {@code ke-(\d+)}). */
    private final List<Pattern> forms;
    /** Each figure's rank, once read (null: none). */
    private final Map<NumberMention, Integer> ranks = new java.util.IdentityHashMap<>();

    FigureRanks(NumericRule rule) {
        this.rule = rule;
        this.forms = rule.rankForms().stream().map(f -> Pattern.compile(
                Pattern.quote(f.substring(0, f.indexOf('#'))) + "(\\d+)" + Pattern.quote(f.substring(f.indexOf('#') + 1))))
                .toList();
    }

    /**
     * True when every figure of each group has a rank and no rank of one is a rank of the other: the two count
     * events the text tells apart by their ordinals ("kasus pertama" 120, "kasus kedua" 150).
     */
    boolean apart(FigureGroup a, FigureGroup b) {
        return NumericDetector.told(ranks(a), ranks(b));
    }

    /** The ranks a group's figures give, or null when one gives none. */
    private Set<Integer> ranks(FigureGroup g) {
        Set<Integer> out = new HashSet<>();
        for (Figure f : g.figures()) {
            Integer r = ranks.computeIfAbsent(f.range().mention(), m -> read(f.voice(), m));
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    /** The rank the figure's sentence gives it, or null. */
    private Integer read(Voice v, NumberMention m) {
        if (rule.ranks().isEmpty()) {
            return null;
        }
        CharSpan sentence = v.statement().sentence();
        String text = v.article().document().text().toString();
        if (!sentence.contains(m.span())) {
            return null;
        }
        int next = sentence.end();
        for (NumberMention o : v.statement().numbers()) {
            if (o.span().start() >= m.span().end() && o.span().start() < next) {
                next = o.span().start();
            }
        }
        List<int[]> ordinals = new java.util.ArrayList<>(); // each ordinal's end and rank
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            Integer r = m.span().contains(CharSpan.of(w.start(), w.end())) ? null : rank(word);
            if (r != null) {
                ordinals.add(new int[] {w.end(), r});
            } else if (!ordinals.isEmpty() && rule.rankTimes().contains(word)
                    && ordinals.get(ordinals.size() - 1)[0] == lastEnd(text, w.start())) {
                ordinals.remove(ordinals.size() - 1); // "pertama kali": a time, not an event
            }
        }
        Integer before = null;
        Integer after = null;
        for (int[] o : ordinals) {
            if (o[0] <= m.span().start()) {
                before = o[1];
            } else if (after == null && o[0] <= next) {
                after = o[1];
            }
        }
        return before != null ? before : after;
    }

    /** Where the word before offset {@code at} ends: {@code at} less the spaces before it. */
    private static int lastEnd(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The rank a word stands for ("kedua", "ke-2", "2nd"), or null. */
    private Integer rank(String word) {
        Integer r = rule.ranks().get(word);
        if (r != null) {
            return r;
        }
        for (Pattern p : forms) {
            Matcher f = p.matcher(word);
            if (f.matches() && f.group(1).length() <= 3) {
                int n = Integer.parseInt(f.group(1));
                return n > 0 ? n : null;
            }
        }
        return null;
    }
}
