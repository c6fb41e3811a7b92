package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.text.CharSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named by their distance from the day they are written ("hari ini", "kemarin", "today",
 * "yesterday": each language's {@code dates.relative}), and the day the article's own date makes of
 * them. The article's date is the one its header gives; else the latest date its text writes out in
 * full (an outlet dates what it reports, "kata Nanik, Jumat (26/9/2025)", and writes on or after every
 * such day); else none, and the word names no day. Words of every language are looked for in every
 * article, like the currencies: the lists are short and their words do not meet across languages.
 */
final class RelativeDays {
    static final RelativeDays NONE = new RelativeDays(Map.of(), List.of());

    /**
     * A relative day found in a text, and the date it names, when the article's date is known.
     *
     * @param said true when counted from the day its sentence says the words were spoken ({@link #saidOn}), not
     *             from the article's date
     */
    record Day(CharSpan span, String word, int offset, LocalDate date, LocalDate from, boolean fromHeader,
               boolean said) {
        Day(CharSpan span, String word, int offset, LocalDate date, LocalDate from, boolean fromHeader) {
            this(span, word, offset, date, from, fromHeader, false);
        }

        /**
         * The same word counted from the day it was said: "kemarin" in a quotation its sentence dates "kata
         * Nicke …, Selasa (14/3)" is Monday the 13th, however many days later an outlet prints it.
         */
        Day saidOn(LocalDate day) {
            return new Day(span, word, offset, day.plusDays(offset), day, false, true);
        }
    }

    /**
     * The words and their distances, looked up as the pattern finds them: letter by letter, case-insensitively (a
     * word lower-cased as a whole string can differ, "ſ" or "İ", and found no entry).
     */
    private final java.util.NavigableMap<String, Integer> offsets;
    private final Pattern words;
    /** The words of every language's {@code dates.ahead}, whole words: a date after them in its clause is looked ahead to. */
    private final Pattern ahead;
    /** The one-word entries of {@link #ahead}, lower case ("akan", "will"). */
    private final java.util.Set<String> aheadWords = new java.util.HashSet<>();

    RelativeDays(Map<String, Integer> offsets) {
        this(offsets, List.of());
    }

    RelativeDays(Map<String, Integer> offsets, Collection<String> ahead) {
        java.util.TreeMap<String, Integer> byLetters = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byLetters.putAll(offsets);
        this.offsets = java.util.Collections.unmodifiableNavigableMap(byLetters);
        this.words = wholeWords(offsets.keySet());
        this.ahead = wholeWords(ahead);
        ahead.forEach(w -> {
            if (!w.strip().contains(" ")) {
                aheadWords.add(w.strip().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    /** True for a one-word {@code dates.ahead} entry, lower case ("akan", "bakal", "will"): a clause holding it looks ahead. */
    boolean aheadWord(String word) {
        return aheadWords.contains(word);
    }

    /**
     * One pattern finding any of {@code phrases} as whole words, case aside, a space in a phrase matching any run of
     * spaces, the longest phrase tried first; null when there are none.
     */
    private static Pattern wholeWords(Collection<String> phrases) {
        List<String> longestFirst = new ArrayList<>();
        phrases.forEach(w -> longestFirst.add(w.strip()));
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String w : longestFirst) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return longestFirst.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The relative days of every language of {@code languages}. */
    static RelativeDays of(Collection<LanguageRules> languages) {
        Map<String, Integer> all = new HashMap<>();
        java.util.Set<String> ahead = new java.util.TreeSet<>();
        languages.forEach(l -> {
            all.putAll(l.dates().relative());
            ahead.addAll(l.dates().ahead());
        });
        return new RelativeDays(all, ahead);
    }

    /**
     * The relative days written in {@code text} between {@code from} and {@code to}, each with the date
     * it names when {@code articleDate} is known (null otherwise).
     */
    List<Day> in(String text, int from, int to, Optional<LocalDate> articleDate, boolean fromHeader) {
        List<Day> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        Matcher m = words.matcher(text).region(from, to);
        while (m.find()) {
            String found = m.group().replaceAll("\\s+", " ");
            String word = offsets.ceilingKey(found);
            if (word == null || String.CASE_INSENSITIVE_ORDER.compare(word, found) != 0) {
                continue; // a word of the list written with two spaces in a row, which the pattern reads as one run
            }
            int offset = offsets.get(word);
            LocalDate base = articleDate.orElse(null);
            out.add(new Day(new CharSpan(m.start(), m.end()), word, offset, base == null ? null : base.plusDays(offset),
                    base, fromHeader));
        }
        return out;
    }

    /**
     * The article's own date: its header's; else the latest of the dates its text writes with a day and
     * a month (the year resolved as {@link YearResolver} does), leaving out a date its clause looks ahead to
     * ({@link #looksAhead}: "rapat yang akan berlangsung pada 2 Maret", "izin yang berlaku hingga 31 Desember
     * 2030"), which an outlet writes before the day comes; else empty.
     */
    Optional<LocalDate> articleDate(ArticleStatements article, YearResolver years) {
        LocalDate published = article.document().article().published();
        if (published != null) {
            return Optional.of(published);
        }
        LocalDate latest = null;
        for (DateMention d : article.dates()) {
            if (article.document().article().touchesBoilerplate(d.span()) || looksAhead(article, d.span())) {
                continue;
            }
            LocalDate date = years.resolve(article, d).map(YearResolver.Resolved::date).orElse(null);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Marks that end a clause before a date: a comma, a semicolon, a colon, a quotation mark, a bracket. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:\"\u201C\u201D()\\[\\]]");
    /** A comma right before a date, which joins the date to its clause ("akan digelar di Pati, Rabu (13/8)"). */
    private static final Pattern JOINING_COMMA = Pattern.compile("\\s*,?\\s*$");

    /**
     * True when a word of {@code dates.ahead} stands in the clause that ends with the date at {@code span}: back
     * from it, past the comma that joins a date to its clause, to a clause mark or the start of its sentence.
     */
    boolean looksAhead(ArticleStatements article, CharSpan span) {
        if (ahead == null) {
            return false;
        }
        String text = article.document().article().text();
        int sentence = 0;
        for (CharSpan s : article.document().sentences()) {
            if (s.start() <= span.start() && span.start() < s.end()) {
                sentence = s.start();
                break;
            }
        }
        Matcher joined = JOINING_COMMA.matcher(text.substring(sentence, span.start()));
        int end = joined.find() ? sentence + joined.start() : span.start();
        int start = sentence;
        Matcher mark = CLAUSE_MARK.matcher(text.substring(sentence, end));
        while (mark.find()) {
            start = sentence + mark.end();
        }
        return ahead.matcher(text.substring(start, span.end())).find();
    }
}
