package dev.tilik.findings;

import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which year a date written without one ("Jumat (24/10)") belongs to, and why: the mention's own
 * year; else the article's publication date; else a dated mention in the article's own body
 * (never boilerplate); else the story: other articles on the same topic. The year chosen puts the
 * date closest to the reference date (a "31/12" in an article of 2 January is last year's), but never more than
 * {@value #AHEAD_DAYS} days after the article's publication date unless the date's clause looks ahead ({@link RelativeDays#looksAhead}: "akan",
 * "scheduled"): an outlet writes of what has happened, so "sejak Jumat (1/3)" in an article of 5 December is this
 * year's March, not next year's, while "Senin (6/1)" in an article of 28 December is next year's.
 */
final class YearResolver {

    /**
     * A date a year can be taken from, and how to say where it came from; {@code published} when it is the article's
     * own publication date, on or after which nothing it tells has happened (a body date or another article's is no
     * such bound: the article may tell of later days).
     */
    record Reference(LocalDate date, boolean yearOnly, String source, boolean published) {
    }

    /** A resolved date and the reason its year was chosen. */
    /** What may stand between an "as of" word and its date: spaces, an opening parenthesis, a comma. */
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[\\s(,]+$");
    /**
     * What may stand between a date's end and a word saying it is past: spaces and its closing bracket, never a comma
     * (", lalu" is "then", not "ago").
     */
    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile("^[\\s)]+");

    record Resolved(LocalDate date, String reason) {
    }

    /** How many days past its reference a date with no year may fall when nothing in its clause looks ahead. */
    static final int AHEAD_DAYS = 31;

    private final Story story;
    private final Map<String, Optional<Reference>> own = new HashMap<>();
    /** Each article's story reference, worked out once (every undated mention of an undated article asks it). */
    private final Map<String, Optional<Reference>> fromStory = new HashMap<>();
    /** Each article's own date ({@link RelativeDays#articleDate}), by file name, worked out once ({@link #spokenOn}). */
    private final Map<String, Optional<LocalDate>> written = new HashMap<>();

    YearResolver(Story story) {
        this.story = story;
    }

    /** The date a mention names, with the reason for its year; empty when no year can be found or no such date. */
    Optional<Resolved> resolve(ArticleStatements article, DateMention m) {
        if (!m.hasDayAndMonth()) {
            return Optional.empty();
        }
        try {
            if (m.year() != null) {
                return Optional.of(new Resolved(LocalDate.of(m.year(), m.month(), m.day()), "the year is written in the mention"));
            }
            Optional<Reference> ref = ownReference(article);
            String why;
            if (ref.isPresent()) {
                why = "the article gives no year with this date; " + ref.get().source();
            } else {
                ref = storyReference(article);
                if (ref.isEmpty()) {
                    return Optional.empty();
                }
                why = "the article gives no year at all; the year is taken from the story: " + ref.get().source();
            }
            LocalDate d = nearest(m, ref.get(), !ref.get().published() || story.relativeDays().looksAhead(article, m.span()));
            return Optional.of(new Resolved(d, d.getYear() + " assumed because " + why));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The year of {@code m} whose date lies closest to {@code ref}'s, of the years putting it no more than
     * {@value #AHEAD_DAYS} days after that date unless {@code ahead} (its clause looks ahead); any year when none does.
     */
    private static LocalDate nearest(DateMention m, Reference ref, boolean ahead) {
        int y = ref.date().getYear();
        if (ref.yearOnly()) {
            return LocalDate.of(y, m.month(), m.day());
        }
        LocalDate latest = ahead ? null : ref.date().plusDays(AHEAD_DAYS);
        LocalDate best = null;
        for (int cand = y - 1; cand <= y + 1; cand++) {
            try {
                LocalDate d = LocalDate.of(cand, m.month(), m.day());
                if (latest != null && d.isAfter(latest)) {
                    continue;
                }
                if (best == null || Math.abs(ChronoUnit.DAYS.between(d, ref.date()))
                        < Math.abs(ChronoUnit.DAYS.between(best, ref.date()))) {
                    best = d;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without it: try the others
            }
        }
        if (best == null && latest != null) {
            return nearest(m, ref, true); // 29 February only in a year further ahead
        }
        if (best == null) {
            throw new DateTimeException("no such date " + m.day() + "/" + m.month());
        }
        return best;
    }

    /** The article's own reference: its publication date, else a body date with a year. */
    Optional<Reference> ownReference(ArticleStatements a) {
        return own.computeIfAbsent(a.fileName(), k -> findOwn(a));
    }

    private static Optional<Reference> findOwn(ArticleStatements a) {
        LocalDate published = a.document().article().published();
        if (published != null) {
            return Optional.of(new Reference(published, false, "the article's publication date is " + published, true));
        }
        for (DateMention d : a.dates()) {
            if (d.year() == null || a.document().article().touchesBoilerplate(d.span())) {
                continue;
            }
            try {
                boolean full = d.hasDayAndMonth();
                LocalDate date = full ? LocalDate.of(d.year(), d.month(), d.day()) : LocalDate.of(d.year(), 1, 1);
                return Optional.of(new Reference(date, !full, "the article's own body dates itself \u201C" + d.text() + "\u201D",
                        false));
            } catch (DateTimeException e) {
                // an impossible date gives no year
            }
        }
        return Optional.empty();
    }

    /**
     * The most common year among articles sharing a topic with {@code a} (counted per shared
     * topic; ties go to the later year), quoting the first such article by file name. The counts
     * per topic are built once, so this costs the number of the article's topics, not of articles.
     */
    private Optional<Reference> storyReference(ArticleStatements a) {
        Optional<Reference> known = fromStory.get(a.fileName());
        if (known == null) {
            known = findInStory(a);
            fromStory.put(a.fileName(), known);
        }
        return known;
    }

    private Optional<Reference> findInStory(ArticleStatements a) {
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, Reference> first = new HashMap<>();
        for (String topic : topics(a)) {
            TopicYears ty = byTopic().get(topic);
            if (ty == null) {
                continue;
            }
            ty.count.forEach((y, c) -> count.merge(y, c, Integer::sum));
            ty.first.forEach((y, r) -> first.merge(y, r, (x, z) -> x.source().compareTo(z.source()) <= 0 ? x : z));
        }
        return count.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> first.get(e.getKey()));
    }

    /** Years of the articles that date themselves, per topic group. */
    private static final class TopicYears {
        final Map<Integer, Integer> count = new HashMap<>();
        final Map<Integer, Reference> first = new TreeMap<>();
    }

    private Map<String, TopicYears> topicYears;

    private Map<String, TopicYears> byTopic() {
        if (topicYears == null) {
            topicYears = new HashMap<>();
            for (ArticleStatements other : story.articles()) {
                Optional<Reference> r = ownReference(other);
                if (r.isEmpty()) {
                    continue;
                }
                int y = r.get().date().getYear();
                for (String topic : topics(other)) {
                    TopicYears ty = topicYears.computeIfAbsent(topic, k -> new TopicYears());
                    ty.count.merge(y, 1, Integer::sum);
                    ty.first.putIfAbsent(y, new Reference(r.get().date(), r.get().yearOnly(), other.fileName()
                            + ", on the same topic (" + story.rules().topicLabel(topic) + "), where "
                            + r.get().source().replace("the article's", "its"), false));
                }
            }
        }
        return topicYears;
    }

    private Set<String> topics(ArticleStatements a) {
        Set<String> out = new LinkedHashSet<>();
        a.statements().forEach(s -> {
            String g = story.rules().topicGroup(s.topic());
            if (g != null) {
                out.add(g);
            }
        });
        return out;
    }

    /**
     * The moment a statement speaks for: a date in its attribution, outside the claim ("kata Muhari,
     * Minggu (12/5)", "said on Monday": a weekday alone is the last such day up to publication), else a date the claim gives as of when it holds ("hingga
     * Minggu (12/5) pukul 21.00 tercatat 37", "as of Monday"), the latest of them, else the article's
     * publication. Any other date in a claim is when something happened ("banjir Sabtu (11/5)"), not
     * when it was said, and so is a date outside the claim earlier than the day the claim counts up to (a
     * report speaks as of no later day than it was given: "sepekan setelah longsor pada Senin (3/3) lalu, posko
     * mencatat per Senin (10/3) …" speaks for the 10th); a date after publication is a plan or a deadline. Without a publication date,
     * the latest date given. A date that opens inside the claim is the claim's, even when its mention runs
     * past the claim's end ("… crashed on Saturday evening (May 11" with the parenthesis left out).
     */
    Optional<LocalDate> dateOf(Voice v) {
        return dateOf(v, true);
    }

    /**
     * The moment a figure speaks for: {@link #dateOf}, but never a date its claim marks as past ("pasca pemungutan
     * suara pada Rabu (4/3) yang lalu, total menjadi 300 orang"; rules {@code numeric.ago}): in an article with no
     * publication date whose voice gives no other, the figure's moment is unknown, not the day of the event it counts
     * the toll of. Stance findings keep such a date ({@link #spokenOn}).
     */
    Optional<LocalDate> figureDateOf(Voice v) {
        return dateOf(v, false);
    }

    private Optional<LocalDate> dateOf(Voice v, boolean events) {
        LocalDate published = v.article().document().article().published();
        String text = v.article().document().text();
        LocalDate said = null;
        LocalDate asOf = null;
        LocalDate any = null;
        for (DateMention d : v.statement().dates()) {
            boolean inClaim = v.statement().claim().contains(d.span().start());
            if (!d.hasDayAndMonth() && d.weekday() != null && published != null && !inClaim) {
                // "said on Monday" with no date: the last such day up to publication
                said = later(said, published.minusDays((published.getDayOfWeek().getValue() - d.weekday().getValue() + 7) % 7));
                continue;
            }
            Optional<Resolved> r = resolve(v.article(), d);
            if (r.isEmpty()) {
                continue;
            }
            LocalDate date = r.get().date();
            if (!events && inClaim && ago(text, d.span().end())) {
                continue; // "sejak banjir pada Senin (3/2) yang lalu": the day of the event the toll counts
            }
            any = later(any, date);
            if (published != null && date.isAfter(published)) {
                continue;
            }
            if (!inClaim) {
                said = later(said, date);
            } else if (asOf(text, d.span().start())) {
                asOf = later(asOf, date);
            }
        }
        if (said != null && asOf != null && asOf.isAfter(said)) {
            // A report speaks as of no day after the one it was given: a date outside the claim earlier than the
            // day the claim counts up to ("Sepekan setelah longsor pada Senin (3/3) lalu, posko mencatat per Senin
            // (10/3) …") is when something happened, not when it was said.
            said = null;
        }
        LocalDate best = said != null ? said : asOf != null ? asOf : published;
        return Optional.ofNullable(best != null ? best : any);
    }

    /**
     * The day a voice speaks for in the stance findings' time rules ({@link TimeWindow}, {@link Promises}): its
     * {@link #dateOf}, else its article's own date as {@link RelativeDays#articleDate} reads it — the header's, else
     * the latest date the text writes with a day and a month. An outlet writes on or after every day it names, so a
     * voice of an undated article ("kata Budi", the article writing "Minggu (7/7/2024)" elsewhere) is no older than
     * that day. Figures keep {@link #dateOf}: a count moves within a day, and an article's day is too coarse for it.
     */
    Optional<LocalDate> spokenOn(Voice v) {
        Optional<LocalDate> own = dateOf(v);
        return own.isPresent() ? own
                : written.computeIfAbsent(v.fileName(), k -> story.relativeDays().articleDate(v.article(), this));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * True when the words right after {@code at}, a date's end, say the day is past ("… pada Senin (3/2) yang lalu",
     * "three weeks ago"; rules {@code numeric.ago}): the day something happened, never a moment a figure counts up to.
     */
    private boolean ago(String text, int at) {
        var numeric = story.rules().numeric();
        if (numeric == null || at >= text.length()) {
            return false;
        }
        String after = LEADING.matcher(text.substring(at, Math.min(text.length(), at + 24)).toLowerCase(java.util.Locale.ROOT))
                .replaceFirst("");
        for (String w : numeric.ago()) {
            if (after.startsWith(w) && (after.length() == w.length() || !Character.isLetterOrDigit(after.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** True when the words right before {@code at} say "as of" ("hingga", "per", "as of"; rules {@code numeric.asOf}). */
    private boolean asOf(String text, int at) {
        var numeric = story.rules().numeric();
        if (numeric == null) {
            return false;
        }
        String before = TRAILING.matcher(text.substring(Math.max(0, at - 24), at).toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
        for (String w : numeric.asOf()) {
            if (before.endsWith(w) && (before.length() == w.length()
                    || !Character.isLetterOrDigit(before.charAt(before.length() - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
