package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTest {

    private static List<DateMention> dates(String language, String text) {
        return Extract.article(language, text).dates();
    }

    @Test
    void indonesianForms() {
        List<DateMention> d = dates("id", "Korut pada Jumat (24/10) menanggapi isu itu. Seoul pada Selasa (22/10/2024) "
                + "membalas. Rapat digelar Kamis, 24 Oktober 2024. Pasukan tiba pada hari Senin. Minggu ini sepi.");

        assertThat(d).extracting(DateMention::text)
                .containsExactly("Jumat (24/10)", "Selasa (22/10/2024)", "Kamis, 24 Oktober 2024", "pada hari Senin");
        assertThat(d.get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(d.get(0).day()).isEqualTo(24);
        assertThat(d.get(0).month()).isEqualTo(10);
        assertThat(d.get(0).year()).isNull();
        assertThat(d.get(1).year()).isEqualTo(2024);
        assertThat(d.get(2).weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(d.get(3).hasDayAndMonth()).isFalse();
    }

    /** Indonesian datelines also write a slashed date's year in two digits: "Kamis (7/7/23)" is 7 July 2023. */
    @Test
    void aSlashedDateWithATwoDigitYearIsOfItsCentury() {
        List<DateMention> d = dates("id", "Dinas itu memeriksa ternak warga, Kamis (7/7/23). Arsip lama bertanggal "
                + "Senin (3/8/98) itu dibuka lagi.");

        assertThat(d).extracting(DateMention::text).containsExactly("Kamis (7/7/23)", "Senin (3/8/98)");
        assertThat(d).extracting(DateMention::year).containsExactly(2023, 1998);
        assertThat(d.get(0).month()).isEqualTo(7);
    }

    @Test
    void englishForms() {
        List<DateMention> d = dates("en", "Troops arrived on Friday. They may move by Oct. 28. "
                + "The Kremlin spoke on Tuesday, October 22, 2024. Officials met on 3 November.");

        assertThat(d).extracting(DateMention::text)
                .containsExactly("on Friday", "Oct. 28", "Tuesday, October 22, 2024", "3 November");
        assertThat(d.get(1).month()).isEqualTo(10);
        assertThat(d.get(2).year()).isEqualTo(2024);
    }

    /**
     * A weekday with its date in parentheses written out ("Sunday (Dec. 7, 2024)", "Sabtu (7 Desember
     * 2024)"), a weekday in parentheses after its date, a slashed date after a comma and a day with an
     * English ordinal's ending: each is one date carrying its weekday, so the weekday can be checked.
     */
    @Test
    void aWeekdayBesideItsDateInParenthesesOrAfterItIsOneDate() {
        List<DateMention> en = dates("en", "\"Production has stopped,\" the union leader said on Sunday (Dec. 7, 2024). "
                + "The plant will close on Dec. 9 (Monday). Wages were paid on Nov. 29th, 2024.");

        assertThat(en).extracting(DateMention::text)
                .containsExactly("Sunday (Dec. 7, 2024)", "Dec. 9 (Monday)", "Nov. 29th, 2024");
        assertThat(en.get(0).weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(List.of(en.get(0).day(), en.get(0).month(), en.get(0).year())).containsExactly(7, 12, 2024);
        assertThat(en.get(1).weekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(en.get(1).day()).isEqualTo(9);
        assertThat(en.get(2).day()).isEqualTo(29);

        List<DateMention> id = dates("id", "Rapat digelar Sabtu (7 Desember 2024) di balai kota. Pabrik ditutup "
                + "9 Desember 2024 (Senin). Gaji dibayar Kamis, 28/11/2024.");

        assertThat(id).extracting(DateMention::text)
                .containsExactly("Sabtu (7 Desember 2024)", "9 Desember 2024 (Senin)", "Kamis, 28/11/2024");
        assertThat(id).extracting(DateMention::weekday)
                .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(id.get(2).year()).isEqualTo(2024);
    }

    @Test
    void sentenceDatesGoOnTheStatementAndBoilerplateDatesNowhere() {
        ArticleStatements a = Extract.article("id", "Badan intelijen Korsel, pada Jumat (18/10), menyebut Korut "
                + "telah mengirimkan pasukan.\nBerita Terkait\nHP Murah Terbaik Februari 2026, Sabtu (7/2)");

        assertThat(a.dates()).extracting(DateMention::text).containsExactly("Jumat (18/10)");
        assertThat(a.statements()).singleElement()
                .satisfies(s -> assertThat(s.dates()).extracting(DateMention::text).containsExactly("Jumat (18/10)"));
    }

    @Test
    void boilerplateNeverYieldsAStatement() {
        ArticleStatements a = Extract.article("id", "Korea Utara membantah laporan pengiriman tentara.\n"
                + "Simak Video: Kim Jong Un menyebut Korut siap mengirim 1.500 pasukan\n"
                + "Berita Terkait\nPejabat Rusia mengatakan bahwa tentara Korut sudah tiba.");

        assertThat(a.statements()).singleElement()
                .satisfies(s -> assertThat(a.document().article().touchesBoilerplate(s.sentence())).isFalse());
    }

    /**
     * A part of the day between a weekday and its date in parentheses ("Sabtu malam (1/6/2024)", "Saturday
     * evening (June 1)") keeps the weekday with its date, so the weekday can be checked; a part of the day
     * with no date after it leaves the weekday bare.
     */
    @Test
    void aWeekdayWithAPartOfTheDayBeforeItsDateIsOneDate() {
        List<DateMention> id = dates("id", "Kapal itu terbalik pada Minggu malam (1/6/2024) di selat. "
                + "Pencarian dilanjutkan Senin pagi oleh tim gabungan.");
        assertThat(id).extracting(DateMention::text).containsExactly("Minggu malam (1/6/2024)", "Senin");
        assertThat(id.get(0).weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(List.of(id.get(0).day(), id.get(0).month(), id.get(0).year())).containsExactly(1, 6, 2024);
        assertThat(id.get(1).hasDayAndMonth()).isFalse();

        List<DateMention> en = dates("en", "The ferry capsized on Saturday evening (June 1) off the cape.");
        assertThat(en).extracting(DateMention::text).containsExactly("Saturday evening (June 1)");
        assertThat(en.get(0).weekday()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(en.get(0).day()).isEqualTo(1);
        assertThat(en.get(0).month()).isEqualTo(6);
    }

    /**
     * A day and a year are read by hand, as the patterns {@code (\\d{1,2})(st|nd|rd|th)?} and {@code \\d{4}} read them
     * (digits 0–9 only, a whole token), for every short string over digits of several scripts and ordinal letters.
     */
    @Test
    void daysAndYearsAreReadAsTheirPatternsRead() {
        java.util.regex.Pattern day = java.util.regex.Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
        java.util.regex.Pattern year = java.util.regex.Pattern.compile("\\d{4}");
        java.util.Random random = new java.util.Random(11);
        String[] pool = {"0", "1", "2", "3", "9", "\u0662", "\uFF17", "s", "t", "n", "d", "r", "h", "T", "x"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(pool[random.nextInt(pool.length)]);
            }
            String w = b.toString();
            java.util.regex.Matcher m = day.matcher(w);
            int d = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            int y = year.matcher(w).matches() ? Integer.parseInt(w) : 0;
            assertThat(DateExtractor.day(w)).as(w).isEqualTo(d >= 1 && d <= 31 ? d : 0);
            assertThat(DateExtractor.year(w)).as(w).isEqualTo(y >= 1900 && y <= 2200 ? y : 0);
        }
    }

    /** A day or year in digits of another script ("\u0662\u0664", fullwidth "\uFF12\uFF10\uFF12\uFF14") is no date part. */
    @Test
    void onlyTheDigitsZeroToNineMakeADayOrAYear() {
        List<DateMention> d = dates("id", "Rapat pada 24 Oktober \uFF12\uFF10\uFF12\uFF14 berjalan. Sidang \u0662\u0664 Oktober ditunda. "
                + "Tercatat 123 Oktober. Warga datang 07 Desember 2024.");

        assertThat(d).extracting(DateMention::text).containsExactly("24 Oktober", "07 Desember 2024");
        assertThat(d.get(0).year()).isNull();
        assertThat(d.get(1).day()).isEqualTo(7);
    }
}
