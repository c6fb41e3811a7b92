package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.text.CharSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hour of its day a report speaks for, as minutes after midnight: a clock time ("pukul 07.15 WIB",
 * "at 21:00") or a part of the day ("Rabu (24/9) malam", "this morning"; rules {@code numeric.clockWords},
 * {@code numeric.timesOfDay}). As with dates ({@link YearResolver#dateOf}), one in the attribution is when
 * it was said ("kata Lia, Rabu (24/9/2025) malam"), one inside the claim only when an as-of word stands
 * before it and it comes before the claim's figures ("sampai saat ini pukul 07.15 WIB jumlahnya 212
 * orang"); any other is when something happened ("keracunan terjadi pukul 13.00"). Immutable.
 */
final class TimeOfDay {
    private final NumericRule rule;
    /** A clock word and a time with its minutes ("pukul 07.15", "at 9:30"): a bare hour is too often a count. */
    private final Pattern clock;
    /** A part of the day as a whole word, longest first ("dini hari" before "hari"). */
    private final Pattern parts;
    /** An as-of word ({@code numeric.asOf}) as a whole word. */
    private final Pattern asOf;

    TimeOfDay(NumericRule rule) {
        this.rule = rule;
        this.clock = rule.clockWords().isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + alternatives(rule.clockWords()) + ")\\s+([01]?\\d|2[0-3])[.:]([0-5]\\d)(?![\\p{N}])");
        this.parts = rule.timesOfDay().isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
                + alternatives(rule.timesOfDay().keySet().stream().toList()) + ")(?![\\p{L}\\p{N}])");
        this.asOf = rule.asOf().isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(rule.asOf()) + ")(?![\\p{L}\\p{N}])");
    }

    private static String alternatives(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** The minute of its day the statement's report speaks for, or null when its sentence gives none. */
    Integer minuteOf(Voice v) {
        String text = v.article().document().text();
        CharSpan sentence = v.statement().sentence();
        CharSpan claim = v.statement().claim();
        int figures = v.statement().numbers().stream().map(NumberMention::span).mapToInt(CharSpan::start)
                .filter(claim::contains).min().orElse(claim.end());
        String lower = sentence.coveredText(text).toLowerCase(Locale.ROOT);
        Integer said = null;
        Integer asOf = null;
        for (Found f : found(lower)) {
            int at = sentence.start() + f.at();
            if (!claim.contains(at)) {
                said = f.minute();
            } else if (at < figures && asOfBefore(text.substring(claim.start(), at).toLowerCase(Locale.ROOT))) {
                asOf = f.minute();
            }
        }
        return said != null ? said : asOf;
    }

    /** A time found at offset {@code at} of the sentence. */
    private record Found(int at, int minute) {
    }

    private List<Found> found(String lower) {
        List<Found> out = new java.util.ArrayList<>();
        List<int[]> clocks = new java.util.ArrayList<>();
        // a pattern runs only on a sentence holding one of its words (and a clock time a digit): most hold none
        if (clock != null && holdsAny(lower, rule.clockWords()) && holdsDigit(lower)) {
            Matcher m = clock.matcher(lower);
            while (m.find()) {
                out.add(new Found(m.start(), Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))));
                clocks.add(new int[] {m.start(), m.end()});
            }
        }
        if (parts != null && holdsAny(lower, rule.timesOfDay().keySet())) {
            Matcher m = parts.matcher(lower);
            while (m.find()) {
                int s = m.start();
                boolean nearClock = clocks.stream().anyMatch(c -> s >= c[0] && s <= c[1] + 8);
                if (!nearClock) { // "pukul 21.00 WIB malam" is the clock's
                    out.add(new Found(s, rule.timesOfDay().get(m.group(1)) * 60));
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::at));
        return out;
    }

    /** True when one of {@code words} occurs in {@code text}: else no alternation of them (quoted, case as written) can match. */
    private static boolean holdsAny(String text, java.util.Collection<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds an ASCII digit, as the pattern's {@code \d} reads one. */
    private static boolean holdsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** True when an as-of word stands as a whole word in the claim before the time. */
    private boolean asOfBefore(String before) {
        return asOf != null && asOf.matcher(before).find();
    }
}
