package dev.tilik.eval;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import java.util.List;

/**
 * Gold findings against produced ones. A {@code must} is met by a finding of its kind with
 * evidence from every group (with two groups: on opposite sides of the finding); a
 * {@code should_not} is violated by a contradiction-type finding (not among its exceptions)
 * that sets evidence from one group against evidence from the other (opposite sides). Evidence on
 * one side agrees, so listing two corroborating reports on one side violates nothing.
 */
final class FindingMatcher {
    private final EvidenceMatcher evidence;

    FindingMatcher(EvidenceMatcher evidence) {
        this.evidence = evidence;
    }

    MustCheck check(GoldMust must, List<Finding> findings) {
        List<List<GoldRef>> groups = must.groups();
        List<Finding> meeting = findings.stream()
                .filter(f -> f.type() == must.kind())
                .filter(f -> groups.size() == 2 ? links(f.evidence(), groups.get(0), groups.get(1))
                        : groups.stream().allMatch(g -> f.evidence().stream().anyMatch(e -> evidence.matchesAny(e, g))))
                .toList();
        return new MustCheck(must, meeting);
    }

    ShouldNotCheck check(GoldShouldNot trap, List<Finding> findings) {
        List<List<GoldRef>> groups = trap.groups();
        List<Finding> violating = findings.stream()
                .filter(Finding::isContradiction)
                .filter(f -> !trap.exceptTypes().contains(f.type()))
                .filter(f -> links(f.evidence(), groups.get(0), groups.get(1)))
                .toList();
        return new ShouldNotCheck(trap, violating);
    }

    private boolean links(List<Evidence> ev, List<GoldRef> first, List<GoldRef> second) {
        for (int i = 0; i < ev.size(); i++) {
            if (!evidence.matchesAny(ev.get(i), first)) {
                continue;
            }
            for (int j = 0; j < ev.size(); j++) {
                if (ev.get(i).opposes(ev.get(j)) && evidence.matchesAny(ev.get(j), second)) {
                    return true;
                }
            }
        }
        return false;
    }
}
