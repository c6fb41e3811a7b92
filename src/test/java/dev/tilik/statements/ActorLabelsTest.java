package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A proposition met through a name was labelled by its words' keys, roots no claim writes ("regu tolong" for claims
 * writing "Regu Penolong"; a real session met such a label). It is labelled as its claims write it.
 */
class ActorLabelsTest {
    private static Map<Integer, String> byActor(String name, int... at) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i : at) {
            out.put(i, name);
        }
        return out;
    }

    @Test
    void aNameMetThroughItsKeysIsLabelledAsItsClaimsWriteIt() {
        List<String> written = List.of("regu penolong", "regu penolong", "regu penolongnya");
        assertThat(ActorLabels.of(byActor("regu tolong", 0, 1, 2), written::get, Set.of()))
                .containsExactly(Map.entry("regu tolong", "regu penolong"));
    }

    @Test
    void aFormAnotherTopicCarriesOrNoFormAtAllKeepsTheKeys() {
        List<String> written = List.of("regu penolong", "regu penolong");
        assertThat(ActorLabels.of(byActor("regu tolong", 0, 1), written::get, Set.of("regu penolong"))).isEmpty();
        assertThat(ActorLabels.of(byActor("regu tolong", 0, 1), i -> null, Set.of())).isEmpty();
        assertThat(ActorLabels.of(byActor("sinar jaya", 0, 1), i -> "sinar jaya", Set.of())).isEmpty();
    }

    @Test
    void twoNamesWrittenAlikeKeepTheirTopicsApart() {
        Map<Integer, String> both = byActor("regu tolong", 0, 1);
        both.putAll(byActor("regu penolong", 2, 3));
        Map<String, String> labels = ActorLabels.of(both, i -> "regu penolong", Set.of());
        assertThat(labels).doesNotContainKey("regu tolong");
    }
}
