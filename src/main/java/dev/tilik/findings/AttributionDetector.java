package dev.tilik.findings;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.AttributionRule;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The same words or the same figure credited to different speakers in different articles.
 * Words: near-identical quotations (see {@link QuoteIndex}) whose speakers are not the same
 * person. Figures: one precise figure (never one end of a range, "30 sampai 40 kilometer", nor one the claim reports
 * from another's mouth, "Bapak mengatakan … 8 juta dolar") for one quantity that one article credits only to one
 * party and another article only to another; a tally of the dead, the missing, the injured (a figure
 * with a counted thing, rules {@code numbers.counts}) is released by many offices at once, so two of
 * them giving it is corroboration, never one figure put in another's mouth.
 */
final class AttributionDetector implements Detector {

    /** One figure for one quantity. */
    private record Credit(String unit, double value) implements Comparable<Credit> {
        @Override
        public int compareTo(Credit o) {
            int c = unit.compareTo(o.unit);
            return c != 0 ? c : Double.compare(value, o.value);
        }
    }

    @Override
    public List<Finding> detect(Story story) {
        AttributionRule rule = story.rules().attribution();
        if (rule == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(words(story, rule));
        if (rule.figures() && story.rules().numeric() != null) {
            out.addAll(figures(story, rule, story.rules().numeric()));
        }
        return out;
    }

    private static List<Finding> words(Story story, AttributionRule rule) {
        QuoteIndex index = new QuoteIndex();
        story.voices().stream().filter(v -> v.statement().quote() && !v.headline()).forEach(v -> index.add(v, rule.minQuoteWords()));
        Map<String, List<List<Voice>>> clusters = new TreeMap<>();
        // only between speakers of bodies the text names: "tegasnya" after "Dia", with no body, is no one
        // to set another outlet's speaker against; reworded words, weaker evidence, only between two bodies
        List<Voice[]> pairs = new ArrayList<>(index.similar(rule.quoteSimilarity()).stream()
                .filter(p -> named(p[0]) && named(p[1])).toList());
        index.reworded(rule.rewordedSimilarity(), rule.rewordedWords()).stream()
                .filter(p -> named(p[0]) && named(p[1]) && !p[0].coalition().equals(p[1].coalition()) && !oneTally(p[0], p[1]))
                .forEach(pairs::add);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Voice[] p : pairs) {
            if (!seen.add(p[0].fileName() + ":" + p[0].statement().id() + "\u0001" + p[1].fileName() + ":" + p[1].statement().id())) {
                continue;
            }
            String person = story.persons().of(p[0]);
            if (p[0].fileName().equals(p[1].fileName()) || samePerson(story.names(), p[0], p[1])
                    || person != null && person.equals(story.persons().of(p[1])) || story.persons().endsWithOther(p[0], p[1])
                    || oneBody(p[0], p[1])) {
                continue;
            }
            Voice a = p[0].speakerKey().compareTo(p[1].speakerKey()) < 0 ? p[0] : p[1];
            Voice b = a == p[0] ? p[1] : p[0];
            List<List<Voice>> sides = clusters.computeIfAbsent(a.speakerKey() + "\u0001" + b.speakerKey(),
                    k -> List.of(new ArrayList<>(), new ArrayList<>()));
            sides.get(0).add(a);
            sides.get(1).add(b);
        }
        List<Finding> out = new ArrayList<>();
        AttributionText text = new AttributionText(story.names());
        clusters.values().forEach(s -> out.add(text.words(rule, story, Sides.ordered(s.get(0), story.names()),
                Sides.ordered(s.get(1), story.names()))));
        return out;
    }

    /**
     * Both quotations give one tally (the same figure of the same counted thing: "6 tewas" in each): two
     * offices reading out one count in their own words ("jumlah korban 57 orang, terdiri atas 6 tewas dan 51 luka" beside
     * "semua 57 korban sudah didata: 51 dirawat, 6 orang tewas"), whose uncommon words are the
     * count's and run in its order. As for a tally's figure alone, that is corroboration, never one office's words put in
     * another's mouth; only a reworded pair is asked, a quotation printed near word for word stays evidence.
     */
    static boolean oneTally(Voice a, Voice b) {
        for (NumberMention m : a.statement().numbers()) {
            if (m.counted() != null && m.value() != null && b.statement().numbers().stream()
                    .anyMatch(n -> m.counted().equals(n.counted()) && m.value().equals(n.value()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Voice v) {
        String party = v.statement().party();
        return party != null && !party.isBlank();
    }

    /**
     * Both speakers speak for one known body ("Abdul Muhari" and "Kepala Pusat Data BNPB", both BNPB;
     * "Fadjar" and "PT Pertamina"): the body's words credited to its spokesman in one outlet and to the
     * body or another of its officials in another is the same source, not words put in another's mouth.
     */
    private static boolean oneBody(Voice a, Voice b) {
        String pa = a.statement().party();
        return pa != null && !pa.isBlank() && a.coalition().equals(b.coalition()) && pa.equals(b.statement().party());
    }

    /** Same person: same name, one name inside the other, or a bare party name for a voice of that party. */
    static boolean samePerson(Names names, Voice a, Voice b) {
        String x = a.speakerKey();
        String y = b.speakerKey();
        if (x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ")) {
            return true;
        }
        return a.coalition().equals(b.coalition())
                && (names.isBareParty(a.statement().speaker()) || names.isBareParty(b.statement().speaker()));
    }

    private static List<Finding> figures(Story story, AttributionRule rule, NumericRule numeric) {
        List<Finding> out = new ArrayList<>();
        AttributionText text = new AttributionText(story.names());
        for (String topic : story.topicGroups()) {
            Map<Credit, List<Voice>> byFigure = new TreeMap<>();
            Map<Credit, String> written = new HashMap<>();
            Map<Credit, List<Voice>> retold = new HashMap<>(); // a figure the claim reports from another's mouth
            for (Voice v : story.bodyVoicesOn(topic)) {
                if (!numeric.stances().contains(v.statement().stance())) {
                    continue;
                }
                if (story.persons().of(v) == null) {
                    continue; // credited to no one named ("data terbaru", "CO"): nothing to set against a name
                }
                for (NumberMention m : v.statement().numbers()) {
                    String unit = numeric.unitKey(m.unit());
                    if (unit != null && m.value() != null && m.qualifier() != Qualifier.MAGNITUDE && m.counted() == null
                            && !rangeEnd(v.statement().numbers(), m, unit, numeric)) {
                        Credit credit = new Credit(unit, m.value());
                        if (story.claimWords().reportsAnotherBefore(v, m.span().start())) {
                            retold.computeIfAbsent(credit, k -> new ArrayList<>()).add(v);
                            continue;
                        }
                        byFigure.computeIfAbsent(credit, k -> new ArrayList<>()).add(v);
                        written.putIfAbsent(credit, m.unit() == null || m.text().contains(m.unit()) ? m.text() : m.text() + " " + m.unit());
                    }
                }
            }
            for (Map.Entry<Credit, List<Voice>> e : byFigure.entrySet()) {
                List<Voice> distinct = e.getValue().stream().distinct().toList();
                List<Voice> all = new ArrayList<>(distinct);
                all.addAll(retold.getOrDefault(e.getKey(), List.of()));
                if (credited(all.stream().distinct().toList()).isEmpty()) {
                    continue; // the figure retold from a third party's mouth too: a shared fact, not one put in a second mouth
                }
                credited(distinct).ifPresent(first -> {
                    List<Voice> side0 = distinct.stream().filter(v -> v.coalition().equals(first)).toList();
                    List<Voice> side1 = distinct.stream().filter(v -> !v.coalition().equals(first)).toList();
                    Set<String> persons0 = story.persons().of(side0);
                    if (side1.stream().noneMatch(v -> persons0.contains(story.persons().of(v)))) {
                        out.add(text.figure(rule, story, topic, Sides.ordered(side0, story.names()),
                                Sides.ordered(side1, story.names()), e.getKey().value(), e.getKey().unit(), written.get(e.getKey())));
                    }
                });
            }
        }
        return out;
    }

    /**
     * A figure that is one end of a range or a comparison its own claim makes ("kurang lebih 30 sampai
     * 40 kilometer", "from 30 to 40 km"): the claim gives another figure in the same unit, so neither
     * is the one figure the speaker gave, and another speaker's "sekitar 40 kilometer" is not the same
     * figure put in a second mouth.
     */
    private static boolean rangeEnd(List<NumberMention> numbers, NumberMention m, String unit, NumericRule numeric) {
        for (NumberMention o : numbers) {
            if (o != m && o.value() != null && !o.value().equals(m.value()) && unit.equals(numeric.unitKey(o.unit()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The coalition of the first article crediting the figure to one party alone, when another does
     * so to another. A figure three parties or more give alone is a shared fact (a toll every office
     * repeats), not one figure credited to two people.
     */
    private static java.util.Optional<String> credited(List<Voice> voices) {
        Map<String, Set<String>> byArticle = new TreeMap<>();
        voices.forEach(v -> byArticle.computeIfAbsent(v.fileName(), k -> new TreeSet<>()).add(v.coalition()));
        Map<String, String> sole = new HashMap<>();
        byArticle.forEach((file, c) -> {
            if (c.size() == 1) {
                sole.put(file, c.iterator().next());
            }
        });
        Set<String> parties = new TreeSet<>(sole.values());
        if (parties.size() != 2) {
            return java.util.Optional.empty();
        }
        return byArticle.keySet().stream().filter(sole::containsKey).findFirst().map(sole::get);
    }
}
