package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One person one outlet reports denying a thing and another reports admitting or confirming it, in the same words, within
 * {@link MisreportDetector#MATTER_DAYS} days ("membantah warga dipekerjakan di gudang" / "mengakui warga ikut bekerja di
 * gudang"): a denial and an admission of one matter cannot both be what the person said those days, so one outlet has
 * it wrong. The person is the one {@link Persons} resolves across outlets; the claims sit in one proposition and share
 * {@link #MIN_SHARED} content words or more, negations aside, so a denial of one thing never meets an admission of
 * another. A confirmation whose claim holds a negation ("mengonfirmasi tidak ada korban") confirms a denial, no
 * admission; a denial beside a word looking ahead ("tidak akan menuruti permintaan", "will not pay": rules
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
        Map<Voice, Set<String>> words = new java.util.HashMap<>();
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> denials = new TreeMap<>();
            Map<String, List<Voice>> admissions = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                String person = story.persons().of(v);
                Stance s = dev.tilik.statements.StanceBasis.shownAs(v.statement()).stance();
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
            denials.forEach((person, denied) -> {
                List<Voice> admitted = admissions.get(person);
                if (admitted == null) {
                    return;
                }
                List<Voice> side0 = new ArrayList<>();
                List<Voice> side1 = new ArrayList<>();
                for (Voice d : denied) {
                    for (Voice a : admitted) {
                        if (!d.fileName().equals(a.fileName()) && shared(story, words, d, a) >= MIN_SHARED) {
                            if (!side0.contains(d)) {
                                side0.add(d);
                            }
                            if (!side1.contains(a)) {
                                side1.add(a);
                            }
                        }
                    }
                }
                if (side0.isEmpty() || !window.keep(side0, side1, MisreportDetector.MATTER_DAYS)) {
                    return;
                }
                List<Voice> one = Sides.ordered(side0, story.names());
                List<Voice> other = Sides.ordered(side1, story.names());
                String label = story.rules().topicLabel(topic);
                String title = person + ": reported as denying and as admitting (" + label + ")";
                StanceText text = new StanceText(story.names(), label);
                out.add(Sides.clustered(List.of(rule, "admitted", topic, person), FindingType.MISREPORT, Severity.HIGH,
                        rule, topic, title, text.explanation(one, other, dev.tilik.rules.Relation.SAME_PARTY, WHY), one,
                        other));
            });
        }
        return out;
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
