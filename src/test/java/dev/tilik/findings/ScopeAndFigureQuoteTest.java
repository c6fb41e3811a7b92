package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Two finding kinds on statements built by hand: a headline that drops the limit its own body puts on
 * the claim ({@code headlineScope}), and one sentence quoted by two outlets with a different figure
 * ({@link FigureQuotes}). Each with the cases that must stay quiet.
 */
class ScopeAndFigureQuoteTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private static List<Finding> findings(FindingType type, ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == type).toList();
    }

    private static ArticleStatements headed(String headline, String headClaim, String body, String bodyClaim, Stance stance) {
        return ArticleFixture.article("a.txt", headline + "\n" + body).headlineFirstLine().published(DAY)
                .say(headClaim, "Dinas PU", "Dinas PU", stance, "jembatan").done()
                .say(bodyClaim, "Kepala Dinas PU, Bambang Santoso", "Dinas PU", stance, "galian").done()
                .build();
    }

    @Test
    void aFlatHeadlineOverABodyThatSaysNotDirectlyIsHeadlineAgainstBody() throws Exception {
        List<Finding> f = findings(FindingType.HEADLINE_VS_BODY, headed(
                "Dinas PU Sebut Runtuhnya Jembatan Tak Terkait Galian Pasir",
                "Runtuhnya Jembatan Tak Terkait Galian Pasir",
                "Kepala Dinas PU, Bambang Santoso, menyatakan runtuhnya jembatan tidak terkait langsung dengan galian pasir.",
                "runtuhnya jembatan tidak terkait langsung dengan galian pasir", Stance.DENY));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("\u201Clangsung\u201D");
        assertThat(f.get(0).explanation()).contains("Runtuhnya Jembatan Tak Terkait Galian Pasir")
                .contains("tidak terkait langsung").contains("Bambang Santoso");
        assertThat(f.get(0).evidence()).extracting(Evidence::statementId, Evidence::side)
                .containsExactly(Tuple.tuple("a.txt#1", 0), Tuple.tuple("a.txt#2", 1));
    }

    private static final String LIMITED = "runtuhnya jembatan tidak terkait langsung dengan galian pasir";

    private static List<Finding> scoped(String headline, String body, Stance stance) throws Exception {
        return findings(FindingType.HEADLINE_VS_BODY, headed(headline, headline,
                "Kepala Dinas PU, Bambang Santoso, menyatakan " + body + ".", body, stance));
    }

    @Test
    void aHeadlineKeepingTheLimitOrTellingAnotherClaimIsNotFlagged() throws Exception {
        assertThat(scoped("Runtuhnya Jembatan Tak Terkait Langsung Galian Pasir", LIMITED, Stance.DENY))
                .as("the headline keeps the limit").isEmpty();
        assertThat(scoped("Harga Pasir Naik Tajam di Batu Ampar", LIMITED, Stance.ASSERT))
                .as("another claim in the headline").isEmpty();
        assertThat(scoped("Runtuhnya Jembatan Tak Terkait Galian Pasir", "runtuhnya jembatan tidak terkait dengan galian pasir",
                Stance.DENY)).as("the body is as flat as the headline").isEmpty();
    }

    private static ArticleStatements quoted(String file, LocalDate day, String quote) {
        String text = "\u201C" + quote + ",\u201D kata Ketua DPRD, Sri Handayani.";
        return ArticleFixture.article(file, text).published(day)
                .say(quote, "Ketua DPRD, Sri Handayani", "DPRD", Stance.ASSERT, "korban").quote().done().build();
    }

    private static final String SIX = "Yang saya dengar dari rumah sakit ada satu orang meninggal, enam orang luka berat, dan sisanya sudah pulang";
    private static final String TWO = "Yang saya dengar dari rumah sakit ada satu orang meninggal, 2 orang luka berat, dan sisanya sudah pulang";

    @Test
    void oneSentenceQuotedWithTwoFiguresTheSameDayIsAMisreport() throws Exception {
        List<Finding> f = findings(FindingType.MISREPORT, quoted("a.txt", DAY, SIX), quoted("b.txt", DAY, TWO),
                quoted("c.txt", DAY, SIX));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("enam").contains("2");
        assertThat(f.get(0).explanation()).contains("a.txt quotes").contains("b.txt quotes").contains("cannot have carried both");
        assertThat(f.get(0).evidence()).as("the figure most outlets give is side 0")
                .extracting(Evidence::fileName, Evidence::side)
                .containsExactlyInAnyOrder(Tuple.tuple("a.txt", 0), Tuple.tuple("c.txt", 0), Tuple.tuple("b.txt", 1));
    }

    @Test
    void theSameFigureDaysApartOrOtherWordsIsNoMisreport() throws Exception {
        assertThat(findings(FindingType.MISREPORT, quoted("a.txt", DAY, SIX), quoted("b.txt", DAY, SIX.replace("enam", "6"))))
                .as("the same figure, in words and in digits").isEmpty();
        assertThat(findings(FindingType.MISREPORT, quoted("a.txt", DAY, SIX), quoted("b.txt", DAY.plusDays(6), TWO)))
                .as("six days later: the count moved").isEmpty();
        assertThat(findings(FindingType.MISREPORT, quoted("a.txt", DAY, SIX),
                quoted("b.txt", DAY, "Menurut data kami ada dua orang luka berat di ruang bedah hari ini")))
                .as("another sentence").isEmpty();
    }

    @Test
    void aFiguresContextIsTheWordsAroundItWithOtherFiguresBlankedNeverADateOrATime() throws Exception {
        ArticleStatements a = quoted("a.txt", DAY, SIX);
        FigureQuotes q = new FigureQuotes(java.util.Map.of("satu", 1.0, "enam", 6.0));
        Voice v = Voice.of(a.statements().get(0), a, null, "x", false);

        assertThat(q.figures(v)).extracting(FigureQuotes.Quoted::text, FigureQuotes.Quoted::value, FigureQuotes.Quoted::context)
                .containsExactly(
                        Tuple.tuple("satu", "1", "dari rumah sakit ada | orang meninggal #"),
                        Tuple.tuple("enam", "6", "ada # orang meninggal | orang luka berat"));
        ArticleStatements dated = quoted("d.txt", DAY, "Rapat dengar pendapat digelar pada 10/6 pukul 09.30 di gedung dewan kota");
        assertThat(q.figures(Voice.of(dated.statements().get(0), dated, null, "x", false))).isEmpty();
    }

    private static ArticleStatements ransom(String file, String sentence, String figure, double value, String counted) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Menteri, Budi Santoso", "Kementerian", Stance.ASSERT, "tebusan")
                .number(figure, value, value, value, dev.tilik.model.Qualifier.EXACT, "Rp", counted).done().build();
    }

    @Test
    void twoAmountsOfOneSumMeetInTheirTopicHoweverTheConversionIsWorded() throws Exception {
        ArticleStatements worded = ransom("a.txt", "Peretas meminta tebusan 8 juta dolar, sekitar Rp 171 miliar.", "Rp 171 miliar",
                171e9, "amount in Rp of dolar");
        ArticleStatements plain = ransom("b.txt", "Peretas meminta tebusan 8 juta dolar atau Rp 131 miliar.", "Rp 131 miliar",
                131e9, null);

        assertThat(findings(FindingType.NUMERIC, worded, plain)).hasSize(1);
        assertThat(findings(FindingType.NUMERIC, worded, ransom("b.txt", "Peretas meminta tebusan 8 juta dolar, sekitar Rp 131 miliar.",
                "Rp 131 miliar", 131e9, "amount in Rp of dolar"))).as("both counted: compared once, across the folder").hasSize(1);
    }
}
