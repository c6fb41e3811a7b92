package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The propositions pass's second look merges the nearest propositions first: a proposition close enough to two others
 * goes with the one it is nearest to, whichever of them is bigger. Merging from the biggest proposition down let the
 * order of sizes decide (one right claim more elsewhere in the folder put one proposition before another and regrouped
 * a shooting story's claims of two questions into one: docs/ACCURACY.md, branch h11ex11).
 */
class MergeNearestTest {

    private static final class Folder {
        final List<PropositionGroup> groups = new ArrayList<>();
        final Map<String, List<PropositionGroup>> index = new HashMap<>();
        final PropositionGroup[] groupOf = new PropositionGroup[16];
        int next;

        /** A proposition of {@code members} statements, each with the word weights {@code v}; returns its first statement. */
        int proposition(int members, Map<String, Double> v) {
            PropositionGroup g = new PropositionGroup(null);
            groups.add(g);
            int first = next;
            for (int m = 0; m < members; m++) {
                for (String key : v.keySet()) {
                    if (!g.centroid.containsKey(key)) {
                        index.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
                    }
                }
                g.add(next, v, List.of());
                groupOf[next++] = g;
            }
            return first;
        }
    }

    @Test
    void aPropositionGoesWithTheOneItIsNearestToNotWithTheBiggest() {
        Folder f = new Folder();
        // a big proposition (four claims: "brawl", "involved"), one its second word brings just close enough, and a third
        // the middle one is nearer to
        int big = f.proposition(4, Map.of("involved", 0.9, "brawl", 1.0));
        int middle = f.proposition(1, Map.of("brawl", 1.0, "breakup", 1.0));
        int near = f.proposition(1, Map.of("breakup", 1.0, "officer", 0.5));
        NearestMerge.mergeClose(f.groups, f.index, f.groupOf);
        assertThat(f.groupOf[middle]).isSameAs(f.groupOf[near]);
        assertThat(f.groupOf[middle]).isNotSameAs(f.groupOf[big]);
        assertThat(f.groups).hasSize(2);
    }

    @Test
    void theGroupingDoesNotHangOnWhichPropositionIsBigger() {
        for (int size : new int[] {1, 2, 3}) {
            Folder f = new Folder();
            int big = f.proposition(4, Map.of("involved", 0.9, "brawl", 1.0));
            int middle = f.proposition(1, Map.of("brawl", 1.0, "breakup", 1.0));
            int near = f.proposition(size, Map.of("breakup", 1.0, "officer", 0.5));
            NearestMerge.mergeClose(f.groups, f.index, f.groupOf);
            assertThat(f.groupOf[middle]).as("near proposition of %d", size).isSameAs(f.groupOf[near]).isNotSameAs(f.groupOf[big]);
        }
    }

    @Test
    void propositionsNoneCloseEnoughStayApart() {
        Folder f = new Folder();
        int a = f.proposition(2, Map.of("flood", 1.0, "levee", 1.0));
        int b = f.proposition(2, Map.of("ferry", 1.0, "sank", 1.0));
        NearestMerge.mergeClose(f.groups, f.index, f.groupOf);
        assertThat(f.groupOf[a]).isNotSameAs(f.groupOf[b]);
        assertThat(f.groups).hasSize(2);
    }
}
