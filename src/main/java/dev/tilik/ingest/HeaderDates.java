package dev.tilik.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date of an article's header block: ISO, d/m/yyyy, or "[weekday,] 22 Oktober 2024" (Indonesian or English). */
final class HeaderDates {
    private static final int MAX_LENGTH = 60;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(?:\\p{L}+,?\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern NAMED_EN = Pattern.compile("(?:\\p{L}+,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("pebruari", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    private HeaderDates() {
    }

    /** The date, or null when the value is not one of the documented forms or no real date. */
    static LocalDate parse(String value) {
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches()) {
                return LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            }
            m = NUMERIC.matcher(v);
            if (m.matches()) {
                return LocalDate.of(num(m.group(3)), num(m.group(2)), num(m.group(1)));
            }
            m = NAMED.matcher(v);
            if (m.matches() && month(m.group(2)) > 0) {
                return LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1)));
            }
            m = NAMED_EN.matcher(v);
            if (m.matches() && month(m.group(1)) > 0) {
                return LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static int num(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }
}
