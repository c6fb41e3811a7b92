package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link RegionalBodies#complete} works a short body's fuller name out once a name, not once a statement: a folder of
 * ten thousand articles names "Dinkes" in thousands of statements, and each looked its candidates up again (the
 * fuller names holding it, each checked against the others) and asked the place test again. Counted through the place
 * test, no clock. Invented names.
 */
class RegionalBodiesCostTest {
    private static Statement said(int i) {
        return new Statement("a" + i + ".txt#1", "a" + i + ".txt", new CharSpan(0, 10), new CharSpan(2, 9), "Rina " + i,
                null, null, "kata", null, false, null, Stance.ASSERT, "", List.of(), List.of(), null);
    }

    @Test
    void eachShortNameIsWorkedOutOnceWhateverTheStatementsThatCarryIt() {
        List<Statement> folder = new ArrayList<>();
        Map<Statement, String> party = new LinkedHashMap<>();
        Statement full = said(0);
        folder.add(full);
        party.put(full, "Dinkes Wetan");
        for (int i = 1; i <= 2000; i++) {
            Statement s = said(i);
            folder.add(s);
            party.put(s, "Dinkes");
        }
        AtomicInteger asked = new AtomicInteger();
        RegionalBodies.complete(folder, party, w -> {
            asked.incrementAndGet();
            return Set.of("Wetan").contains(w);
        });
        assertThat(party.values()).containsOnly("Dinkes Wetan");
        assertThat(asked.get()).isLessThanOrEqualTo(4);
    }
}
