package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.rules.Relation;
import dev.tilik.statements.StanceBasis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * One person one outlet reports denying a thing and another reports admitting or confirming it, in the same words, within
 * {@link MisreportDetector#MATTER_DAYS} days ("membantah warga dipekerjakan di gudang" / "mengakui warga ikut bekerja di
 * gudang"): a denial and an admission of one matter cannot both be what the person said those days, so one outlet has
 * it wrong. The person is the one {@link Persons} resolves across outlets; the claims sit in one proposition and share
 * {@link #MIN_SHARED} content words or more, negations aside, so a denial of one thing never meets an admission of
 * another. A confirmation whose claim holds a negation ("mengonfirmasi tidak ada korban") confirms a denial, no
 * admission; a denial beside a word looking ahead ("tidak akan memenuhi tuntutan", "will not pay": rules
 * {@code dates.ahead}) refuses or promises what will be, which an admission of what is ("ada tuntutan") never answers.
 * A denial shown in its own words ({@link dev.tilik.statements.StanceBasis#shownAs}) is a denial here: what the outlet
 * reports the person saying. Grouped by proposition and person, never all pairs of the folder. Statements of one article make none (an
 * article telling a change of position reports it).
 */
final class Admissions {
    /** Content words, negations aside, a denial and an admission must share to be about one thing. */
    static final int MIN_SHARED = 2;
    private static final String WHY = "Outlets disagree about what the speaker said: a denial and an admission of the "
            + "same thing, days apart at most, cannot both be the speaker's words. Check the speaker's own words (a "
            + "transcript, the original interview) before quoting either report.";

    private Admissions() {
    }

    static List<Finding> detect(Story story, String rule) {
        List<Finding> out = new ArrayList<>();
        TimeWindow window = new TimeWindow(new YearResolver(story));
        Map<Voice, Set<String>> words = new HashMap<>();
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> denials = new TreeMap<>();
            Map<String, List<Voice>> admissions = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                String person = story.persons().of(v);
                Stance s = StanceBasis.shownAs(v.statement()).stance();
                if (person == null || s != Stance.DENY && s != Stance.CONFIRM) {
                    continue;
                }
                List<String> t = story.claimWords().claimTokens(v);
                if (s == Stance.DENY && !looksAhead(story, t)) {
                    denials.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                } else if (s == Stance.CONFIRM && story.claimWords().nextNegation(t, 0) == null) {
                    admissions.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                }
            }
            denials.forEach((person, denied) -> pair(story, rule, window, person, denied, admissions.get(person),
                    (d, a) -> shared(story, words, d, a) >= MIN_SHARED, "admitted", "denying and as admitting", WHY)
                    .ifPresent(out::add));
        }
        return out;
    }

    /**
     * One person one outlet reports asserting a thing and another reports conceding it is not so, within
     * {@link MisreportDetector#MATTER_DAYS} days ("berdasarkan hasil uji, penyebabnya korsleting" / "mengakui dugaan itu
     * bukan berdasarkan hasil uji"): the concession is a confirmation whose claim negates words the assertion holds
     * un-negated, {@link #MIN_SHARED} content words or more of the negation's reach ({@link ClaimWords#reachEnd}), so it
     * admits the very thing the other report has the person assert is not so. The person is the one {@link Persons}
     * resolves across outlets, over all of the person's voices, whatever proposition each was put in (a concession's
     * negated words are often its own proposition's); pairs only within one person's assertions and concessions, never
     * all pairs of the folder. Statements of one article make none.
     */
    static List<Finding> conceded(Story story, String rule) {
        Map<String, List<Voice>> assertions = new TreeMap<>();
        Map<String, List<Voice>> concessions = new TreeMap<>();
        Map<Voice, Set<String>> negated = new HashMap<>();
        for (Voice v : story.voices()) {
            String person = v.headline() || v.topicGroup() == null ? null : story.persons().of(v);
            if (person == null) {
                continue;
            }
            Stance s = StanceBasis.shownAs(v.statement()).stance();
            List<String> t = story.claimWords().claimTokens(v);
            if (s == Stance.ASSERT && story.claimWords().nextNegation(t, 0) == null) {
                assertions.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
            } else if (s == Stance.CONFIRM) {
                Set<String> reached = negatedWords(story.claimWords(), t);
                if (reached.size() >= MIN_SHARED) {
                    negated.put(v, reached);
                    concessions.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        TimeWindow window = new TimeWindow(new YearResolver(story));
        concessions.forEach((person, conceded) -> pair(story, rule, window, person, assertions.get(person), conceded,
                (a, c) -> heldIn(story.claimWords(), negated.get(c), a) >= MIN_SHARED, "conceded",
                "asserting and as conceding it is not so", CONCEDED).ifPresent(out::add));
        return out;
    }

    /**
     * One person's {@code first} against their {@code second} (null: none): the pairs from two articles that
     * {@code match}, each side in order, kept within {@link MisreportDetector#MATTER_DAYS} days, as one finding titled
     * by the first side's proposition; empty when no pair is left.
     */
    private static Optional<Finding> pair(Story story, String rule, TimeWindow window, String person, List<Voice> first,
                                          List<Voice> second, BiPredicate<Voice, Voice> match, String kind,
                                          String reported, String why) {
        if (first == null || second == null) {
            return Optional.empty();
        }
        List<Voice> side0 = new ArrayList<>();
        List<Voice> side1 = new ArrayList<>();
        for (Voice a : first) {
            for (Voice b : second) {
                if (!a.fileName().equals(b.fileName()) && match.test(a, b)) {
                    if (!side0.contains(a)) {
                        side0.add(a);
                    }
                    if (!side1.contains(b)) {
                        side1.add(b);
                    }
                }
            }
        }
        if (side0.isEmpty() || !window.keep(side0, side1, MisreportDetector.MATTER_DAYS)) {
            return Optional.empty();
        }
        List<Voice> one = Sides.ordered(side0, story.names());
        List<Voice> other = Sides.ordered(side1, story.names());
        String topic = one.get(0).topicGroup();
        String label = story.rules().topicLabel(topic);
        String title = person + ": reported as " + reported + " (" + label + ")";
        StanceText text = new StanceText(story.names(), label);
        return Optional.of(Sides.clustered(List.of(rule, kind, topic, person), FindingType.MISREPORT, Severity.HIGH, rule,
                topic, title, text.explanation(one, other, Relation.SAME_PARTY, why), one, other));
    }

    private static final String CONCEDED = "Outlets disagree about what the speaker said: one has the speaker assert "
            + "it, another has the speaker concede it is not so, days apart at most; both cannot be the speaker's words. "
            + "Check the speaker's own words (a transcript, the original interview) before quoting either report.";

    /** The content words a negation of the claim reaches ("bukan berdasarkan hasil uji" → berdasarkan, hasil, uji). */
    private static Set<String> negatedWords(ClaimWords claimWords, List<String> t) {
        Set<String> out = new HashSet<>();
        for (int[] n = claimWords.nextNegation(t, 0); n != null; n = claimWords.nextNegation(t, n[1])) {
            out.addAll(claimWords.words(t, n[1], claimWords.reachEnd(t, n[1])));
        }
        return out;
    }

    /** How many of {@code words} the assertion's claim holds. */
    private static int heldIn(ClaimWords claimWords, Set<String> words, Voice assertion) {
        List<String> t = claimWords.claimTokens(assertion);
        Set<String> held = claimWords.words(t, 0, t.size());
        int n = 0;
        for (String w : words) {
            if (held.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when a negation of the claim holds or stands beside a word looking ahead (rules {@code dates.ahead}: "tidak akan
     * memenuhi", "will not pay"): a refusal or a promise of what will be, which no admission of what is answers.
     */
    private static boolean looksAhead(Story story, List<String> t) {
        for (int[] n = story.claimWords().nextNegation(t, 0); n != null; n = story.claimWords().nextNegation(t, n[1])) {
            for (int i = Math.max(0, n[0] - 1); i <= n[1] && i < t.size(); i++) {
                if (story.relativeDays().aheadWord(t.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many content words, negations aside, the two claims share. */
    private static int shared(Story story, Map<Voice, Set<String>> words, Voice a, Voice b) {
        Set<String> one = words.computeIfAbsent(a, v -> content(story.claimWords(), story.claimWords().claimTokens(v)));
        Set<String> other = words.computeIfAbsent(b, v -> content(story.claimWords(), story.claimWords().claimTokens(v)));
        int n = 0;
        for (String w : one) {
            if (other.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> content(ClaimWords claimWords, List<String> t) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (claimWords.contentWord(t.get(i)) && !claimWords.negationAt(t, i)) {
                out.add(t.get(i));
            }
        }
        return out;
    }
}
