package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aspect of an event a claim names, read from the rules' {@code aspects}, on invented claims. */
class AspectsTest {
    private static Set<String> named(Aspects a, String claim) {
        return a.named(ClaimWords.tokens(claim));
    }

    @Test
    void aClaimNamesTheAspectsOfItsPhrasesTheLongestFirst() {
        Aspects a = new Aspects(Map.of("cause", List.of("penyebab", "caused by"), "origin", List.of("berasal dari", "asal")));

        assertThat(named(a, "penyebab utama kebakaran lumbung")).containsExactly("cause");
        assertThat(named(a, "api berasal dari dapur umum")).containsExactly("origin");
        assertThat(named(a, "the blaze was caused by a heater")).containsExactly("cause");
        assertThat(named(a, "asap berasal dari penyebab lain")).containsExactly("cause", "origin");
        assertThat(named(a, "api padam dalam dua jam")).as("the event as a whole").isEmpty();
        assertThat(named(Aspects.NONE, "penyebab utama kebakaran lumbung")).isEmpty();
    }

    @Test
    void twoClaimsAgreeWhenOneNamesNoAspectOrTheyShareOne() {
        assertThat(Aspects.agree(Set.of("cause"), Set.of("origin"))).isFalse();
        assertThat(Aspects.agree(Set.of("cause"), Set.of("cause", "origin"))).isTrue();
        assertThat(Aspects.agree(Set.of(), Set.of("origin"))).isTrue();
        assertThat(Aspects.agree(Set.of("count"), Set.of())).isTrue();
    }

    @Test
    void theLanguagesRulesShareOneAspectByItsName() throws Exception {
        Aspects a = Aspects.of(RulesLoader.load(Path.of("rules")).languages().values());

        assertThat(named(a, "kebakaran disebabkan korsleting")).containsExactly("cause");
        assertThat(named(a, "the fire was blamed on a faulty cable")).containsExactly("cause");
        assertThat(named(a, "api bermula dari ruang mesin")).containsExactly("origin");
        assertThat(named(a, "the fire originated in the engine room")).containsExactly("origin");
        assertThat(named(a, "jumlah korban luka")).containsExactly("count");
        assertThat(named(a, "gudang itu terbakar habis")).isEmpty();
        assertThat(named(a, "jangan asal menuduh pengelola pasar")).as("a bare \"asal\" is \"carelessly\"").isEmpty();
        assertThat(named(a, "asal usul api belum diketahui")).containsExactly("origin");
    }
}
