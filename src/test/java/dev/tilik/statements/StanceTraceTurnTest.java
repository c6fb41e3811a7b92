package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trace's {@code STANCE-TURN} line: which later step turned a built statement's stance, from what to what, so a
 * false denial made by a folder pass is found by its step (h33sa counted them by hand with a temporary print).
 */
class StanceTraceTurnTest {
    private static Statement asserting() {
        return new Statement("a.txt#3", "a.txt", new CharSpan(100, 160), new CharSpan(120, 160), "Budi", null, null,
                "mengatakan", null, false, null, Stance.ASSERT, null, List.of(), List.of());
    }

    @Test
    void aTurnIsOneTabSeparatedLineNamingItsStep() {
        assertThat(StanceTrace.turnLine(asserting(), Stance.DENY, StanceBasis.EVENT_NEGATED, "Propositions.relativeStance"))
                .isEqualTo("STANCE-TURN\ta.txt\t120\tPropositions.relativeStance\tassert\tdeny\tEVENT_NEGATED");
    }

    @Test
    void aStanceKeptIsNoTurn() {
        assertThat(StanceTrace.turnLine(asserting(), Stance.ASSERT, StanceBasis.CUE_ON_TOPIC, "TopicHints.x")).isNull();
    }

    @Test
    void theStepNamedIsTheMethodThatAskedForTheTurn() {
        assertThat(askedThroughTwoFrames()).isEqualTo("StanceTraceTurnTest.theStepNamedIsTheMethodThatAskedForTheTurn");
    }

    /** Stands where {@code Statement.withStance} stands: the asking method is two frames above the trace's own. */
    private static String askedThroughTwoFrames() {
        return asTurnedWould();
    }

    private static String asTurnedWould() {
        return StanceTrace.caller(3);
    }
}
