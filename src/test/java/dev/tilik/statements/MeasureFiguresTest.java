package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lengths, areas, weights, volumes, shares and money: one thing's measure, in its dimension's base unit. */
class MeasureFiguresTest {
    /** The thing under its content key: the stem, which the English glossary's "bridge" meets too. */
    private static final String BRIDGE = "length of jembat";

    private static List<NumberMention> id(String claim) {
        return Extract.one("id", "Camat Suryadi mengatakan " + claim + ".").numbers();
    }

    private static List<NumberMention> en(String claim) {
        return Extract.one("en", "The district head said " + claim + ".").numbers();
    }

    @Test
    void aLengthIsTheAttributeOfTheThingBeforeIt() {
        assertThat(id("jembatan gantung sepanjang 12,45 km itu rusak"))
                .extracting(NumberMention::value, NumberMention::counted).containsExactly(tuple(12450.0, BRIDGE));
        assertThat(id("jembatan gantung yang melintang sepanjang 12,54 kilometer itu rusak"))
                .extracting(NumberMention::counted).containsExactly(BRIDGE);
        assertThat(id("pembangunan jembatan gantung sepanjang 12 kilometer itu dihentikan"))
                .as("a nominalised action before the thing is no thing").extracting(NumberMention::counted)
                .containsExactly(BRIDGE);
        assertThat(id("tanggul setinggi 4 meter itu retak")).extracting(NumberMention::counted)
                .containsExactly("height of tanggul");
    }

    @Test
    void aBareFigureBeforeAConjunctionSharesTheNextFiguresUnit() {
        // an invented warehouse and shed: the unit written once, after the second figure
        assertThat(id("kapasitas gudangnya 40 dan muatannya kini 90 ton"))
                .extracting(NumberMention::value, NumberMention::unit, NumberMention::counted)
                .first().isEqualTo(tuple(40000.0, "ton", "weight of kapasitas"));
        assertThat(en("the shed has a length of 40 and a width of 12 metres"))
                .extracting(NumberMention::unit, NumberMention::counted)
                .first().isEqualTo(tuple("metres", "length of shed"));
        assertThat(id("40 dan 90 orang mengungsi")).as("no measure after the next figure: nothing shared")
                .extracting(NumberMention::unit).first().isNull();
        assertThat(id("40 orang dan 90 ton beras hilang")).as("a figure with its own noun keeps it")
                .extracting(NumberMention::unit).first().isNotEqualTo("ton");
    }

    @Test
    void anAttributeBeforeARelativeClauseNamesTheThingNotANounInsideIt() {
        assertThat(id("luas kebun sawit yang dipetakan oleh tim survei dan pesawat nirawak adalah 42,5 hektare"))
                .extracting(NumberMention::counted).containsExactly("area of kebun");
        assertThat(id("kebun sawit yang dipetakan oleh tim survei seluas 42,5 hektare"))
                .as("no attribute before the relative clause: the nearest noun phrase, as before")
                .extracting(NumberMention::counted).containsExactly("area of tim");
    }

    @Test
    void aMeasureNoNounNamesIsTheActOfTheRelativeClauseAfterIt() {
        assertThat(id("dari 75 hektare yang ditebang, baru 20 hektare ditanami kembali"))
                .extracting(NumberMention::counted).first().isEqualTo("area of tebang");
        assertThat(id("kebun seluas 75 hektare yang ditebang itu ditanami kembali"))
                .as("a noun before the measure names its thing").extracting(NumberMention::counted)
                .containsExactly("area of kebun");
    }

    @Test
    void aMeasureIsAsPreciseAsItsLastDigit() {
        NumberMention round = id("jembatan gantung sepanjang 12 km itu rusak").get(0);
        NumberMention precise = id("jembatan gantung sepanjang 12,45 km itu rusak").get(0);
        NumberMention swapped = id("jembatan gantung sepanjang 12,54 km itu rusak").get(0);
        assertThat(round.low()).isLessThanOrEqualTo(precise.low());
        assertThat(round.high()).isGreaterThanOrEqualTo(swapped.high());
        assertThat(precise.high()).isLessThan(swapped.low());
        assertThat(id("jembatan gantung sepanjang 12.450 meter itu rusak").get(0))
                .as("units of one dimension convert").satisfies(m -> assertThat(m.value()).isEqualTo(12450.0));
    }

    @Test
    void aUnitDividedByAnotherIsARateNoMeasure() {
        assertThat(id("arus sungai mencapai 1,8 meter per detik")).as("a speed is no length").isEmpty();
        assertThat(en("the current reached 1.8 metres per second")).as("a speed is no length").isEmpty();
        assertThat(id("arus sungai setinggi 1,8 meter")).extracting(NumberMention::value).containsExactly(1.8);
    }

    @Test
    void areasMoneyAndShares() {
        assertThat(id("sawah seluas 1,5 hektare terendam")).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(15000.0, "area of sawah"));
        assertThat(id("kerugian daerah mencapai Rp 12,3 miliar")).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(12.3e9, "amount in Rp of rugi"));
        assertThat(id("harga beras naik 15 persen")).extracting(NumberMention::counted).containsExactly("share of harga");
    }

    @Test
    void englishPutsTheThingAfterTheUnit() {
        assertThat(en("the 12.45-kilometer suspension bridge was damaged"))
                .extracting(NumberMention::value, NumberMention::counted).containsExactly(tuple(12450.0, BRIDGE));
        assertThat(en("a 12 kilometer (km) long suspension bridge was damaged"))
                .extracting(NumberMention::counted).containsExactly(BRIDGE);
    }

    @Test
    void countsStayCounts() {
        assertThat(id("41 orang dinyatakan meninggal dunia")).extracting(NumberMention::counted).containsExactly("dead");
    }
    @Test
    void aFigureThatHoldsForSomeNotForAllIsACeiling() {
        // an invented district's water tariff, its head explaining the rise
        assertThat(id("kenaikan tarif air sebesar 180 persen itu tidak semuanya"))
                .extracting(NumberMention::qualifier, NumberMention::low, NumberMention::high)
                .containsExactly(tuple(dev.tilik.model.Qualifier.UP_TO, 0.0, 180.0));
        assertThat(en("the water tariff rise of 180 percent is not for everyone"))
                .extracting(NumberMention::qualifier).containsExactly(dev.tilik.model.Qualifier.UP_TO);
        assertThat(id("kenaikan tarif air sebesar 180 persen, tidak semuanya setuju"))
                .as("after a comma the words speak of another clause").extracting(NumberMention::qualifier)
                .containsExactly(dev.tilik.model.Qualifier.EXACT);
        assertThat(id("kenaikan tarif air sebesar 180 persen berlaku bagi semua pelanggan"))
                .extracting(NumberMention::qualifier).containsExactly(dev.tilik.model.Qualifier.EXACT);
    }
}
