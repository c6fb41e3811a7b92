package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A day named by its distance from the article's date ("hari ini", "kemarin", "today") read as that
 * day ({@link RelativeDays}), and one person's same count of the same thing put on two days by two
 * outlets ({@link Timelines}): a misreport however the rest is worded. Invented story: a gas leak at a
 * fictional plant, its clinic's head quoted.
 */
class RelativeDayMisreportTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);

    private static List<Finding> misreports(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    /** An undated article quoting the clinic's head with a weekday: "… dari kemarin Selasa ada 137 orang". */
    private static ArticleStatements tuesday(String quote) {
        String text = "\u201C" + quote + ",\u201D ujar Sinta Maharani.";
        return ArticleFixture.article("a.txt", text).date("Selasa", DayOfWeek.TUESDAY, 0, 0, null)
                .say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat").quote().done().build();
    }

    /** An article of {@code published} (null: undated) quoting her with no date of its own. */
    private static ArticleStatements undated(String file, LocalDate published, String quote) {
        String text = "\u201C" + quote + ",\u201D kata Sinta Maharani.";
        ArticleFixture a = ArticleFixture.article(file, text);
        if (published != null) {
            a.published(published);
        }
        return a.say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat").quote().done().build();
    }

    @Test
    void todaysCountInAnArticleOfThursdayAgainstTheSameCountOnTuesdayIsAMisreport() throws Exception {
        List<Finding> f = misreports(tuesday("Warga yang dirawat dari kemarin Selasa ada 137 orang"),
                undated("b.txt", THURSDAY, "Kalau hari ini yang sesak napas, ada 137 orang"));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("Sinta Maharani").contains("Tuesday").contains("Thursday");
        assertThat(f.get(0).explanation()).contains("\u201Chari ini\u201D counted from the article's date, 2026-03-05");
    }

    @Test
    void anotherCountARoundOneOrAnUndatedArticleNamesNoSecondDay() throws Exception {
        ArticleStatements tuesday = tuesday("Warga yang dirawat dari kemarin Selasa ada 137 orang");
        assertThat(misreports(tuesday, undated("b.txt", THURSDAY, "Kalau hari ini yang sesak napas, ada 152 orang")))
                .as("another count: the toll grew").isEmpty();
        assertThat(misreports(tuesday, undated("b.txt", null, "Kalau hari ini yang sesak napas, ada 137 orang")))
                .as("an article with no date: 'hari ini' names no day").isEmpty();
        assertThat(misreports(tuesday("Petugas yang berjaga dari kemarin Selasa ada 100 orang"),
                undated("b.txt", THURSDAY, "Kalau hari ini relawan di posko, ada 100 orang")))
                .as("a round hundred may stand for anything").isEmpty();
        assertThat(misreports(tuesday, undated("b.txt", THURSDAY, "Kalau hari ini yang sesak napas, ada 137 warga")))
                .as("the same figure of another word").isEmpty();
    }

    @Test
    void aRelativeDayIsCountedFromTheHeaderElseTheLatestFullDateTheArticleWrites() throws Exception {
        RelativeDays days = new RelativeDays(Map.of("kemarin", -1, "kemarin lusa", -2, "hari ini", 0));
        String text = "Kemarin lusa hujan, kemarin cerah, hari  ini mendung; harinya ini lain.";
        List<RelativeDays.Day> found = days.in(text, 0, text.length(), Optional.of(THURSDAY), true);
        assertThat(found).extracting(RelativeDays.Day::word, RelativeDays.Day::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kemarin lusa", THURSDAY.minusDays(2)),
                org.assertj.core.groups.Tuple.tuple("kemarin", THURSDAY.minusDays(1)),
                org.assertj.core.groups.Tuple.tuple("hari ini", THURSDAY));

        String body = "\u201CHari ini 12 orang,\u201D kata Sinta, Rabu (4/3/2026). Kasus pertama pada Senin (2/3/2026).";
        ArticleStatements a = ArticleFixture.article("c.txt", body).date("Rabu (4/3/2026)", DayOfWeek.WEDNESDAY, 4, 3, 2026)
                .date("Senin (2/3/2026)", DayOfWeek.MONDAY, 2, 3, 2026).build();
        dev.tilik.rules.Rules rules = RulesLoader.load(Path.of("rules"));
        YearResolver years = new YearResolver(new Story(List.of(a), rules.findings(),
                new Names(rules.parties(), rules.findings()::isGenericSpeaker)));
        assertThat(RelativeDays.NONE.articleDate(a, years)).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aRelativeDayInWordsItsSentenceDatesCountsFromTheDayTheyWereSaid() throws Exception {
        String quote = "Yang sesak napas kemarin ada 137 orang";
        String said = "\u201C" + quote + ",\u201D kata Sinta Maharani dalam rapat, Rabu (4/3).";
        ArticleStatements dated = ArticleFixture.article("a.txt", said).published(THURSDAY)
                .date("Rabu (4/3)", DayOfWeek.WEDNESDAY, 4, 3, null)
                .say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat").quote().done().build();
        String printed = "\u201C" + quote + ",\u201D kata Sinta Maharani. Rapat digelar Rabu (4/3/2026).";
        ArticleStatements sameDay = ArticleFixture.article("b.txt", printed)
                .date("Rabu (4/3/2026)", DayOfWeek.WEDNESDAY, 4, 3, 2026)
                .say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat").quote().done().build();

        assertThat(misreports(dated, sameDay))
                .as("'kemarin' said on Wednesday is Tuesday in both, whenever each outlet printed it").isEmpty();
        assertThat(misreports(undated("a.txt", THURSDAY, quote), sameDay))
                .as("undated by its sentence, 'kemarin' counts from its article's date").hasSize(1);
    }

    /** An article of Wednesday 4 March quoting her "hari ini", with no date in its sentence. */
    private static ArticleStatements printedWednesday(String quote, boolean quoted) {
        String text = (quoted ? "\u201C" + quote + ",\u201D kata Sinta Maharani." : "Sinta Maharani menyebut " + quote + ".");
        ArticleFixture.StatementSpec say = ArticleFixture.article("w.txt", text).published(THURSDAY.minusDays(1))
                .say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat");
        return (quoted ? say.quote() : say).done().build();
    }

    /** An article of Thursday 5 March whose sentence says the words were said that Thursday. */
    private static ArticleStatements saidThursday(String quote, boolean quoted) {
        String text = (quoted ? "\u201C" + quote + ",\u201D kata Sinta Maharani dalam keterangan, Kamis (5/3/2026)."
                : "Sinta Maharani menyebut " + quote + ", Kamis (5/3/2026).");
        ArticleFixture.StatementSpec say = ArticleFixture.article("t.txt", text).published(THURSDAY)
                .date("Kamis (5/3/2026)", DayOfWeek.THURSDAY, 5, 3, 2026)
                .say(quote, "Sinta Maharani", "puskesmas", Stance.ASSERT, "warga dirawat");
        return (quoted ? say.quote() : say).done().build();
    }

    @Test
    void oneQuotationPrintedOnTwoDaysIsAMisreportThoughOneDayFollowsTheOthersPublication() throws Exception {
        String wednesday = "Dengan dirujuknya empat pasien hari ini, jumlah warga yang dirawat kini menjadi 19 orang";
        String thursday = "Dengan dirujuknya 4 pasien hari ini, jumlah warga yang dirawat berjumlah 19 orang";

        List<Finding> f = misreports(printedWednesday(wednesday, true), saidThursday(thursday, true));
        assertThat(f).as("one quotation, a figure in a word and in digits, two days").hasSize(1);
        assertThat(f.get(0).title()).contains("Sinta Maharani").contains("Wednesday").contains("Thursday");
        assertThat(misreports(printedWednesday(wednesday.replace("empat", "4"), true), saidThursday(thursday, true)))
                .as("the same figures in digits: the later day no longer parts them").hasSize(1);
    }

    @Test
    void aReworkedAccountOrAReportedOneOnALaterDayIsAnotherMoment() throws Exception {
        String wednesday = "Dengan dirujuknya 4 pasien hari ini, jumlah warga yang dirawat kini menjadi 19 orang";
        assertThat(misreports(printedWednesday(wednesday, true),
                saidThursday("Hari ini tidak ada pasien baru yang dirujuk, yang dirawat tetap 19 orang di puskesmas", true)))
                .as("few of the words shared: a state told again the next day").isEmpty();
        assertThat(misreports(printedWednesday(wednesday, false), saidThursday(wednesday, false)))
                .as("an outlet's own words are no quotation printed twice").isEmpty();
    }

    @Test
    void aTellingFigureIsNoRoundHundredAndNoYear() {
        assertThat(Timelines.telling("730")).isTrue();
        assertThat(Timelines.telling("1333")).isTrue();
        assertThat(Timelines.telling("100")).isFalse();
        assertThat(Timelines.telling("2000")).isFalse();
        assertThat(Timelines.telling("2025")).isFalse();
        assertThat(Timelines.telling("45")).isFalse();
    }
}
