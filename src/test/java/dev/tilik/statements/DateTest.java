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

    @Test
    void englishForms() {
        List<DateMention> d = dates("en", "Troops arrived on Friday. They may move by Oct. 28. "
                + "The Kremlin spoke on Tuesday, October 22, 2024. Officials met on 3 November.");

        assertThat(d).extracting(DateMention::text)
                .containsExactly("on Friday", "Oct. 28", "Tuesday, October 22, 2024", "3 November");
        assertThat(d.get(1).month()).isEqualTo(10);
        assertThat(d.get(2).year()).isEqualTo(2024);
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
}
