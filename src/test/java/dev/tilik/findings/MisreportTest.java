package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Misreports on statements built by hand: one person's account of one event put on two days by two
 * outlets ({@link Timelines}), and a refusal naming no proposition of its own read as a refusal on
 * its article's subject, within two days. Each with the cases that must stay quiet.
 */
class MisreportTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    private static List<Finding> misreports(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    private static ArticleStatements account(String file, String speaker, String quote, String day, DayOfWeek weekday) {
        String text = "\u201C" + quote + ",\u201D kata " + speaker + ".";
        return ArticleFixture.article(file, text).published(DAY).date(day, weekday, 0, 0, null)
                .say(quote, speaker, "awak kapal", Stance.ASSERT, "asap mesin").quote().done().build();
    }

    @Test
    void onePersonTellingOneEventOnTwoDaysInTwoOutletsIsAMisreport() throws Exception {
        List<Finding> f = misreports(
                account("a.txt", "Yusuf Hamdani", "Baru pada Senin sore mesin kiri mengeluarkan asap hitam pekat", "Senin", DayOfWeek.MONDAY),
                account("b.txt", "Yusuf Hamdani", "Jadi Sabtu sore mesin kiri mengeluarkan asap hitam pekat", "Sabtu", DayOfWeek.SATURDAY));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("Yusuf Hamdani").contains("Monday").contains("Saturday");
        assertThat(f.get(0).evidence()).extracting(Evidence::fileName, Evidence::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", 0), org.assertj.core.groups.Tuple.tuple("b.txt", 1));
    }

    @Test
    void theSameDayAnotherPersonOrAnotherEventIsNoMisreport() throws Exception {
        ArticleStatements monday = account("a.txt", "Yusuf Hamdani", "Baru pada Senin sore mesin kiri mengeluarkan asap hitam pekat",
                "Senin", DayOfWeek.MONDAY);
        assertThat(misreports(monday, account("b.txt", "Yusuf Hamdani",
                "Jadi Senin sore mesin kiri mengeluarkan asap hitam pekat", "Senin", DayOfWeek.MONDAY)))
                .as("the same day in both").isEmpty();
        assertThat(misreports(monday, account("b.txt", "Rina Marlina",
                "Jadi Sabtu sore mesin kiri mengeluarkan asap hitam pekat", "Sabtu", DayOfWeek.SATURDAY)))
                .as("two people, two days").isEmpty();
        assertThat(misreports(monday, account("b.txt", "Yusuf Hamdani",
                "Jadi Sabtu pagi petugas memeriksa dokumen penumpang kapal", "Sabtu", DayOfWeek.SATURDAY)))
                .as("another event on another day").isEmpty();
    }

    private static ArticleStatements lead(String file, LocalDate day, String lead, String sentence, String claim,
                                          Stance stance, String topic) {
        return ArticleFixture.article(file, lead + "\n" + sentence).published(day)
                .say(claim, "Kepala Dinas Perhubungan, Hendra Wibowo", "Dinas Perhubungan", stance, topic)
                .basis(StanceBasis.CUE).done().build();
    }

    /** The ferry fire's official denying, in article a.txt, that the fire had to do with the diesel cargo. */
    private static ArticleStatements fuelDenial() throws Exception {
        return lead("a.txt", DAY, "Kebakaran kapal feri di Selat Karang.",
                "Kepala Dinas Perhubungan, Hendra Wibowo, menegaskan kebakaran kapal tidak terkait muatan solar.",
                "kebakaran kapal tidak terkait muatan solar", Stance.DENY, "kebakaran kapal");
    }

    @Test
    void aRefusalOnTheCaseInAnArticleAboutTheClaimMeetsTheSamePersonsDenialWithinTwoDays() throws Exception {
        ArticleStatements denial = fuelDenial();
        String refusal = "Kepala Dinas Perhubungan, Hendra Wibowo, mengaku belum mendapat informasi resmi soal kasus ini.";
        String claim = "belum mendapat informasi resmi soal kasus ini";

        assertThat(misreports(denial, lead("b.txt", DAY, "Warga mempertanyakan penyebab kebakaran kapal feri.", refusal,
                claim, Stance.NO_COMMENT, null))).hasSize(1);
        assertThat(misreports(denial, lead("b.txt", DAY.plusDays(10), "Warga mempertanyakan penyebab kebakaran kapal feri.",
                refusal, claim, Stance.NO_COMMENT, null))).as("ten days later: a later answer").isEmpty();
        assertThat(misreports(denial, lead("b.txt", DAY, "Harga tiket feri naik jelang libur panjang.", refusal, claim,
                Stance.NO_COMMENT, null))).as("an article about something else").isEmpty();
        ArticleStatements guess = ArticleFixture.article("b.txt", "Warga mempertanyakan penyebab kebakaran kapal feri.\n"
                        + "Kepala Dinas Perhubungan, Hendra Wibowo, menduga api kemungkinan besar berasal dari dapur.").published(DAY)
                .say("api kemungkinan besar berasal dari dapur", "Kepala Dinas Perhubungan, Hendra Wibowo", "Dinas Perhubungan",
                        Stance.HEDGE, null).basis(StanceBasis.MARKER).done().build();
        assertThat(misreports(denial, guess)).as("a guess at something else is no refusal to deny").isEmpty();
    }

    @Test
    void aRefusalNamingAThingOfItsOwnDeclinesOnThatThingNotOnTheDenial() throws Exception {
        ArticleStatements denial = fuelDenial();
        String refusal = "\u201CKalau soal pergantian Kepala Syahbandar, saya tidak menanggapi,\u201D kata Hendra Wibowo.";
        String claim = "Kalau soal pergantian Kepala Syahbandar, saya tidak menanggapi";

        assertThat(misreports(denial, lead("b.txt", DAY, "Warga mempertanyakan penyebab kebakaran kapal feri.", refusal,
                claim, Stance.NO_COMMENT, null))).as("it names the harbour master, whom the denial never names").isEmpty();
        String named = "Kalau soal Kebakaran Kapal, saya tidak menanggapi";
        assertThat(misreports(denial, lead("b.txt", DAY, "Warga mempertanyakan penyebab kebakaran kapal feri.",
                "\u201C" + named + ",\u201D kata Hendra Wibowo.", named, Stance.NO_COMMENT, null)))
                .as("what it names is what was denied").hasSize(1);
    }

    @Test
    void aRefusalToSayWhenOrHowMuchDeclinesADetailNotTheDenial() throws Exception {
        ArticleStatements denial = fuelDenial();
        String when = "kapan penyelidikan kebakaran kapal itu selesai";
        assertThat(misreports(denial, lead("b.txt", DAY, "Penyelidikan kebakaran kapal feri berlanjut.",
                "Hendra Wibowo tidak merinci " + when + ".", when, Stance.NO_COMMENT, "kebakaran kapal")))
                .as("when the inquiry ends is a detail, not whether the fire was the fuel's").isEmpty();
        String whether = "penyebab kebakaran kapal itu";
        assertThat(misreports(denial, lead("b.txt", DAY, "Penyelidikan kebakaran kapal feri berlanjut.",
                "Hendra Wibowo enggan mengomentari " + whether + ".", whether, Stance.NO_COMMENT, "kebakaran kapal")))
                .as("a refusal on the fire itself").hasSize(1);
    }
    @Test
    void aRefusalIsJudgedByTheThingItRefuses() throws Exception {
        ArticleStatements denial = fuelDenial();
        String headline = "Penyelidikan kebakaran kapal feri berlanjut.";
        assertThat(misreports(denial, lead("b.txt", DAY, headline, "Hendra Wibowo tak merespons.", "", Stance.NO_COMMENT,
                "kebakaran kapal"))).as("a refusal with no object refuses nothing the denial answers").isEmpty();
        assertThat(misreports(denial, lead("b.txt", DAY, headline, "Hendra Wibowo tak merespons.", "", Stance.NO_COMMENT,
                null))).as("nor on the matter at hand").isEmpty();
        String other = "pertanyaan wartawan soal izin dermaga";
        assertThat(misreports(denial, lead("b.txt", DAY, headline, "Hendra Wibowo enggan menanggapi " + other + ".", other,
                Stance.NO_COMMENT, "kebakaran kapal"))).as("it refuses the pier's permit, not the fuel").isEmpty();
        String same = "pertanyaan wartawan soal muatan solar";
        assertThat(misreports(denial, lead("b.txt", DAY, headline, "Hendra Wibowo enggan menanggapi " + same + ".", same,
                Stance.NO_COMMENT, "kebakaran kapal"))).as("it refuses what was denied").hasSize(1);
    }

    @Test
    void aRefusalAndADenialMeetOnlyOnOneAspectOfTheEvent() throws Exception {
        String refused = "penyebab utama kebakaran kapal";
        ArticleStatements refusal = lead("a.txt", DAY, "Kebakaran kapal feri di Selat Karang.",
                "Hendra Wibowo enggan menyebut " + refused + ".", refused, Stance.NO_COMMENT, "kebakaran kapal");
        String origin = "api kebakaran kapal berasal dari gudang";
        assertThat(misreports(refusal, lead("b.txt", DAY, "Penyelidikan kebakaran kapal feri berlanjut.",
                "Hendra Wibowo membantah " + origin + ".", origin, Stance.DENY, "kebakaran kapal")))
                .as("the cause refused, where the fire started denied: two questions").isEmpty();
        String cause = "kebakaran kapal disebabkan korsleting";
        assertThat(misreports(refusal, lead("b.txt", DAY, "Penyelidikan kebakaran kapal feri berlanjut.",
                "Hendra Wibowo membantah " + cause + ".", cause, Stance.DENY, "kebakaran kapal")))
                .as("the cause refused and a cause denied").hasSize(1);
    }
}
