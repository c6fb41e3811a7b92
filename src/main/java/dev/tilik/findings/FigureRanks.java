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
 * nearest before the figure in its sentence with no figure between, else the first after it before the sentence's
 * next figure; an ordinal right after a figure with none before it is that figure's ("393 di kasus pertama dan 449
 * di kasus kedua"). A word that ranks without being an ordinal ({@code numeric.rankModifiers}: "kasus awal", "the
 * initial outbreak") ranks only before a word in lower case or a mark ("awal Maret" says when); an ordinal before
 * a word of times ranks a time ("pertama kali"), not an event. A figure whose sentence ranks nothing is
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

    /**
     * The rank the figure's sentence gives it, or null: the last ordinal between the figure before it (or the
     * sentence's start) and it, else the first after it before the next figure. An ordinal right after a figure
     * that has none before it is that figure's ("393 di kasus pertama dan 449 di kasus kedua": "pertama" is the
     * 393's, "kedua" the 449's), and an ordinal with another figure between never reaches this one.
     */
    private Integer read(Voice v, NumberMention m) {
        if (rule.ranks().isEmpty() && rule.rankModifiers().isEmpty()) {
            return null;
        }
        CharSpan sentence = v.statement().sentence();
        String text = v.article().document().text().toString();
        if (!sentence.contains(m.span())) {
            return null;
        }
        List<CharSpan> figures = v.statement().numbers().stream().map(NumberMention::span)
                .filter(sentence::contains).distinct().sorted(java.util.Comparator.comparingInt(CharSpan::start)).toList();
        int i = figures.indexOf(m.span());
        List<int[]> ordinals = ordinals(text, sentence, figures); // each ordinal's start, end and rank
        int from = i > 0 ? figures.get(i - 1).end() : sentence.start();
        int next = i >= 0 && i + 1 < figures.size() ? figures.get(i + 1).start() : sentence.end();
        List<int[]> before = within(ordinals, from, m.span().start());
        if (i > 0 && !before.isEmpty()
                && within(ordinals, i > 1 ? figures.get(i - 2).end() : sentence.start(), figures.get(i - 1).start()).isEmpty()) {
            before.remove(0); // the figure before has no ordinal of its own before it: the one after it is its
        }
        if (!before.isEmpty()) {
            return before.get(before.size() - 1)[2];
        }
        List<int[]> after = within(ordinals, m.span().end(), next);
        return after.isEmpty() ? null : after.get(0)[2];
    }

    /** The ordinals of a sentence, each as its start, end and rank; none inside a figure or ranking a time. */
    private List<int[]> ordinals(String text, CharSpan sentence, List<CharSpan> figures) {
        List<int[]> out = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            CharSpan at = CharSpan.of(w.start(), w.end());
            Integer r = figures.stream().anyMatch(f -> f.contains(at)) ? null : rank(word, text, w.end());
            if (r != null) {
                out.add(new int[] {w.start(), w.end(), r});
            } else if (!out.isEmpty() && rule.rankTimes().contains(word)
                    && out.get(out.size() - 1)[1] == lastEnd(text, w.start())) {
                out.remove(out.size() - 1); // "pertama kali": a time, not an event
            }
        }
        return out;
    }

    /** The ordinals that stand wholly inside {@code [from, to)}, in order. */
    private static List<int[]> within(List<int[]> ordinals, int from, int to) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int[] o : ordinals) {
            if (o[0] >= from && o[1] <= to) {
                out.add(o);
            }
        }
        return out;
    }

    /** Where the word before offset {@code at} ends: {@code at} less the spaces before it. */
    private static int lastEnd(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The rank a word ending at {@code end} stands for ("kedua", "ke-2", "2nd"; "awal" unless a name or a figure
     * follows it), or null.
     */
    private Integer rank(String word, String text, int end) {
        Integer r = rule.ranks().get(word);
        if (r != null) {
            return r;
        }
        r = rule.rankModifiers().get(word);
        if (r != null) {
            int k = end;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            boolean says = k < text.length() && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k)));
            return says ? null : r; // "awal Maret", "awal 2025": when, not which event
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
