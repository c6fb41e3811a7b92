package dev.tilik.rules;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How dates are written in one language.
 *
 * @param weekdays      weekday names, lower case, to their day ("jumat" → friday)
 * @param months        month names and abbreviations, lower case, to 1–12 ("oktober", "okt", "oct")
 * @param ambiguous     weekday names that are also common words and count only when capitalised or
 *                      after a {@code leadWords} word ("minggu" is also "week")
 * @param leadWords     words before a weekday that belong to the mention ("pada hari", "on")
 * @param monthFirst    true when "Oct. 22" is the usual order (English), false for "24 Oktober"
 * @param partsOfDay    parts of the day that may stand between a weekday and its date ("Sabtu malam (25/11)",
 *                      "Saturday evening (May 11)")
 * @param relative      words that name a day by its distance in days from the day they are written or said,
 *                      lower case, to that distance ("hari ini" 0, "kemarin" −1, "yesterday" −1): a day only the
 *                      article's own date can give
 * @param ahead         words that, in the clause before a date ("akan digelar pada 2 Maret", "berlaku hingga 31
 *                      Desember 2030", "will close the plant on May 4"), make it a day the text looks ahead to or
 *                      names as a limit, not one it reports from: no such date dates its article
 */
public record DateRules(
        Map<String, DayOfWeek> weekdays,
        Map<String, Integer> months,
        List<String> ambiguous,
        List<String> leadWords,
        boolean monthFirst,
        List<String> partsOfDay,
        Map<String, Integer> relative,
        List<String> ahead) {

    public DateRules {
        weekdays = weekdays == null ? Map.of() : lowerKeys(weekdays);
        months = months == null ? Map.of() : lowerKeys(months);
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > 12) {
                throw new IllegalArgumentException("months: expected 1–12 for \"" + e.getKey() + "\"");
            }
        }
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
        leadWords = leadWords == null ? List.of() : List.copyOf(leadWords);
        partsOfDay = partsOfDay == null ? List.of() : List.copyOf(partsOfDay);
        relative = relative == null ? Map.of() : lowerKeys(relative);
        ahead = ahead == null ? List.of() : List.copyOf(ahead);
    }

    public static DateRules none() {
        return new DateRules(null, null, null, null, false, null, null, null);
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> m) {
        Map<String, V> out = new HashMap<>();
        m.forEach((k, v) -> out.put(Objects.requireNonNull(k).strip().toLowerCase(Locale.ROOT),
                Objects.requireNonNull(v, "expected a value for \"" + k + "\"")));
        return Map.copyOf(out);
    }
}
