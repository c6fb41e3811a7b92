package dev.tilik.eval;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * For each missed {@code must}, its first place lost ({@link MustLoss}), computed from the analysis the
 * evaluation read: the extraction and stance of its gold statements, the propositions they were put in,
 * and the findings that hold them. Stance counts only for kinds made from stances (and misreports);
 * propositions only for those and attributions; a must naming a date or "anything" starts at the findings.
 */
final class MustLosses {
    private final Analysis analysis;
    private final EvidenceMatcher evidence;
    private final Map<String, StatementCheck> checks = new LinkedHashMap<>();

    MustLosses(Analysis analysis, EvidenceMatcher evidence, List<StatementCheck> statements) {
        this.analysis = analysis;
        this.evidence = evidence;
        statements.forEach(c -> checks.put(c.gold().id(), c));
    }

    /** The first place lost of every missed must, by must id, in gold order. */
    Map<String, MustLoss> of(List<MustCheck> musts) {
        Map<String, MustLoss> out = new LinkedHashMap<>();
        for (MustCheck m : musts) {
            if (!m.met()) {
                out.put(m.must().id(), loss(m.must(), musts));
            }
        }
        return out;
    }

    private MustLoss loss(GoldMust must, List<MustCheck> all) {
        List<List<GoldRef>> groups = must.groups();
        boolean statementsOnly = groups.stream().flatMap(List::stream).allMatch(r -> r instanceof GoldRef.StatementRef);
        if (statementsOnly) {
            List<List<StatementCheck>> found = new ArrayList<>();
            for (List<GoldRef> g : groups) {
                List<StatementCheck> f = checksOf(g).stream().filter(StatementCheck::isFound).toList();
                if (f.isEmpty()) {
                    return new MustLoss(MustLoss.Place.NOT_EXTRACTED, ids(g));
                }
                found.add(f);
            }
            if (byStance(must.kind())) {
                List<List<StatementCheck>> right = new ArrayList<>();
                for (List<StatementCheck> f : found) {
                    List<StatementCheck> ok = f.stream().filter(c -> c.gold().stance() == null || c.stanceOk()).toList();
                    if (ok.isEmpty()) {
                        return new MustLoss(MustLoss.Place.WRONG_STANCE, f.stream().map(c -> c.gold().id() + " "
                                + c.found().stance().id() + " (gold " + c.gold().stance().id() + ")").toList().toString());
                    }
                    right.add(ok);
                }
                found = right;
            }
            if (byProposition(must.kind()) && found.size() > 1 && sharedProposition(found).isEmpty()) {
                return new MustLoss(MustLoss.Place.NO_SHARED_PROPOSITION, shape(found));
            }
        }
        List<Finding> holding = analysis.findings().stream()
                .filter(f -> groups.stream().allMatch(g -> f.evidence().stream().anyMatch(e -> evidence.matchesAny(e, g))))
                .toList();
        if (holding.isEmpty()) {
            return new MustLoss(MustLoss.Place.NOT_FLAGGED, statementsOnly && byProposition(must.kind())
                    ? "proposition " + sharedProposition(foundOf(groups)) : "");
        }
        for (Finding f : holding) {
            for (MustCheck other : all) {
                if (other.must() != must && other.meeting().contains(f)) {
                    return new MustLoss(MustLoss.Place.OTHER_MUST, other.must().id() + " by " + f.id());
                }
            }
        }
        Finding f = holding.get(0);
        return new MustLoss(MustLoss.Place.OTHERWISE_FLAGGED, f.type().id() + " " + f.id());
    }

    /** The propositions every group has a statement in. */
    private static Set<String> sharedProposition(List<List<StatementCheck>> groups) {
        Set<String> shared = null;
        for (List<StatementCheck> g : groups) {
            Set<String> topics = new TreeSet<>();
            g.stream().filter(StatementCheck::isFound).map(c -> c.found().topic()).filter(t -> t != null).forEach(topics::add);
            if (shared == null) {
                shared = topics;
            } else {
                shared.retainAll(topics);
            }
        }
        return shared == null ? Set.of() : shared;
    }

    private List<List<StatementCheck>> foundOf(List<List<GoldRef>> groups) {
        return groups.stream().map(g -> checksOf(g).stream().filter(StatementCheck::isFound).toList()).toList();
    }

    /**
     * Which of the proposition shapes: both sides (every group) in no proposition, one side in none, or
     * each in propositions of its own; "across languages" when no two sides share a language.
     */
    private String shape(List<List<StatementCheck>> groups) {
        long none = groups.stream().filter(g -> g.stream().allMatch(c -> c.found().topic() == null)).count();
        String what = none == groups.size() ? "both sides in no proposition"
                : none > 0 ? "one side in no proposition" : "two propositions";
        List<Set<String>> languages = groups.stream().map(g -> {
            Set<String> l = new LinkedHashSet<>();
            g.forEach(c -> analysis.article(c.file()).ifPresent(a -> l.add(a.document().language().language())));
            return l;
        }).toList();
        Set<String> common = new LinkedHashSet<>(languages.get(0));
        languages.forEach(common::retainAll);
        StringBuilder out = new StringBuilder(what);
        if (common.isEmpty()) {
            out.append(", across languages");
        }
        for (List<StatementCheck> g : groups) {
            out.append("; ").append(g.stream().map(c -> c.gold().id() + " " + c.found().topic()).toList());
        }
        return out.toString();
    }

    private List<StatementCheck> checksOf(List<GoldRef> group) {
        List<StatementCheck> out = new ArrayList<>();
        for (GoldRef r : group) {
            StatementCheck c = checks.get(((GoldRef.StatementRef) r).id());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static String ids(List<GoldRef> group) {
        return group.stream().map(r -> ((GoldRef.StatementRef) r).id()).toList().toString();
    }

    private static boolean byStance(FindingType kind) {
        return kind.madeByStanceRules() || kind == FindingType.MISREPORT;
    }

    private static boolean byProposition(FindingType kind) {
        return byStance(kind) || kind == FindingType.ATTRIBUTION;
    }
}
