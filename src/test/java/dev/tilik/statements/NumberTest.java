package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberTest {

    private static List<NumberMention> id(String claim) {
        return Extract.one("id", "Seoul menyebut " + claim + ".").numbers();
    }

    private static List<NumberMention> en(String claim) {
        return Extract.one("en", "Seoul said " + claim + ".").numbers();
    }

    @Test
    void indonesianFiguresWithTheirQualifier() {
        assertThat(id("sekitar 1.500 tentara sudah di Rusia")).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualTo(1500.0);
            assertThat(n.qualifier()).isEqualTo(Qualifier.APPROX);
            assertThat(n.unit()).isEqualTo("tentara");
            assertThat(n.low()).isLessThan(1500).isGreaterThan(1000);
            assertThat(n.text()).isEqualTo("sekitar 1.500");
        });
        assertThat(id("ribuan tentara sudah di Rusia")).singleElement().satisfies(n -> {
            assertThat(n.value()).isNull();
            assertThat(n.qualifier()).isEqualTo(Qualifier.MAGNITUDE);
            assertThat(n.low()).isEqualTo(2000);
            assertThat(n.high()).isEqualTo(9999);
            assertThat(n.unit()).isEqualTo("tentara");
        });
        assertThat(id("setidaknya 3.000 tentara tiba")).singleElement().satisfies(n -> {
            assertThat(n.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(n.high()).isInfinite();
        });
        assertThat(id("jumlahnya hingga 12.000 personel")).singleElement()
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo(Qualifier.UP_TO));
        assertThat(id("Korut mengirim lebih dari 8.000 peluru")).singleElement().satisfies(n -> {
            assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(n.value()).isEqualTo(8000.0);
            assertThat(n.unit()).isEqualTo("peluru");
        });
        assertThat(id("Korut menerima 1,5 juta butir amunisi")).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(1_500_000.0));
    }

    @Test
    void underBeforeAFigureIsABoundLikeLessThan() {
        assertThat(id("sisanya di bawah 40 persen dari target")).singleElement().satisfies(n -> {
            assertThat(n.qualifier()).isEqualTo(Qualifier.LESS_THAN);
            assertThat(n.low()).isZero();
            assertThat(n.high()).isLessThanOrEqualTo(40.0);
        });
        assertThat(en("turnout stayed under 35 percent in the hills")).singleElement().satisfies(n -> {
            assertThat(n.qualifier()).isEqualTo(Qualifier.LESS_THAN);
            assertThat(n.low()).isZero();
        });
    }

    @Test
    void yearsDatesAndMoneyAreNotTroopCounts() {
        assertThat(id("kerja sama itu dimulai pada tahun 2022 lalu")).isEmpty();
        assertThat(id("pasukan tiba pada Jumat (18/10)")).isEmpty();
        assertThat(id("Korut dibayar Rp43 juta per tentara")).singleElement().satisfies(n -> {
            assertThat(n.unit()).isEqualTo("Rp");
            assertThat(n.value()).isEqualTo(43_000_000.0);
        });
    }

    @Test
    void englishFigures() {
        assertThat(en("at least 3,000 North Korean soldiers were in Russia")).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualTo(3000.0);
            assertThat(n.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(n.unit()).isEqualTo("soldiers");
        });
        assertThat(en("some 8,000 troops were moving")).singleElement()
                .satisfies(n -> assertThat(n.qualifier()).isEqualTo(Qualifier.APPROX));
        assertThat(en("about 1.5 million shells were shipped")).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(1_500_000.0));
        assertThat(en("thousands of troops were moving")).singleElement().satisfies(n -> {
            assertThat(n.qualifier()).isEqualTo(Qualifier.MAGNITUDE);
            assertThat(n.unit()).isEqualTo("troops");
        });
        assertThat(en("the alliance dated back to 2023")).isEmpty();
    }
}
