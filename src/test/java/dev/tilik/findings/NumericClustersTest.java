package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numeric findings are clusters, not pairs: a figure that grows over the story's days is one
 * evolving finding even when later reports still repeat the older figure, and figures that all
 * conflict on one day are one numeric finding listing each of them.
 */
class NumericClustersTest {

    private static List<Finding> find(List<ArticleStatements> articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles);
    }

    /** The one numeric finding of a story (failing when there is none or more). */
    private static Finding oneNumeric(ArticleStatements... story) throws Exception {
        List<Finding> numeric = ofType(find(List.of(story)), FindingType.NUMERIC);
        assertThat(numeric).hasSize(1);
        return numeric.get(0);
    }

    private static List<Finding> ofType(List<Finding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /** One article in which {@code speaker} gives {@code figure} troops. */
    private static ArticleStatements report(String file, LocalDate published, String speaker, String figure,
                                            Double value, double low, double high, Qualifier q) {
        String claim = figure + " tentara Korut sudah berada di Rusia";
        return ArticleFixture.article(file, speaker + " menyatakan " + claim + ".").published(published)
                .say(claim, speaker, "ROK", Stance.ASSERT, "troops").number(figure, value, low, high, q, "tentara")
                .done().build();
    }

    private static ArticleStatements exact(String file, LocalDate published, String speaker, double value, String text) {
        return report(file, published, speaker, text, value, value, value, Qualifier.EXACT);
    }

    @Test
    void aGrowingFigureIsOneEvolvingFindingEvenWhenOlderFiguresAreRepeatedLater() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 20);
        List<ArticleStatements> story = new ArrayList<>(List.of(
                exact("001_a.txt", day, "Kepala NIS", 1500, "1.500"),
                exact("002_b.txt", day.plusDays(5), "Kepala Staf Gabungan", 3000, "3.000"),
                exact("003_c.txt", day.plusDays(6), "Presiden Yoon", 1500, "1.500"),
                exact("004_d.txt", day.plusDays(10), "Menteri Pertahanan", 10000, "10.000"),
                exact("005_e.txt", day.plusDays(11), "Kepala NIS", 3000, "3.000")));

        List<Finding> findings = find(story);

        assertThat(ofType(findings, FindingType.NUMERIC)).isEmpty();
        List<Finding> evolving = ofType(findings, FindingType.EVOLVING);
        assertThat(evolving).hasSize(1);
        assertThat(evolving.get(0).explanation())
                .containsSubsequence("\u201C1.500\u201D", "20 October 2024", "\u201C3.000\u201D", "25 October 2024",
                        "\u201C10.000\u201D", "30 October 2024");
        assertThat(evolving.get(0).evidence()).hasSize(5);
    }

    @Test
    void aSpeakerWithoutAPartyAndAFigureReadAsWrittenAreNotSaidTwice() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        List<ArticleStatements> story = List.of(
                unaffiliated("001_a.txt", day, "Kepala Pusat Data", 37),
                unaffiliated("002_b.txt", day, "Kepala Pelaksana", 13));

        List<Finding> numeric = ofType(find(story), FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).explanation())
                .contains("Kepala Pusat Data gives \u201C37\u201D in", "Kepala Pelaksana gives \u201C13\u201D in")
                .doesNotContain("Kepala Pusat Data (Kepala Pusat Data)", "(37)", "(13)");
    }

    private static ArticleStatements unaffiliated(String file, LocalDate published, String speaker, int value) {
        String figure = Integer.toString(value);
        String claim = figure + " tentara Korut sudah berada di Rusia";
        return ArticleFixture.article(file, speaker + " menyatakan " + claim + ".").published(published)
                .say(claim, speaker, null, Stance.ASSERT, "troops").number(figure, (double) value, value, value,
                        Qualifier.EXACT, "tentara")
                .done().build();
    }

    @Test
    void figuresThatAllConflictOnOneDayAreOneNumericFindingListingEach() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        Finding f = oneNumeric(
                exact("001_a.txt", day, "Kepala NIS", 1500, "1.500"),
                exact("002_b.txt", day, "Kepala Staf Gabungan", 3000, "3.000"),
                exact("003_c.txt", day, "Menteri Pertahanan", 10000, "10.000"));

        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.title()).endsWith("\u201C1.500\u201D vs \u201C3.000\u201D vs \u201C10.000\u201D");
        assertThat(f.explanation()).contains("Kepala NIS", "Kepala Staf Gabungan", "Menteri Pertahanan")
                .contains("cannot be split into two camps");
        assertThat(f.evidence()).hasSize(3);
    }

    /**
     * Three figures that all conflict, one given by two outlets: the finding lists that figure first (side 0,
     * the reader's left pane and the panel's first statement) against the others, and its explanation says so.
     * It said "the lower ones are listed first, the higher ones second" (a toll of "17" shown first,
     * "2" after it), true of the sides before the figure most articles give chose them.
     */
    @Test
    void figuresThatCannotBeSplitSayTheFigureMostArticlesGiveIsListedFirst() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        Finding f = oneNumeric(
                exact("001_a.txt", day, "Kepala NIS", 1500, "1.500"),
                exact("002_b.txt", day, "Kepala Staf Gabungan", 3000, "3.000"),
                exact("003_c.txt", day, "Juru Bicara Militer", 3000, "3.000"),
                exact("004_d.txt", day, "Menteri Pertahanan", 10000, "10.000"));

        assertThat(f.evidence().get(0).text()).as("side 0, listed first").contains("3.000");
        assertThat(f.evidence().stream().filter(e -> e.side() == 0).map(Evidence::text).toList())
                .allMatch(t -> t.contains("3.000"));
        assertThat(f.explanation())
                .contains("cannot be split into two camps")
                .contains("\u201C3.000\u201D, the figure the most articles give, is listed first and set against each "
                        + "of the others.")
                .doesNotContain("the lower ones are listed first");
    }

    @Test
    void opposingBoundsOnOneDayAreOneFindingAndAnApproximateFigureFittingBothStaysOut() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 24);
        List<ArticleStatements> story = new ArrayList<>(List.of(
                report("001_a.txt", day, "Kepala NIS", "setidaknya 3.000", 3000.0, 3000, Double.POSITIVE_INFINITY,
                        Qualifier.AT_LEAST),
                report("002_b.txt", day, "Pentagon", "hingga 3.000", 3000.0, 0, 3000, Qualifier.UP_TO),
                report("003_c.txt", day, "NATO", "sekitar 3.000", 3000.0, 3000, 3000, Qualifier.APPROX)));

        List<Finding> numeric = ofType(find(story), FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        Finding f = numeric.get(0);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).extracting(Evidence::fileName).containsExactlyInAnyOrder("001_a.txt", "002_b.txt");
        assertThat(f.evidence().get(0).opposes(f.evidence().get(1))).isTrue();

        story.add(report("004_d.txt", day, "Kepala Staf Gabungan", "setidaknya 3.000", 3000.0, 3000,
                Double.POSITIVE_INFINITY, Qualifier.AT_LEAST));
        List<Finding> again = ofType(find(story), FindingType.NUMERIC);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).id()).as("the cluster keeps its id when a report joins it").isEqualTo(f.id());
        assertThat(again.get(0).evidence()).hasSize(3);
    }

    @Test
    void theFigureMostArticlesGiveThatDayStandsAgainstTheOthersNotTheOneRepeatedOnLaterDays() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        List<ArticleStatements> story = List.of(
                exact("001_a.txt", day, "Kepala NIS", 1500, "1.500"),
                exact("002_b.txt", day, "Kepala Staf Gabungan", 3000, "3.000"),
                exact("003_c.txt", day, "Menteri Pertahanan", 3000, "3.000"),
                exact("004_d.txt", day, "Pentagon", 10000, "10.000"),
                exact("005_e.txt", day.plusDays(1), "Kepala NIS", 1500, "1.500"));

        List<Finding> numeric = ofType(find(story), FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        List<Evidence> ev = numeric.get(0).evidence();
        Evidence b = ev.stream().filter(e -> e.fileName().equals("002_b.txt")).findFirst().orElseThrow();
        assertThat(ev).filteredOn(e -> !e.fileName().equals("002_b.txt") && !e.fileName().equals("003_c.txt"))
                .as("3.000, given by two articles that day, against 1.500 and 10.000").allMatch(b::opposes);
    }

    @Test
    void oneArticleTellingOfACorrectedFigureDoesNotDisagreeWithItself() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        String now = "3.000 tentara Korut sudah berada di Rusia";
        String before = "jumlah sebelumnya yang dilaporkan mencapai 1.500 tentara";
        String text = "Kepala NIS menyatakan " + now + ". Data setelah direvisi ini berbeda dari " + before + ".";
        ArticleStatements article = ArticleFixture.article("001_a.txt", text).published(day)
                .say(now, "Kepala NIS", "ROK", Stance.ASSERT, "troops").number("3.000", 3000.0, 3000, 3000, Qualifier.EXACT, "tentara").done()
                .say(before, "Kepala NIS", "ROK", Stance.ASSERT, "troops").number("1.500", 1500.0, 1500, 1500, Qualifier.EXACT, "tentara").done()
                .build();

        assertThat(ofType(find(List.of(article)), FindingType.NUMERIC)).isEmpty();
        assertThat(ofType(find(List.of(article, exact("002_b.txt", day, "Pentagon", 1500, "1.500"))), FindingType.NUMERIC))
                .as("another source giving the older figure that day still disagrees").hasSize(1);
    }

    @Test
    void aMeasureOneSpeakerGivesTwiceInOneArticleMeasuresTwoThings() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 4);
        String all = "ada 180 bidang bersertifikat di pesisir itu";
        String some = "12 bidang di antaranya bersertifikat hak milik";
        String text = "Kepala Kantor Pertanahan menyatakan " + all + ". Ia juga menyebut " + some + ".";
        ArticleFixture oneVoice = ArticleFixture.article("001_a.txt", text).published(day)
                .say(all, "Kepala Kantor Pertanahan", "BPN", Stance.ASSERT, "sertifikat pesisir")
                .number("180", 180.0, 180, 180, Qualifier.EXACT, "bidang").done()
                .say(some, "Kepala Kantor Pertanahan", "BPN", Stance.ASSERT, "sertifikat pesisir")
                .number("12", 12.0, 12, 12, Qualifier.EXACT, "bidang").done();
        assertThat(ofType(find(List.of(oneVoice.build())), FindingType.NUMERIC))
                .as("a total and a part of it, one speaker's breakdown").isEmpty();

        ArticleStatements twoVoices = ArticleFixture.article("001_a.txt", text).published(day)
                .say(all, "Kepala Kantor Pertanahan", "BPN", Stance.ASSERT, "sertifikat pesisir")
                .number("180", 180.0, 180, 180, Qualifier.EXACT, "bidang").done()
                .say(some, "Ketua Kelompok Nelayan", "nelayan", Stance.ASSERT, "sertifikat pesisir")
                .number("12", 12.0, 12, 12, Qualifier.EXACT, "bidang").done().build();
        assertThat(ofType(find(List.of(twoVoices)), FindingType.NUMERIC))
                .as("two sources in one article may still disagree").hasSize(1);
    }

    /** An article in which {@code speaker} gives 180 bidang and, in a second statement, 12 of them. */
    private static ArticleStatements breakdown(String file, LocalDate day, String speaker, String party) {
        String all = "ada 180 bidang bersertifikat di pesisir itu";
        String some = "12 bidang di antaranya bersertifikat hak milik";
        return ArticleFixture.article(file, "Menurut dia, " + all + ". Ia juga menyebut " + some + ".").published(day)
                .say(all, speaker, party, Stance.ASSERT, "sertifikat pesisir")
                .number("180", 180.0, 180, 180, Qualifier.EXACT, "bidang").done()
                .say(some, speaker, party, Stance.ASSERT, "sertifikat pesisir")
                .number("12", 12.0, 12, 12, Qualifier.EXACT, "bidang").done().build();
    }

    @Test
    void aMeasureOneVoiceGivesTwiceInEveryArticleMeasuresTwoThings() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 4);
        assertThat(ofType(find(List.of(breakdown("001_a.txt", day, "Kepala Kantor Pertanahan", "BPN"),
                breakdown("002_b.txt", day, "Kepala Kantor Pertanahan", "BPN"))), FindingType.NUMERIC))
                .as("two outlets printing one speaker's breakdown").isEmpty();
        assertThat(ofType(find(List.of(breakdown("001_a.txt", day, "Kepala Kantor Pertanahan", "BPN"),
                breakdown("002_b.txt", day, "Kepala Kantor Pertanahan", "BPN"),
                ArticleFixture.article("003_c.txt", "Ketua nelayan menyebut 12 bidang bersertifikat di pesisir itu.")
                        .published(day).say("12 bidang bersertifikat di pesisir itu", "Ketua nelayan", "nelayan",
                                Stance.ASSERT, "sertifikat pesisir").number("12", 12.0, 12, 12, Qualifier.EXACT, "bidang")
                        .done().build())), FindingType.NUMERIC))
                .as("an article giving one of the figures alone still meets the other").hasSize(1);
    }

    /** An article in which {@code speaker} gives only {@code figure} bidang, as an outlet quoting part of a breakdown. */
    private static ArticleStatements oneFigure(String file, LocalDate day, String speaker, String figure, double value) {
        String claim = figure + " bidang bersertifikat di pesisir itu";
        return ArticleFixture.article(file, speaker + " menyebut " + claim + ".").published(day)
                .say(claim, speaker, "BPN", Stance.ASSERT, "sertifikat pesisir")
                .number(figure, value, value, value, Qualifier.EXACT, "bidang").done().build();
    }

    @Test
    void anOutletQuotingOnePartOfAVoicesBreakdownIsNoOtherSideOfIt() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 4);
        assertThat(ofType(find(List.of(breakdown("001_a.txt", day, "Kepala Kantor Pertanahan", "BPN"),
                oneFigure("002_b.txt", day, "Kepala Kantor Pertanahan", "12", 12))), FindingType.NUMERIC))
                .as("the speaker gives 180 and 12 together in one article; another quotes only the 12").isEmpty();
        assertThat(ofType(find(List.of(oneFigure("001_a.txt", day, "Kepala Kantor Pertanahan", "180", 180),
                oneFigure("002_b.txt", day, "Kepala Kantor Pertanahan", "12", 12))), FindingType.NUMERIC))
                .as("one voice's two figures that no article prints together: one report is wrong").hasSize(1);
    }

    @Test
    void aWeekdayInTheAttributionIsTheLastSuchDayUpToPublication() throws Exception {
        LocalDate monday = LocalDate.of(2024, 10, 28);
        String claim = "3.000 tentara Korut sudah berada di Rusia";
        ArticleStatements saidMonday = ArticleFixture.article("001_a.txt", "Kepala NIS menyatakan " + claim + ", kata dia pada Senin.")
                .published(monday.plusDays(1)).date("Senin", java.time.DayOfWeek.MONDAY, 0, 0, null)
                .say(claim, "Kepala NIS", "ROK", Stance.ASSERT, "troops").number("3.000", 3000.0, 3000, 3000, Qualifier.EXACT, "tentara")
                .done().build();
        List<ArticleStatements> story = List.of(saidMonday,
                exact("002_b.txt", monday, "Pentagon", 1500, "1.500"),
                exact("003_c.txt", monday.plusDays(2), "Menteri Pertahanan", 10000, "10.000"));

        List<Finding> numeric = ofType(find(story), FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).title()).contains("28 October 2024");
        assertThat(numeric.get(0).evidence()).extracting(Evidence::fileName).containsExactlyInAnyOrder("001_a.txt", "002_b.txt");
    }

    @Test
    void aFigureWhoseSentenceSaysTheCountMovedFromTheOtherIsNoConflict() throws Exception {
        LocalDate day = LocalDate.of(2024, 10, 28);
        String claim = "3.000 tentara Korut sudah berada di Rusia";
        ArticleStatements raised = ArticleFixture.article("001_a.txt", "Kepala NIS menyatakan " + claim
                        + ", menaikkan perkiraan dari 1.500.")
                .published(day).say(claim, "Kepala NIS", "ROK", Stance.ASSERT, "troops")
                .number("3.000", 3000.0, 3000, 3000, Qualifier.EXACT, "tentara").done().build();
        List<ArticleStatements> story = List.of(raised, exact("002_b.txt", day, "Pentagon", 1500, "1.500"));

        assertThat(ofType(find(story), FindingType.NUMERIC)).isEmpty();
        assertThat(ofType(find(List.of(exact("003_c.txt", day, "Kepala NIS", 3000, "3.000"),
                exact("002_b.txt", day, "Pentagon", 1500, "1.500"))), FindingType.NUMERIC))
                .as("without the sentence telling of the move they conflict").hasSize(1);
    }

    /**
     * A date that opens inside the claim is when something happened, even when the claim stops before the
     * mention's closing parenthesis ("… terbalik pada Sabtu malam (1/6" as a cut claim): it does not time the
     * report, so two figures of one count given the same day still conflict, not move on.
     */
    @Test
    void aDateOpeningInsideTheClaimDoesNotTimeTheReportEvenWhenItRunsPastTheClaim() throws Exception {
        LocalDate published = LocalDate.of(2024, 6, 3);
        String text = "Syahbandar menyatakan kapal membawa 52 penumpang saat terbalik pada Sabtu malam (1/6).";
        String claim = "kapal membawa 52 penumpang saat terbalik pada Sabtu malam (1/6";
        ArticleStatements cut = ArticleFixture.article("001_a.txt", text).published(published)
                .date("Sabtu malam (1/6)", java.time.DayOfWeek.SATURDAY, 1, 6, null)
                .say(claim, "Syahbandar", "Syahbandar", Stance.ASSERT, "ferry")
                .number("52", 52.0, 52, 52, Qualifier.EXACT, "penumpang").done().build();
        String other = "kapal membawa 45 penumpang";
        ArticleStatements second = ArticleFixture.article("002_b.txt", "Tim SAR menyatakan " + other + ".")
                .published(published).say(other, "Tim SAR", "SAR", Stance.ASSERT, "ferry")
                .number("45", 45.0, 45, 45, Qualifier.EXACT, "penumpang").done().build();

        List<Finding> findings = find(List.of(cut, second));

        assertThat(ofType(findings, FindingType.EVOLVING)).isEmpty();
        assertThat(ofType(findings, FindingType.NUMERIC)).hasSize(1);
    }

    /**
     * A date outside the claim earlier than the day the claim counts up to is when something happened, not when the
     * figure was said: a report speaks as of no later day than it was given. "Memasuki hari kelima pascalongsor pada
     * Senin (4/3) lalu, Posko merilis data per Sabtu (9/3) …" gives the 9th's count, so another count of the 9th
     * conflicts with it rather than being the count moving on from the 4th.
     */
    @Test
    void aDateBeforeTheDayTheClaimCountsUpToIsTheEventsNotTheReports() throws Exception {
        LocalDate saturday = LocalDate.of(2024, 3, 9);
        String claim = "data per Sabtu (9/3) sebanyak 23 orang meninggal dunia";
        ArticleStatements released = posko(ArticleFixture.article("001_a.txt", "Memasuki hari kelima pascalongsor di "
                + "Desa Karangjati pada Senin (4/3) lalu, Posko Gabungan merilis " + claim + ".").published(saturday)
                .date("Senin (4/3)", java.time.DayOfWeek.MONDAY, 4, 3, null), claim);

        List<Finding> findings = find(List.of(released, rescuers(saturday)));

        assertThat(ofType(findings, FindingType.EVOLVING)).isEmpty();
        List<Finding> numeric = ofType(findings, FindingType.NUMERIC);
        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).title()).contains("9 March 2024");
    }

    /** A date outside the claim no earlier than the claim's as-of day still times the report. */
    @Test
    void aDateOfTheAttributionAfterTheClaimsAsOfDayStillTimesTheReport() throws Exception {
        LocalDate sunday = LocalDate.of(2024, 3, 10);
        String claim = "data per Sabtu (9/3) sebanyak 23 orang meninggal dunia";
        ArticleStatements released = posko(ArticleFixture.article("001_a.txt", "Posko Gabungan merilis " + claim
                + ", kata Budi Hartono, Minggu (10/3).").published(sunday.plusDays(1))
                .date("Minggu (10/3)", java.time.DayOfWeek.SUNDAY, 10, 3, null), claim);

        List<Finding> numeric = ofType(find(List.of(released, rescuers(sunday))), FindingType.NUMERIC);

        assertThat(numeric).hasSize(1);
        assertThat(numeric.get(0).title()).contains("10 March 2024");
    }

    /** The command post's 23 dead "per Sabtu (9/3)", in {@code article}, whose other dates are already marked. */
    private static ArticleStatements posko(ArticleFixture article, String claim) {
        return article.date("Sabtu (9/3)", java.time.DayOfWeek.SATURDAY, 9, 3, null)
                .say(claim, "Posko Gabungan", "Posko", Stance.ASSERT, "landslide")
                .number("23", 23.0, 23, 23, Qualifier.EXACT, "orang", "dead").done().build();
    }

    /** An undated report of 27 dead from the search team, published on {@code day}. */
    private static ArticleStatements rescuers(LocalDate day) {
        String claim = "27 orang meninggal dunia";
        return ArticleFixture.article("002_b.txt", "Tim SAR Karangjati menyatakan " + claim + ".")
                .published(day).say(claim, "Tim SAR Karangjati", "SAR", Stance.ASSERT, "landslide")
                .number("27", 27.0, 27, 27, Qualifier.EXACT, "orang", "dead").done().build();
    }
}
