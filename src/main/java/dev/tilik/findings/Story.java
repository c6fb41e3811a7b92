package dev.tilik.findings;

import dev.tilik.rules.FindingRules;
import dev.tilik.rules.NumberWords;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A folder of articles on one story, indexed for the detectors: every statement as a
 * {@link Voice}, blocked by topic group. Articles are ordered by file name so that results do not
 * depend on the order the caller passed them in.
 */
final class Story {
    private final FindingRules rules;
    private final Names names;
    private final List<ArticleStatements> articles;
    private final List<Voice> voices;
    private final Map<String, List<Voice>> byTopic;
    /** Made once, by the first asker ({@link #persons}); null until then. */
    private volatile Persons persons;
    private final StoryReaders readers;

    Story(List<ArticleStatements> input, FindingRules rules, Names names) {
        this(input, rules, names, StoryReaders.NONE);
    }

    /** @param readers what the detectors read of the languages beside the finding rules */
    Story(List<ArticleStatements> input, FindingRules rules, Names names, StoryReaders readers) {
        this.readers = java.util.Objects.requireNonNull(readers, "readers");
        this.rules = rules;
        this.names = names;
        List<ArticleStatements> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(ArticleStatements::fileName));
        this.articles = List.copyOf(sorted);
        Map<String, Coalitions> coalitions = new HashMap<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (s.narrated()) {
                    continue;
                }
                coalitions.computeIfAbsent(String.valueOf(rules.topicGroup(s.topic())), k -> new Coalitions()).add(s);
            }
        }
        List<Voice> all = new ArrayList<>();
        Map<String, String> speakerKeys = new HashMap<>();
        Map<String, List<Voice>> topics = new TreeMap<>();
        for (ArticleStatements a : articles) {
            CharSpan headline = a.document().article().headline();
            for (Statement s : a.statements()) {
                if (s.narrated()) {
                    continue;
                }
                String group = rules.topicGroup(s.topic());
                String coalition = coalitions.get(String.valueOf(group)).of(s);
                boolean inHeadline = headline != null && headline.overlaps(s.sentence());
                Voice v = Voice.of(s, a, group, coalition, inHeadline, speakerKeys);
                all.add(v);
                if (group != null) {
                    topics.computeIfAbsent(group, k -> new ArrayList<>()).add(v);
                }
            }
        }
        this.voices = List.copyOf(all);
        this.byTopic = topics;
    }

    FindingRules rules() {
        return rules;
    }

    /** The words that name a day by its distance from the article's date ({@code dates.relative}). */
    RelativeDays relativeDays() {
        return readers.relativeDays();
    }

    /** The words that write a figure, of every language the rules know ({@code numbers.words}). */
    NumberWords numberWords() {
        return readers.numberWords();
    }

    Names names() {
        return names;
    }

    /** True when {@code unit} is money in some language the rules know ("Rp", "dolar", "$"). */
    boolean isCurrency(String unit) {
        return unit != null && readers.currencies().contains(unit.strip().toLowerCase(java.util.Locale.ROOT));
    }


    /** What tells a promise ("berkomitmen untuk tidak melakukan PHK") from a denial of what is so. */
    Promises promises() {
        return readers.promises();
    }

    /** What tells a claim that only names what was spoken about ("soal back up data") from one that tells something. */
    /** What tells a statement retelling, in its own article, the ground a denial gives ({@link Grounds}). */
    Grounds grounds() {
        return readers.grounds();
    }

    /** What tells an article carrying another outlet's report, so that copies count as one report. */
    CarriedReports carried() {
        return readers.carried();
    }

    Matters matters() {
        return readers.matters();
    }

    Agreements agreements() {
        return readers.agreements();
    }

    /** What tells a relative clause set off by a comma ("…, yang akan dibayarkan langsung"): it limits no claim. */
    SetOffRelatives relatives() {
        return readers.relatives();
    }

    /** What tells the aspect of an event a claim is about ("penyebab", "berasal dari", "caused by"). */
    Aspects aspects() {
        return readers.aspects();
    }

    /** What tells a court's ruling on a request ("MA menolak permohonan kasasi") from a party's denial. */
    Rulings rulings() {
        return readers.rulings();
    }

    /** What tells a statement negating what a denial denies (one claim said twice) from a second side. */
    Restatements restatements() {
        return readers.restatements();
    }

    /** The question a denial puts and the words through which a claim answers it. */
    DenialQuestions questions() {
        return readers.questions();
    }

    /** Each claim's tokens, read once a voice, and what a content word is. */
    ClaimWords claimWords() {
        return readers.claimWords();
    }

    /**
     * Who speaks, as a person, across the folder: made by the first thread that asks (the engine asks first, beside the
     * detectors that never read it), while any other asker waits for it. The same value whichever thread makes it.
     * A failure to make it is thrown to the asker as it was thrown; the next asker tries again.
     */
    Persons persons() {
        Persons made = persons;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (persons == null) {
                persons = new Persons(voices, names::isBareParty);
            }
            return persons;
        }
    }

    /** True once the persons are made ({@link #persons} then returns at once). */
    boolean personsMade() {
        return persons != null;
    }

    /** Articles ordered by file name. */
    List<ArticleStatements> articles() {
        return articles;
    }

    List<Voice> voices() {
        return voices;
    }

    /** Topic groups that have statements, in name order. */
    Iterable<String> topicGroups() {
        return byTopic.keySet();
    }

    /** Voices on one topic group, in reading order. */
    List<Voice> voicesOn(String topicGroup) {
        return byTopic.getOrDefault(topicGroup, List.of());
    }

    /** Body voices (not in a headline) on one topic group. */
    List<Voice> bodyVoicesOn(String topicGroup) {
        return voicesOn(topicGroup).stream().filter(v -> !v.headline()).toList();
    }
}
