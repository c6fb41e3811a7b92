package dev.tilik.statements;

import dev.tilik.rules.DateRules;
import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds dates as written: "Jumat (24/10)", "Selasa (22/10/2024)", "Kamis, 24 Oktober 2024",
 * "24 Oktober", "pada hari Senin", "on Friday", "Oct. 22", "October 22, 2024", "22/10/2024"; a weekday
 * with its date in parentheses or after a comma in any of these forms ("Sunday (Dec. 7, 2024)",
 * "Sabtu (7 Desember 2024)", "Kamis, 24/10/2024"), a weekday in parentheses after its
 * date ("7 Desember 2024 (Sabtu)", "Dec. 7 (Sunday)"), a day with an English ordinal's ending ("Dec. 7th"), a
 * weekday with a part of the day before its date in parentheses ("Sabtu malam (25/11)").
 * A weekday name that is also a common word ("minggu": week) counts only with a date beside it or
 * after a lead word ("hari Minggu", "pada Minggu (20/10)"); other weekdays count when capitalised. Immutable and thread-safe.
 */
final class DateExtractor {
    /** "24/10", "22/10/2024", and "7/7/23" (a year in two digits, as Indonesian datelines also write it). */
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}(/(\\d{2}|\\d{4}))?");

    private final DateRules rules;
    private final PhraseMatcher<String> lead;
    /** Parts of the day between a weekday and its date in parentheses ("Sabtu malam (25/11)"). */
    private final PhraseMatcher<String> partsOfDay;

    DateExtractor(DateRules rules) {
        this.rules = rules;
        this.lead = PhraseMatcher.of(rules.leadWords(), List.of());
        this.partsOfDay = PhraseMatcher.of(rules.partsOfDay(), List.of());
    }

    List<DateMention> find(String text, List<Token> tokens) {
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<DateMention> d = at(text, tokens, i);
            if (d.isPresent()) {
                out.add(d.get());
                int end = d.get().span().end();
                while (i < tokens.size() && tokens.get(i).start() < end) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private Optional<DateMention> at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        DayOfWeek weekday = rules.weekdays().get(t.lower());
        if (weekday != null) {
            int start = lead.endingAt(tokens, Math.max(0, i - 3), i).map(PhraseMatcher.Match::from).orElse(i);
            boolean ambiguous = rules.ambiguous().contains(t.lower());
            if (!t.isCapitalized() && (ambiguous || start == i)) {
                return Optional.empty();
            }
            int[] dm = after(tokens, i + 1);
            if (dm == null) {
                dm = afterPartOfDay(tokens, i + 1);
            }
            if (dm != null) {
                return Optional.of(mention(text, tokens, i, dm[3], weekday, dm));
            }
            if (ambiguous && start == i) {
                return Optional.empty();
            }
            return Optional.of(mention(text, tokens, start, i + 1, weekday, new int[] {0, 0, 0}));
        }
        int[] dm = written(tokens, i);
        if (dm == null) {
            dm = bareSlashed(tokens, i);
        }
        if (dm == null) {
            return Optional.empty();
        }
        DayOfWeek named = weekdayAfter(tokens, dm[3]);
        return Optional.of(named == null ? mention(text, tokens, i, dm[3], null, dm)
                : mention(text, tokens, i, dm[3] + 3, named, dm));
    }

    /**
     * The date right after a weekday at {@code i}, in any form copy writes it: "(24/10)", "(Dec. 7, 2024)",
     * "(7 Desember 2024)", ", 24 Oktober 2024", ", Oct. 22", "24 Oktober", ", 22/10/2024": {day, month, year or
     * 0, end token}, or null.
     */
    private int[] after(List<Token> tokens, int i) {
        int[] dm = numeric(tokens, i);
        if (dm == null && i < tokens.size() && tokens.get(i).is("(")) {
            dm = written(tokens, i + 1);
            if (dm != null) {
                dm = dm[3] < tokens.size() && tokens.get(dm[3]).is(")") ? new int[] {dm[0], dm[1], dm[2], dm[3] + 1} : null;
            }
        }
        int at = i < tokens.size() && tokens.get(i).is(",") ? i + 1 : i;
        if (dm == null) {
            dm = written(tokens, at);
        }
        return dm != null ? dm : bareSlashed(tokens, at);
    }

    /**
     * The date in parentheses after a part of the day that follows a weekday ("Sabtu malam (25/11)",
     * "Saturday evening (May 11)"): {day, month, year or 0, end token}, or null. The part of the day
     * stays in the mention; whether it times a report is the findings' to say.
     */
    private int[] afterPartOfDay(List<Token> tokens, int i) {
        Optional<PhraseMatcher.Match<String>> part = partsOfDay.isEmpty() ? Optional.empty() : partsOfDay.at(tokens, i);
        int at = part.map(PhraseMatcher.Match::to).orElse(-1);
        if (at < 0 || at >= tokens.size() || !tokens.get(at).is("(")) {
            return null;
        }
        return after(tokens, at);
    }

    /** "22/10/2024" as one token at {@code i}: {day, month, year or 0, end token}, or null. */
    private static int[] bareSlashed(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).text().contains("/")) {
            return null;
        }
        int[] d = slashed(tokens.get(i).text());
        return d == null ? null : new int[] {d[0], d[1], d[2], i + 1};
    }

    /**
     * A weekday in parentheses right after a date ("7 Desember 2024 (Sabtu)", "Dec. 7 (Sunday)"), or
     * null: it names the date's day as a weekday before it would.
     */
    private DayOfWeek weekdayAfter(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 2).is(")")) {
            return rules.weekdays().get(tokens.get(i + 1).lower());
        }
        return null;
    }

    /** "(24/10)" or "(22/10/2024)" at {@code i}: {day, month, year or 0, end token}. */
    private int[] numeric(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 2).is(")")) {
            int[] d = slashed(tokens.get(i + 1).text());
            if (d != null) {
                return new int[] {d[0], d[1], d[2], i + 3};
            }
        }
        return null;
    }

    /** "24 Oktober (2024)" or "Oct. 22(, 2024)" at {@code i}: {day, month, year or 0, end token}. */
    private int[] written(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Integer month = rules.months().get(tokens.get(i).lower());
        if (month != null && tokens.get(i).isCapitalized()) {
            int k = i + 1;
            if (k < tokens.size() && tokens.get(k).is(".")) {
                k++;
            }
            int day = day(tokens, k);
            if (day > 0) {
                int end = k + 1;
                int year = 0;
                if (end + 1 < tokens.size() && tokens.get(end).is(",") && year(tokens, end + 1) > 0) {
                    year = year(tokens, end + 1);
                    end += 2;
                } else if (year(tokens, end) > 0) {
                    year = year(tokens, end);
                    end++;
                }
                return new int[] {day, month, year, end};
            }
            return null;
        }
        int day = day(tokens, i);
        if (day > 0 && i + 1 < tokens.size()) {
            Integer m = rules.months().get(tokens.get(i + 1).lower());
            if (m != null && tokens.get(i + 1).isCapitalized()) {
                int k = i + 2;
                if (k < tokens.size() && tokens.get(k).is(".")) {
                    k++;
                }
                int year = year(tokens, k);
                return new int[] {day, m, year, year > 0 ? k + 1 : i + 2};
            }
        }
        return null;
    }

    /** A day of the month at token {@code i} ("7", "07", "7th", "1st": one or two digits, an English ordinal's ending or none), else 0. */
    private static int day(List<Token> tokens, int i) {
        return i < tokens.size() ? day(tokens.get(i).text()) : 0;
    }

    /** {@code w} as a day of the month, as {@link #day(List, int)} reads a token, else 0. */
    static int day(String w) {
        int digits = asciiDigits(w, 3);
        boolean suffix = w.length() == digits + 2 && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"));
        if (digits == 0 || digits > 2 || w.length() != digits && !suffix) {
            return 0;
        }
        int d = Integer.parseInt(w, 0, digits, 10);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** A year from 1900 to 2200 written in four digits at token {@code i}, else 0. */
    private static int year(List<Token> tokens, int i) {
        return i < tokens.size() ? year(tokens.get(i).text()) : 0;
    }

    /** {@code w} as a year, as {@link #year(List, int)} reads a token, else 0. */
    static int year(String w) {
        if (w.length() != 4 || asciiDigits(w, 4) != 4) {
            return 0;
        }
        int y = Integer.parseInt(w);
        return y >= 1900 && y <= 2200 ? y : 0;
    }

    /**
     * How many of {@code w}'s first chars, at most {@code max}, are the digits 0–9 (a regular expression's
     * {@code \d}): day() and year() are tried at every token of every sentence, and read them by hand rather than
     * make a matcher for each token.
     */
    private static int asciiDigits(String w, int max) {
        int k = 0;
        while (k < w.length() && k < max && w.charAt(k) >= '0' && w.charAt(k) <= '9') {
            k++;
        }
        return k;
    }

    /** "24/10", "22/10/2024" or "7/7/23": {day, month, year or 0}; null when not a valid day and month. */
    private static int[] slashed(String s) {
        if (!SLASHED.matcher(s).matches()) {
            return null;
        }
        String[] p = s.split("/");
        int d = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        int y = p.length > 2 ? fullYear(p[2]) : 0;
        return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? new int[] {d, m, y} : null;
    }

    /**
     * A slashed date's year: four digits as written; two digits ("7/7/23") in the century a newspaper means by
     * them, 2000 + yy below 70 and 1900 + yy from 70 on (the pivot POSIX {@code strptime %y} uses).
     */
    private static int fullYear(String y) {
        int n = Integer.parseInt(y);
        return y.length() != 2 ? n : n < 70 ? 2000 + n : 1900 + n;
    }

    private static DateMention mention(String text, List<Token> tokens, int from, int to, DayOfWeek weekday, int[] dm) {
        CharSpan span = CharSpan.of(tokens.get(from).start(), tokens.get(to - 1).end());
        return new DateMention(span, span.coveredText(text), weekday, dm[0], dm[1], dm[2] == 0 ? null : dm[2]);
    }
}
