package dev.tilik.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one article should yield: its language, the boilerplate that must never become a
 * statement, its dates, and its statements.
 */
public record GoldArticle(
        String language,
        @JsonProperty("source_hint") String sourceHint,
        List<String> boilerplate,
        List<GoldDate> dates,
        List<GoldStatement> statements) {

    public GoldArticle {
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        dates = dates == null ? List.of() : List.copyOf(dates);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** A date as written, the date it means (ISO),  and whether its weekday agrees. */
    public record GoldDate(
            String text,
            String date,
            @JsonProperty("weekday_ok") boolean weekdayOk,
            String why) {
        public GoldDate {
            Objects.requireNonNull(text, "text: expected the date as written");
            if (date != null) {
                try {
                    LocalDate.parse(date);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("date: expected YYYY-MM-DD, got \"" + date + "\"");
                }
            }
        }
    }
}
