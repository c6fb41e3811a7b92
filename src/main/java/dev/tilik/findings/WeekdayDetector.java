package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.rules.WeekdayRule;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A weekday that does not fall on its date. The year comes from {@link YearResolver}; a date
 * whose year cannot be found is not checked, and a matching weekday is no finding.
 */
final class WeekdayDetector implements Detector {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Reads no persons: runs while they are made. */
    @Override
    public boolean readsPersons() {
        return false;
    }

    @Override
    public List<Finding> detect(Story story) {
        WeekdayRule rule = story.rules().weekday();
        if (rule == null) {
            return List.of();
        }
        YearResolver years = new YearResolver(story);
        List<Finding> out = new ArrayList<>();
        for (ArticleStatements a : story.articles()) {
            for (DateMention m : a.dates()) {
                if (m.weekday() == null || a.document().article().touchesBoilerplate(m.span())) {
                    continue;
                }
                years.resolve(a, m).filter(r -> r.date().getDayOfWeek() != m.weekday())
                        .ifPresent(r -> out.add(finding(rule, a, m, r)));
            }
        }
        return out;
    }

    private static Finding finding(WeekdayRule rule, ArticleStatements a, DateMention m, YearResolver.Resolved r) {
        LocalDate date = r.date();
        String named = name(m.weekday());
        String actual = name(date.getDayOfWeek());
        LocalDate before = date.with(TemporalAdjusters.previous(m.weekday()));
        LocalDate after = date.with(TemporalAdjusters.next(m.weekday()));
        LocalDate nearest = date.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - date.toEpochDay() ? before : after;
        String title = "\u201C" + m.text() + "\u201D names a " + named + ", but " + DAY.format(date) + " was a " + actual;
        String explanation = "In " + a.fileName() + ", \u201C" + m.text() + "\u201D names a " + named + ", but "
                + DAY.format(date) + " was a " + actual + " (" + r.reason() + "). The nearest " + named + " is "
                + DAY.format(nearest) + "." + ownMonth(a, m) + " Either the weekday or the date is wrong: check which before "
                + "citing the timeline, since everything dated from it may be off by a day.";
        CharSpan sentence = sentenceOf(a, m.span());
        String text = sentence.coveredText(a.document().text());
        String statementId = statementAt(a, m.span()).map(Statement::id).orElse(null);
        Evidence e = new Evidence(a.fileName(), statementId, m.span(), sentence, text, 0);
        String id = FindingIds.of(FindingType.WEEKDAY_DATE, List.of(Normal.text(text), "date:" + Normal.text(m.text())));
        return new Finding(id, FindingType.WEEKDAY_DATE, rule.severity(), Sides.rule(rule.id()), null, title,
                explanation, List.of(e));
    }

    /**
     * Said when the weekday falls on the mention's day of the article's own month, on or before its date, and the
     * mention names another month: " A Friday falls on 1 December 2023, in the article's own month, so the month may be
     * misprinted." Empty otherwise, or when the article has no date of its own.
     */
    static String ownMonth(ArticleStatements a, DateMention m) {
        LocalDate published = a.document().article().published();
        if (published == null || m.month() == published.getMonthValue() || m.day() > published.lengthOfMonth()) {
            return "";
        }
        LocalDate fit = published.withDayOfMonth(m.day());
        if (fit.isAfter(published) || fit.getDayOfWeek() != m.weekday()) {
            return "";
        }
        return " A " + name(m.weekday()) + " falls on " + DAY.format(fit) + ", in the article's own month, so the month"
                + " may be misprinted.";
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static CharSpan sentenceOf(ArticleStatements a, CharSpan span) {
        for (CharSpan s : a.document().sentences()) {
            if (s.contains(span)) {
                return s;
            }
        }
        return span;
    }

    private static Optional<Statement> statementAt(ArticleStatements a, CharSpan span) {
        return a.statements().stream().filter(s -> !s.narrated() && s.sentence().contains(span)).findFirst();
    }
}
