package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A short form written inside one blended short form of the folder's parties is that body ({@link BlendedBodies}). */
class BlendedBodiesTest {
    private static final Predicate<String> PLACE = Set.of("Wetan", "Kulon")::contains;

    @Test
    void theMiddlePieceOfABlendIsTheBlendedBodyItsPlaceKept() {
        assertThat(BlendedBodies.blended("SAR Wetan", Set.of("Basarnas", "Polres"), PLACE)).isEqualTo("Basarnas Wetan");
        assertThat(BlendedBodies.blended("SAR", Set.of("Basarnas"), PLACE)).isEqualTo("Basarnas");
    }

    @Test
    void noBlendANameAfterItTwoBlendsOrAnOpeningPieceLeaveThePartyAsItIs() {
        assertThat(BlendedBodies.blended("SAR Wetan", Set.of("Polres"), PLACE)).as("no blend holds it").isEqualTo("SAR Wetan");
        assertThat(BlendedBodies.blended("SAR Relawan", Set.of("Basarnas"), PLACE)).as("no place after it").isEqualTo("SAR Relawan");
        assertThat(BlendedBodies.blended("SAR", Set.of("Basarnas", "Kasarpol"), PLACE)).as("two blends").isEqualTo("SAR");
        assertThat(BlendedBodies.blended("BAS", Set.of("Basarnas"), PLACE)).as("a blend's opening piece").isEqualTo("BAS");
        assertThat(BlendedBodies.blended("Sar", Set.of("Basarnas"), PLACE)).as("no short form").isEqualTo("Sar");
    }

    private static Statement statement(String id) {
        return new Statement(id, "a.txt", new dev.tilik.text.CharSpan(0, 10), new dev.tilik.text.CharSpan(2, 9), "Rina",
                new dev.tilik.text.CharSpan(1, 3), null, "ujar", null, true, null, dev.tilik.model.Stance.ASSERT, null, List.of(),
                List.of(), StanceBasis.CUE_ON_TOPIC);
    }

    @Test
    void aRunOfCapitalsIsNoBlendAndOnlyTheFoldersPartiesAreRead() {
        Statement a = statement("a");
        Statement b = statement("b");
        Statement c = statement("c");
        Map<Statement, String> party = new LinkedHashMap<>();
        party.put(a, "Basarnas Wetan");
        party.put(b, "SAR Kulon");
        party.put(c, "DPR");
        party.put(statement("d"), "DPRD Wetan");
        BlendedBodies.complete(party, PLACE);
        assertThat(List.of(party.get(a), party.get(b), party.get(c))).containsExactly("Basarnas Wetan", "Basarnas Kulon", "DPR");
    }
}
