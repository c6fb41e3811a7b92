package dev.tilik.findings;

import dev.tilik.rules.NumberWords;
import dev.tilik.statements.DateMention;
import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person quoted by two outlets with another timeline: the same event in nearly the same words
 * ("pulang sekolah baru mengeluh mual", "felt sick after school"), put on different days ("Selasa …"
 * in one, "Senin …" in the other). Each sentence of a claim that names exactly one day is an
 * account of an event on that day; its words are the uncommon words of the folder's claims (held by
 * at most a fifth of them, so function words of any language drop out by themselves). Two accounts
 * of one person in different articles sharing at least {@link #MIN_SHARED} such words, and at least
 * {@link #SHARE} of the shorter account's, on different weekdays, with the same figures, are the same
 * event misdated by one report, unless one tells a day on or after the other's publication or both
 * write out a full date (then each tells its own moment: a state reported again, "sedang dilatih … pada
 * Jumat (18/10)", "… pada Selasa (22/10)"); a bare weekday is what slips. Two quotations that are one
 * quotation printed twice ({@link #oneQuotation}: "ditemukannya 3 pendaki hari ini" / "ditemukannya tiga pendaki hari ini")
 * are told of the day they were said, so they stay one event whichever outlet printed them later; figures are the same
 * in digits or in a word. Candidates come through an index by word per person, never all pairs of the folder.
 */
final class Timelines {
    /** Uncommon words two accounts must share to be one event told twice. */
    static final int MIN_SHARED = 3;
    /** Share of the shorter account's uncommon words the two must share. */
    static final double SHARE = 0.6;
    /** A word held by more than this share of the folder's claims is common, not what an event is. */
    private static final int COMMON_SHARE = 5;
    private static final Pattern STOP = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"\u201C])");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.,]*\\d|\\d");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'-]*");
    /** A figure written in digits and the word right after it. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d+)(?![.,]?\\d)\\s+(\\p{L}+)");

    /** Share of the longer quotation's words two quotations must share to be one quotation printed twice. */
    static final double ONE_QUOTATION = 2.0 / 3;

    /**
     * One sentence of a voice's claim that puts an event on one day; {@code values} its figures as values, in digits
     * or one number word each ("empat" as "4"), {@code said} all its words but the day's, figures as values.
     */
    record Account(Voice voice, CharSpan sentence, DayOfWeek day, java.time.LocalDate date, Set<String> words,
                   Set<String> figures, boolean dated, Set<String> counts, RelativeDays.Day relative,
                   Set<String> values, Set<String> said) {
    }

    private final Map<String, Integer> df = new HashMap<>();
    private final int common;
    private final RelativeDays relative;
    private final NumberWords numberWords;
    /** Each article's own date ({@link RelativeDays#articleDate}), by file name, worked out once. */
    private final Map<String, Optional<java.time.LocalDate>> articleDates = new HashMap<>();

    Timelines(List<Voice> voices) {
        this(voices, RelativeDays.NONE);
    }

    /** @param relative the words naming a day by its distance from the article's date ("hari ini", "yesterday") */
    Timelines(List<Voice> voices, RelativeDays relative) {
        this(voices, relative, NumberWords.of(Map.of()));
    }

    /** @param numberWords the words that write a figure ("empat"), read as the figure they write */
    Timelines(List<Voice> voices, RelativeDays relative, NumberWords numberWords) {
        this.relative = relative;
        this.numberWords = numberWords;
        for (Voice v : voices) {
            new LinkedHashSet<>(words(v.claimText())).forEach(w -> df.merge(w, 1, Integer::sum));
        }
        this.common = Math.max(3, voices.size() / COMMON_SHARE);
    }

    /** Pairs of accounts, one person's, in different articles: the same event on different days. */
    List<Account[]> misdated(Map<String, List<Voice>> byPerson, YearResolver years) {
        List<Account[]> out = new ArrayList<>();
        for (List<Voice> voices : byPerson.values()) {
            List<Account> accounts = new ArrayList<>();
            for (Voice v : voices) {
                accounts.addAll(accounts(v, years));
            }
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < accounts.size(); i++) {
                Set<Integer> seen = new java.util.TreeSet<>();
                for (String w : accounts.get(i).words()) {
                    for (int j : index.getOrDefault(w, List.of())) {
                        if (seen.add(j) && sameEventOtherDay(accounts.get(j), accounts.get(i))) {
                            out.add(new Account[] {accounts.get(j), accounts.get(i)});
                        }
                    }
                }
                for (String w : accounts.get(i).words()) {
                    index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return out;
    }

    private static boolean sameEventOtherDay(Account a, Account b) {
        if (a.voice().fileName().equals(b.voice().fileName()) || a.day() == b.day()
                || !a.figures().equals(b.figures()) && !a.values().equals(b.values()) || a.dated() && b.dated()
                || (after(a, b) || after(b, a)) && !oneQuotation(a, b)) {
            return false;
        }
        if (!java.util.Collections.disjoint(a.counts(), b.counts())) {
            return true;
        }
        int shared = shared(a.words(), b.words());
        return shared >= MIN_SHARED && shared >= SHARE * Math.min(a.words().size(), b.words().size());
    }

    private static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * True when both accounts are quotations sharing at least {@link #ONE_QUOTATION} of the longer one's words, the
     * day's words aside and a figure in digits or in a word one word: one quotation two outlets print, a few words
     * edited ("kini berjumlah" / "telah menjadi"). Its day is when it was said, so a day on or after the other
     * article's publication is no later moment told again: the same words cannot have been said on both days.
     */
    private static boolean oneQuotation(Account a, Account b) {
        if (!a.voice().statement().quote() || !b.voice().statement().quote()) {
            return false;
        }
        int shared = shared(a.said(), b.said());
        return shared >= MIN_SHARED && shared >= ONE_QUOTATION * Math.max(a.said().size(), b.said().size());
    }

    /**
     * The counts an account tells by a figure precise enough to be one event's ({@link #telling}) with the
     * word right after it, the thing counted ("730 orang"): the same count of the same thing, one person's,
     * in two outlets is one event however the rest is worded ("kasus yang baru … ada 730 orang" / "yang
     * keracunan kedua, ada 730 orang").
     */
    private static Set<String> counts(CharSequence rest) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher m = COUNT.matcher(rest);
        while (m.find()) {
            String figure = m.group(1).replaceAll("[.,]", "");
            if (telling(figure)) {
                out.add(figure + " " + m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * True for a figure of three digits or more that is no round hundred and could be no year: one that
     * two events would not share by chance ("730", "1.333"), where "100", "2.000" or "2025" may stand for
     * anything.
     */
    static boolean telling(String digits) {
        if (digits.length() < 3 || digits.length() > 9) {
            return false;
        }
        long n = Long.parseLong(digits);
        return n % 100 != 0 && !(digits.length() == 4 && n >= 1900 && n <= 2100);
    }

    /**
     * True when {@code a} puts its event on or after the day {@code b}'s article was published: what
     * {@code b} tells is then past before {@code a}'s day, so the two tell different moments (a claim
     * repeated as days pass, "sedang dilatih … pada Senin"), not one event misdated.
     */
    private static boolean after(Account a, Account b) {
        java.time.LocalDate published = b.voice().article().document().article().published();
        return a.date() != null && published != null && !a.date().isBefore(published);
    }

    /** The sentences of a voice's claim that name exactly one day (by weekday or date), with their uncommon words. */
    List<Account> accounts(Voice v, YearResolver years) {
        List<Account> out = new ArrayList<>();
        String text = v.article().document().text();
        CharSpan claim = v.statement().claim();
        for (CharSpan sentence : clauses(text, claim, v.article().document().sentences())) {
            int from = sentence.start();
            int to = sentence.end();
            DayOfWeek day = null;
            java.time.LocalDate date = null;
            boolean dated = false;
            boolean several = false;
            boolean anyDate = false;
            StringBuilder rest = new StringBuilder();
            int at = from;
            for (DateMention d : v.article().dates()) {
                if (d.span().start() < from || d.span().end() > to) {
                    continue;
                }
                anyDate = true;
                if (saidOn(text, claim, d)) {
                    continue;
                }
                java.time.LocalDate resolved = date(v, d, years);
                DayOfWeek named = d.weekday() != null ? d.weekday() : resolved != null ? resolved.getDayOfWeek() : null;
                if (named == null) {
                    continue;
                }
                several |= day != null && day != named;
                day = named;
                date = resolved;
                dated = d.hasDayAndMonth();
                rest.append(text, at, d.span().start()).append(' ');
                at = d.span().end();
            }
            RelativeDays.Day named = null;
            if (!anyDate) {
                named = relativeDay(v, text, claim, from, to, years);
                if (named != null) {
                    day = named.date().getDayOfWeek();
                    date = named.date();
                    rest.append(text, at, named.span().start()).append(' ');
                    at = named.span().end();
                }
            }
            if (day == null || several) {
                continue;
            }
            rest.append(text, at, to);
            Set<String> kept = new LinkedHashSet<>();
            Set<String> figures = new java.util.TreeSet<>();
            Matcher digits = DIGITS.matcher(rest);
            while (digits.find()) {
                figures.add(digits.group().replaceAll("[.,]", ""));
            }
            Set<String> values = new java.util.TreeSet<>(figures);
            Set<String> said = new LinkedHashSet<>(figures);
            for (String w : words(rest.toString())) {
                if (df.getOrDefault(w, 0) <= common && w.length() >= 3) {
                    kept.add(w);
                }
                Double value = numberWords.valueOf(w);
                if (value != null && value == Math.rint(value)) {
                    values.add(Long.toString(value.longValue()));
                }
                said.add(value != null && value == Math.rint(value) ? Long.toString(value.longValue()) : w);
            }
            if (kept.size() >= MIN_SHARED) {
                out.add(new Account(v, sentence, day, date, kept, figures, dated, counts(rest), named, values, said));
            }
        }
        return out;
    }

    /**
     * The one day a sentence names by its distance from the article's date ("hari ini", "kemarin"),
     * when the sentence writes no date of its own ("kemarin Rabu" is Wednesday's, said by its weekday),
     * the article's date is known, and the word does not head the claim (when it was said); null
     * otherwise, and when the sentence names two such days.
     */
    private RelativeDays.Day relativeDay(Voice v, String text, CharSpan claim, int from, int to, YearResolver years) {
        Optional<java.time.LocalDate> articleDate = articleDates.computeIfAbsent(v.fileName(),
                k -> relative.articleDate(v.article(), years));
        if (articleDate.isEmpty()) {
            return null;
        }
        boolean header = v.article().document().article().published() != null;
        List<RelativeDays.Day> days = relative.in(text, from, to, articleDate, header);
        if (days.size() != 1 || headsClaim(text, claim, days.get(0).span())) {
            return null;
        }
        java.time.LocalDate said = saidOn(v, years);
        return said == null ? days.get(0) : days.get(0).saidOn(said);
    }

    /**
     * The day the claim's own sentence says it was said: the one date written after the claim, in its attribution
     * ("\u201C… kemarin …,\u201D kata Nicke dalam rapat …, Selasa (14/3)"); null when the sentence writes none after
     * it, or two. A word like "kemarin" inside the words counts from the day they were spoken, not from the day an
     * outlet printed them: two outlets printing one quotation on two days tell one day.
     */
    private static java.time.LocalDate saidOn(Voice v, YearResolver years) {
        CharSpan sentence = v.statement().sentence();
        CharSpan claim = v.statement().claim();
        if (sentence == null || claim == null) {
            return null;
        }
        java.time.LocalDate said = null;
        for (DateMention d : v.article().dates()) {
            if (d.span().start() < claim.end() || d.span().end() > sentence.end()) {
                continue;
            }
            java.time.LocalDate day = date(v, d, years);
            if (day == null || said != null && !said.equals(day)) {
                return null;
            }
            said = day;
        }
        return said;
    }

    /**
     * The claim cut into its sentences: the document's sentences inside it, each cut again where a
     * full stop, question or exclamation mark is followed by a capital (a quotation of several
     * sentences can stand as one sentence of the document).
     */
    private static List<CharSpan> clauses(String text, CharSpan claim, List<CharSpan> sentences) {
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan sentence : sentences) {
            if (!sentence.overlaps(claim)) {
                continue;
            }
            int from = Math.max(sentence.start(), claim.start());
            int to = Math.min(sentence.end(), claim.end());
            Matcher m = STOP.matcher(text).region(from, to);
            while (m.find()) {
                out.add(new CharSpan(from, m.start()));
                from = m.end();
            }
            out.add(new CharSpan(from, to));
        }
        return out;
    }

    /**
     * True for a date heading the claim, alone or behind one short lower-case word ("said on Friday
     * that …", "pada Jumat …"): when the words were said, not when the event told happened.
     */
    private static boolean saidOn(String text, CharSpan claim, DateMention d) {
        return headsClaim(text, claim, d.span());
    }

    private static boolean headsClaim(String text, CharSpan claim, CharSpan day) {
        if (day.start() < claim.start()) {
            return true;
        }
        String before = text.substring(claim.start(), day.start()).strip();
        return before.isEmpty() || before.length() <= 4 && before.chars().allMatch(Character::isLowerCase);
    }

    /**
     * The date a mention names: its own day and month with the year resolved, else, for a weekday alone,
     * the last such day up to its article's publication; null when neither can be known.
     */
    private static java.time.LocalDate date(Voice v, DateMention d, YearResolver years) {
        Optional<YearResolver.Resolved> r = years.resolve(v.article(), d);
        if (r.isPresent()) {
            return r.get().date();
        }
        java.time.LocalDate published = v.article().document().article().published();
        if (d.weekday() == null || published == null) {
            return null;
        }
        return published.minusDays((published.getDayOfWeek().getValue() - d.weekday().getValue() + 7) % 7);
    }

    /**
     * How many of {@code claim}'s uncommon words (held by few of the folder's claims) stand in
     * {@code text}: whether a text is about what a claim says, in the claim's own words.
     */
    int sharedUncommon(String claim, String text) {
        Set<String> in = new java.util.HashSet<>(words(text));
        int shared = 0;
        for (String w : new LinkedHashSet<>(words(claim))) {
            if (df.getOrDefault(w, 0) <= common && w.length() >= 3 && in.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
