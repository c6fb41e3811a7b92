package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.Relation;
import dev.tilik.rules.StanceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stance findings between body statements on one topic: deny vs assert, deny vs conditional,
 * same-party divergence, per the stance rules. Statements are blocked by topic, then bucketed by
 * (coalition, stance); only buckets are paired, never all statements. One finding per (rule, topic,
 * coalition of side 0): within one party, against that party's other voices; across parties,
 * against every other party taking the opposite stance (one "North Korea denies" finding listing
 * South Korea, the US and Ukraine asserting, not three). Across parties the rules do not know
 * (institutions named by the text, speakers of their own) one finding per (rule, topic) lists every
 * side-0 voice: text-made parties are many and fine-grained, and a fact-checker wants "the denials
 * against the assertions on this proposition" once. The finding's id is that cluster key. A
 * person is not set against their own restatement ({@link #holdsOnePosition}), nor against their own
 * withholding of what they deny, reported by another outlet within two days (a misreport, {@link #misreported}), nor
 * a denial against the ground it gives, told again in its own article ({@link Grounds}).
 */
final class StanceDetector implements Detector {

    private record Bucket(String coalition, Stance stance) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int c = coalition.compareTo(o.coalition);
            return c != 0 ? c : stance.compareTo(o.stance);
        }
    }

    private record ClusterKey(int rule, String coalition0, String coalition1) implements Comparable<ClusterKey> {
        @Override
        public int compareTo(ClusterKey o) {
            int c = Integer.compare(rule, o.rule);
            c = c != 0 ? c : coalition0.compareTo(o.coalition0);
            return c != 0 ? c : coalition1.compareTo(o.coalition1);
        }
    }

    private static final class Cluster {
        final List<Voice> side0 = new ArrayList<>();
        final List<Voice> side1 = new ArrayList<>();
    }

    /** One piece, the largest of the detectors' at 1,000 articles (two fifths of their samples): started first. */
    @Override
    public List<Part> parts(Story story) {
        return List.of(new Part(true, () -> detect(story)));
    }

    @Override
    public List<Finding> detect(Story story) {
        List<StanceRule> rules = story.rules().stanceRules();
        YearResolver years = new YearResolver(story);
        TimeWindow window = new TimeWindow(years);
        Map<Voice, java.util.Optional<java.time.LocalDate>> dates = new java.util.HashMap<>();
        java.util.function.Function<Voice, java.util.Optional<java.time.LocalDate>> dateOf = v -> dates.computeIfAbsent(v, years::spokenOn);
        List<Finding> out = new ArrayList<>();
        OneQuestion question = new OneQuestion(story.questions(), story.matters());
        Promises.Reading promises = story.promises().reading(voicesInArticle(story));
        Map<String, java.util.Set<String>> heads = new java.util.HashMap<>();
        for (String topic : story.topicGroups()) {
            Map<Bucket, List<Voice>> buckets = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (story.rulings().isRuling(v)) {
                    continue; // a court's ruling on a request: no party's side on what is so
                }
                buckets.computeIfAbsent(new Bucket(v.coalition(), v.statement().stance()), k -> new ArrayList<>()).add(v);
            }
            List<Bucket> keys = new ArrayList<>(buckets.keySet());
            Map<ClusterKey, Cluster> clusters = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    pair(rules, keys.get(i), keys.get(j), buckets, clusters, story.names());
                }
            }
            StanceText text = new StanceText(story.names(), story.rules().topicLabel(topic));
            clusters.forEach((k, c) -> {
                StanceRule rule = rules.get(k.rule());
                if (rule.cueOnly()) {
                    c.side0.removeIf(v -> v.statement().basis() == dev.tilik.statements.StanceBasis.MARKER);
                    c.side1.removeIf(v -> v.statement().basis() == dev.tilik.statements.StanceBasis.MARKER);
                }
                Map<String, java.util.Set<String>> filesOf = new java.util.HashMap<>();
                for (Voice u : c.side0) {
                    String person = speakerOf(story.persons(), u);
                    if (person != null) {
                        filesOf.computeIfAbsent(person, x -> new java.util.HashSet<>()).add(u.fileName());
                    }
                }
                dropAgreeing(story, c);
                if (rule.type() == dev.tilik.model.FindingType.CONFIRM_VS_DECLINED) {
                    c.side1.removeIf(v -> declinesAnotherAspect(story, v, c.side0));
                }
                c.side1.removeIf(v -> holdsOnePosition(story.persons(), filesOf, v));
                c.side1.removeIf(new DescribedVoices(story.claimWords(), c.side0, heads)::toldAgain);
                c.side1.removeIf(v -> misreported(story, window, c.side0, v));
                c.side1.removeIf(v -> story.restatements().restates(v, c.side0));
                c.side1.removeIf(story.grounds().retellingGroundOf(c.side0, story.claimWords()));
                dropWritingTheDenial(story.claimWords(), c.side0, c.side1);
                dropWritingTheDenial(story.claimWords(), c.side1, c.side0);
                question.keepAnswered(c.side0, c.side1);
                promises.dropOvertaken(c.side0, c.side1, question, dateOf, rule.withinDays());
                if (!"*".equals(k.coalition1()) && !story.names().isKnownParty(k.coalition0())) {
                    c.side0.removeIf(v -> !namesSomeone(v, k.coalition0()));
                    c.side1.removeIf(v -> !namesSomeone(v, k.coalition0()));
                }
                if (window.keep(c.side0, c.side1, rule.withinDays())) {
                    out.add(finding(story, rule, topic, k, c, text,
                            "*".equals(k.coalition1()) ? Relation.CROSS_PARTY : Relation.SAME_PARTY));
                }
            });
        }
        return out;
    }

    /**
     * True when a no-comment names an aspect of the event ({@link Aspects}: its cause, its origin, a count) that no
     * confirmation it is set against names, none of them giving a figure either: "no official statement yet on the cause
     * of the deaths" withholds the cause, never "the army confirmed the death toll". A confirmation with a figure may answer
     * a count without naming it ("declined to confirm the number of evacuees" against "confirmed 3,400 evacuees"); a
     * no-comment naming no aspect withholds the whole.
     */
    private static boolean declinesAnotherAspect(Story story, Voice declined, List<Voice> confirmed) {
        java.util.Set<String> own = story.aspects().named(story.claimWords().claimTokens(declined));
        return !own.isEmpty() && confirmed.stream().noneMatch(v -> !v.statement().numbers().isEmpty()
                || story.aspects().named(story.claimWords().claimTokens(v)).stream().anyMatch(own::contains));
    }

    private static void pair(List<StanceRule> rules, Bucket a, Bucket b, Map<Bucket, List<Voice>> buckets,
                             Map<ClusterKey, Cluster> clusters, Names names) {
        if (a.stance() == b.stance()) {
            return;
        }
        Relation relation = a.coalition().equals(b.coalition()) ? Relation.SAME_PARTY : Relation.CROSS_PARTY;
        for (int r = 0; r < rules.size(); r++) {
            StanceRule rule = rules.get(r);
            int o = rule.orientation(a.stance(), b.stance());
            if (o < 0 || rule.severityFor(relation).isEmpty()) {
                continue;
            }
            Bucket first = o == 0 ? a : b;
            Bucket second = o == 0 ? b : a;
            String other = relation == Relation.SAME_PARTY ? second.coalition() : "*";
            String own = relation == Relation.SAME_PARTY || names.isKnownParty(first.coalition()) ? first.coalition() : "*";
            Cluster c = clusters.computeIfAbsent(new ClusterKey(r, own, other), k -> new Cluster());
            c.side0.addAll(buckets.get(first));
            c.side1.addAll(buckets.get(second));
            return;
        }
    }

    /**
     * Drops from {@code others} every voice that is no denial yet writes, word for word, a negated clause a denial of
     * {@code deniers} writes ({@link ClaimWords#negatedClauses}): it says what the denial says (one quotation in two
     * outlets, read two ways), so it stands on no other side. Each denial's negated clauses are read once, then each
     * voice is looked up for them ({@link ClaimWords.Clauses}): n + m readings, not n × m. Returns the clauses looked up (a cost test counts through them).
     */
    static ClaimWords.Clauses dropWritingTheDenial(ClaimWords words, List<Voice> deniers, List<Voice> others) {
        ClaimWords.Clauses clauses = new ClaimWords.Clauses();
        for (Voice d : deniers) {
            if (d.statement().stance() == Stance.DENY) {
                clauses.addAll(words.negatedClauses(d));
            }
        }
        if (!clauses.isEmpty()) {
            others.removeIf(v -> v.statement().stance() != Stance.DENY && clauses.writtenIn(words.claimTokens(v)));
        }
        return clauses;
    }

    /**
     * A voice the text says agrees with one on the other side ("Senada dengan Gubernur, Bupati … mengatakan …",
     * {@link Agreements}) is on that side, whatever stance its claim was read with: it leaves the cluster. Whom it
     * agrees with stays, against the others.
     */
    private static void dropAgreeing(Story story, Cluster c) {
        Agreements agreements = story.agreements();
        Map<Voice, java.util.Set<String>> words = new java.util.HashMap<>();
        java.util.function.Function<Voice, java.util.Set<String>> wordsOf = v -> words.computeIfAbsent(v, x -> {
            java.util.Set<String> w = new java.util.HashSet<>(Normal.wordList(x.statement().speaker()));
            w.addAll(Normal.wordList(story.names().parties(List.of(x))));
            String person = story.persons().of(x);
            if (person != null) {
                w.addAll(Normal.wordList(person));
            }
            return w;
        });
        // only a voice that says it agrees with someone is asked about the other side: a cluster of n by m voices with
        // no agreement costs n + m lookups, not n × m
        java.util.Set<Voice> agreeing = new java.util.HashSet<>();
        for (Voice a : c.side0) {
            if (!agreements.agreedWith(a).isEmpty()
                    && c.side1.stream().anyMatch(b -> agreements.agreesWith(a, wordsOf.apply(b)))) {
                agreeing.add(a);
            }
        }
        for (Voice b : c.side1) {
            if (!agreements.agreedWith(b).isEmpty()
                    && c.side0.stream().anyMatch(a -> agreements.agreesWith(b, wordsOf.apply(a)))) {
                agreeing.add(b);
            }
        }
        c.side0.removeAll(agreeing);
        c.side1.removeAll(agreeing);
    }

    /**
     * A voice that only restates, in other words, the position of a side-0 speaker: the same person
     * in the same article, or the same person asserting through a neutral cue what they deny
     * elsewhere ("tidak ada oplosan" and "produk sesuai spesifikasi" are one position). The same
     * person reported denying in one outlet and confirming in another stays: that is the finding.
     */
    private static boolean holdsOnePosition(Persons persons, Map<String, java.util.Set<String>> side0FilesByPerson, Voice v) {
        String person = speakerOf(persons, v);
        java.util.Set<String> files = person == null ? null : side0FilesByPerson.get(person);
        return files != null && (files.contains(v.fileName()) || v.statement().stance() == Stance.ASSERT);
    }

    /**
     * A hedge by a marker word that withholds what the same person, in another outlet within
     * {@link MisreportDetector#MATTER_DAYS} days, denies ("tidak bisa menjamin tidak akan ada PHK" against
     * "memastikan tidak ada PHK"): the outlets disagree about what one speaker said, a misreport the
     * misreport detector makes, not the party taking two lines.
     */
    private static boolean misreported(Story story, TimeWindow window, List<Voice> side0, Voice v) {
        if (v.statement().stance() != Stance.HEDGE || v.statement().basis() != dev.tilik.statements.StanceBasis.MARKER) {
            return false;
        }
        String person = story.persons().of(v);
        if (person == null) {
            return false;
        }
        List<Voice> denied = new ArrayList<>(side0.stream()
                .filter(u -> person.equals(story.persons().of(u)) && !u.fileName().equals(v.fileName())).toList());
        return !denied.isEmpty() && story.restatements().withholds(v, denied)
                && window.keep(denied, new ArrayList<>(List.of(v)), MisreportDetector.MATTER_DAYS);
    }

    /**
     * Each voice's statements in its own article by the same speaker ({@link #speakerOf}, else its speaker as written;
     * none for the outlet's own words or a voice of no speaker), indexed once for the detection when first asked.
     */
    private static java.util.function.Function<Voice, List<Voice>> voicesInArticle(Story story) {
        Map<String, List<Voice>> byKey = new java.util.HashMap<>();
        java.util.function.Function<Voice, String> key = v -> {
            String person = speakerOf(story.persons(), v);
            return v.outlet() || person == null && v.speakerKey().isBlank() ? null
                    : v.fileName() + "\u0001" + (person != null ? person : "~" + v.speakerKey());
        };
        return v -> {
            if (byKey.isEmpty()) {
                for (Voice u : story.voices()) {
                    String k = key.apply(u);
                    if (k != null) {
                        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
                    }
                }
            }
            String k = key.apply(v);
            return k == null ? List.of() : byKey.getOrDefault(k, List.of());
        };
    }

    /**
     * Who a voice is, for telling a restatement from a second voice: its person, or, for a speaker
     * named only by an acronym ("TNI AL", "BNPB"), which names no person, that acronym as written:
     * one body quoted twice in one article holds one position too.
     */
    private static String speakerOf(Persons persons, Voice v) {
        String person = persons.of(v);
        if (person != null) {
            return person;
        }
        String sp = v.statement().speaker().strip();
        return !sp.isEmpty() && sp.equals(sp.toUpperCase(java.util.Locale.ROOT)) && sp.chars().anyMatch(Character::isLetter)
                ? "=" + sp : null;
    }

    /**
     * Within an institution the text names (not one the rules know), a side of a same-party
     * divergence is a person: the institution named bare ("Kejagung", "Kejaksaan Agung (Kejagung)",
     * "PT Pertamina (Persero)"), as headlines and leads sum it up, is no second voice against its own
     * official. A person is a name ending the speaker phrase (two capitalised words, "…, Harli
     * Siregar"), or one capitalised word that is not the institution's id ("Harli").
     */
    private static boolean namesSomeone(Voice v, String institution) {
        String sp = v.statement().speaker().strip();
        if (sp.isEmpty() || sp.endsWith(")")) {
            return false;
        }
        String tail = sp.substring(sp.lastIndexOf(',') + 1).strip();
        String[] words = tail.split("\\s+");
        if (words.length == 1) {
            String w = words[0];
            return Character.isUpperCase(w.codePointAt(0)) && !w.equalsIgnoreCase(institution)
                    && !w.chars().allMatch(Character::isUpperCase);
        }
        String last = words[words.length - 1];
        String before = words[words.length - 2];
        return Character.isUpperCase(last.codePointAt(0)) && Character.isUpperCase(before.codePointAt(0))
                && !institution.toLowerCase(java.util.Locale.ROOT).contains(last.toLowerCase(java.util.Locale.ROOT));
    }

    /** The id is the cluster's identity (the rule's stances, topic, coalition of each side), not the statements in it. */
    private static Finding finding(Story story, StanceRule rule, String topic, ClusterKey key, Cluster c,
                                   StanceText text, Relation relation) {
        List<Voice> side0 = Sides.ordered(c.side0, story.names());
        List<Voice> side1 = Sides.ordered(c.side1, story.names());
        return Sides.clustered(List.of(Sides.stancesKey(rule), topic, key.coalition0(), key.coalition1()), rule.type(),
                rule.severityFor(relation).orElseThrow(), rule.id(), topic, text.title(side0, side1, relation),
                text.explanation(side0, side1, relation, rule.why()), side0, side1);
    }
}
