package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A date as written in an article, e.g. "Jumat (24/10)" or "Selasa (22/10/2024)".
 *
 * @param span    where it stands in the article text
 * @param text    as written
 * @param weekday the weekday named, or null
 * @param day     day of month, or 0 when only a weekday is named ("pada hari Senin")
 * @param month   month 1–12, or 0 when unknown
 * @param year    the year written in the mention itself, or null
 */
public record DateMention(CharSpan span, String text, DayOfWeek weekday, int day, int month, Integer year) {
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (day < 0 || day > 31 || month < 0 || month > 12) {
            throw new IllegalArgumentException("bad date " + text);
        }
    }

    public boolean hasDayAndMonth() {
        return day > 0 && month > 0;
    }
}
