package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A body speaking in its own name ("Dinas Kesehatan Kabupaten Lintang menyatakan …") is not the one official an
 * article names with an office of it ("Kabid … Dinas Kesehatan Kabupaten Lintang dr Sari Andini"): the body's
 * words stand inside the official's chain, with words before and after. A short name at the chain's start
 * ("Bupati Sukamaju") or its end ("Sri Wahyuni") is still the person. Words of an outbreak written for this test.
 */
class BodyInChainTest {
    private static Set<String> words(String s) {
        return new LinkedHashSet<>(List.of(s.split(" ")));
    }

    @Test
    void aBodyInsideAnOfficialsChainIsNotThatOfficial() {
        assertThat(Persons.bodyInChain(words("Dinas Kesehatan Kabupaten Lintang"),
                words("Kabid Pencegahan Pengendalian Penyakit Dinas Kesehatan Kabupaten Lintang Sari Andini"))).isTrue();
    }

    @Test
    void aNameAtTheChainsStartOrEndIsThePerson() {
        Set<String> full = words("Bupati Sukamaju Sri Wahyuni Lestari");
        assertThat(Persons.bodyInChain(words("Bupati Sukamaju"), full)).isFalse();
        assertThat(Persons.bodyInChain(words("Sri Wahyuni Lestari"), full)).isFalse();
        assertThat(Persons.bodyInChain(words("Wahyuni"), full)).as("one word").isFalse();
    }

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2025, 3, 5);
    private static final String OFFICIAL = "Kabid Pencegahan Penyakit Dinas Kesehatan Kabupaten Lintang dr Sari Andini";

    private static List<Finding> misreports(String bodySpeaker) throws Exception {
        var a = ArticleFixture.article("a.txt", OFFICIAL + " mengatakan belum tahu penyebab diare itu.").published(DAY)
                .say("belum tahu penyebab diare itu", OFFICIAL, "Dinkes Lintang", dev.tilik.model.Stance.NO_COMMENT, "penyebab diare")
                .basis(dev.tilik.statements.StanceBasis.CUE).done().build();
        var b = ArticleFixture.article("b.txt", bodySpeaker + " membantah bahwa diare itu disebabkan air sumur.").published(DAY)
                .say("bahwa diare itu disebabkan air sumur", bodySpeaker, "Dinkes Lintang", dev.tilik.model.Stance.DENY, "penyebab diare")
                .basis(dev.tilik.statements.StanceBasis.CUE).done().build();
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(a, b), dev.tilik.model.FindingType.MISREPORT);
    }

    @Test
    void theBodySpeakingIsNotReportedAsItsOfficial() throws Exception {
        assertThat(misreports("Dinas Kesehatan Kabupaten Lintang")).as("the body's denial, the official's no-comment").isEmpty();
        assertThat(misreports("Sari Andini")).as("the official herself, named again").hasSize(1);
    }
}
