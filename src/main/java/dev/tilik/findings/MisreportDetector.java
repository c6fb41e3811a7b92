package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.MatchResult;

/**
 * Outlets disagreeing about what one speaker said, whatever the truth of the claim; the speaker is
 * the person named ({@link Persons}). Two ways:
 * <ul>
 * <li>one article reports the person denying, another reports the same person declining to deny (a
 *     hedge or a refusal to comment) on the same proposition — a hedge by a marker word only when it
 *     withholds what the denial denies, within {@link #MATTER_DAYS} days ("tidak bisa menjamin tidak akan
 *     ada PHK" against "memastikan tidak ada PHK", {@link Restatements#withholds}) —, or declining on the matter at hand
 *     ("belum mendapat informasi resmi soal kasus ini", "had no information on the case": a refusal
 *     naming no proposition of its own (none, or one that only refusals hold: "the case") stands for
 *     its article's subject, the proposition whose words
 *     its headline and lead hold), within {@link #MATTER_DAYS} days;</li>
 * <li>one article reports the person denying a thing, another admitting or confirming it in the same words, within
 *     {@link #MATTER_DAYS} days ({@link Admissions});</li>
 * <li>two articles quote the person telling the same event on different days ({@link Timelines});</li>
 * <li>two articles print one quotation the same day with a figure changed ({@link QuotedFigures}).</li>
 * </ul>
 * Statements of one article never make a misreport (an article saying a speaker changed position
 * reports a change, not a mistake). Declares its own rule id, {@link #RULE}.
 */
final class MisreportDetector implements Detector {
    static final String RULE = "misreport";
    /** Uncommon words of a denial a refusal's lead must hold to be about the denied matter. */
    private static final int MATTER_WORDS = 2;
    /** How many days apart a refusal on the matter at hand and a denial may be to be reports of one answer. */
    static final int MATTER_DAYS = 2;
    /** How many sentences of an article, after its headline, say what it is about. */
    private static final int LEAD_SENTENCES = 3;
    private static final String WHY = "Outlets disagree about what the speaker said, not about the facts: a denial and a "
            + "refusal to deny cannot both be the same statement. Check the speaker's own words (a transcript, the "
            + "original wire copy) before quoting either report.";
    private static final String WHY_TIMELINE = "The same account, in nearly the same words or with the same count of "
            + "the same thing, cannot have happened on both days: one of the reports has the speaker's timeline wrong. Check the speaker's own words (a "
            + "recording, the original interview) before repeating either day.";

    @Override
    public List<Finding> detect(Story story) {
        return Detector.joined(parts(story));
    }

    /**
     * Five pieces, each reading the story alone: the denials against refusals on one matter, the timelines (the largest
     * at 1,000 articles: a third of the findings' samples on their thread), the headlines, the denials against
     * admissions, the quoted figures. The first
     * two share the folder's word counts ({@link Timelines}), made once by whichever asks first.
     */
    @Override
    public List<Part> parts(Story story) {
        Supplier<Timelines> words = once(() -> new Timelines(story.voices(), story.relativeDays(), story.numberWords()));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(false, () -> onTheMatter(story, words.get())));
        parts.add(new Part(true, () -> timelines(story, words.get())));
        parts.add(new Part(false, () -> HeadlineMisreport.detect(story, RULE)));
        parts.add(new Part(false, () -> Admissions.detect(story, RULE)));
        if (story.rules().numeric() != null && story.rules().attribution() != null) {
            parts.add(new Part(false, () -> QuotedFigures.detect(story, story.rules().attribution().minQuoteWords())));
        }
        return parts;
    }

    /** {@code made}'s value, made once by the first thread to ask; the others wait for it. */
    private static <T> Supplier<T> once(Supplier<T> made) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = made.get();
                }
                return value;
            }
        };
    }

    /** A person's denial and the same person's refusal to deny, or declining on the matter, in other articles. */
    private static List<Finding> onTheMatter(Story story, Timelines words) {
        List<Finding> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Voice v : story.voices()) {
            if (v.topicGroup() != null && !declines(v.statement())) {
                taken.add(v.topicGroup());
            }
        }
        Map<String, List<Voice>> onTheMatter = new TreeMap<>();
        for (Voice v : story.voices()) {
            String person = story.persons().of(v);
            if (person != null && !v.headline() && (v.topicGroup() == null || !taken.contains(v.topicGroup()))
                    && refuses(story, v)) {
                onTheMatter.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
            }
        }
        TimeWindow window = new TimeWindow(new YearResolver(story));
        Map<Voice, String> leads = new java.util.IdentityHashMap<>();
        java.util.function.Function<Voice, String> lead = v -> leads.computeIfAbsent(v, MisreportDetector::leadText);
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> denials = new TreeMap<>();
            Map<String, List<Voice>> declines = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                String person = story.persons().of(v);
                if (person == null) {
                    continue;
                }
                Stance s = v.statement().stance();
                if (s == Stance.DENY) {
                    denials.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                } else if (refuses(story, v)) {
                    declines.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                }
            }
            StanceText text = new StanceText(story.names(), story.rules().topicLabel(topic));
            Map<String, List<Voice>> guessed = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                String person = story.persons().of(v);
                if (person != null && v.statement().stance() == Stance.HEDGE
                        && v.statement().basis() == dev.tilik.statements.StanceBasis.MARKER) {
                    guessed.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                }
            }
            Map<Voice, Set<String>> aspects = new java.util.HashMap<>(); // each claim's aspects read once per topic
            java.util.function.Function<Voice, Set<String>> aspectsOf =
                    v -> aspects.computeIfAbsent(v, x -> story.aspects().named(story.claimWords().claimTokens(x)));
            denials.forEach((person, denied) -> {
                List<Voice> declined = new ArrayList<>(declines.getOrDefault(person, List.of()).stream()
                        .filter(v -> refusesDenied(story, v, denied) && sameAspect(aspectsOf, v, denied)).toList());
                List<Voice> withheld = new ArrayList<>(guessed.getOrDefault(person, List.of()).stream()
                        .filter(v -> story.restatements().withholds(v, denied) && sameAspect(aspectsOf, v, denied)).toList());
                if (!withheld.isEmpty() && window.keep(new ArrayList<>(denied), withheld, MATTER_DAYS)) {
                    declined.addAll(withheld);
                }
                List<Voice> matter = new ArrayList<>(onTheMatter.getOrDefault(person, List.of()).stream()
                        .filter(v -> !namesOtherMatter(v, denied) && refusesDenied(story, v, denied)
                                && sameAspect(aspectsOf, v, denied))
                        .filter(v -> about(lead.apply(v), topic) || aboutDenied(v, lead.apply(v), denied, words)).toList());
                List<Voice> deniedNear = new ArrayList<>(denied);
                if (!matter.isEmpty() && window.keep(deniedNear, matter, MATTER_DAYS)) {
                    declined.addAll(matter);
                }
                List<Voice> met = denied.stream().filter(d -> declined.stream().anyMatch(v -> sameAspect(aspectsOf, v, List.of(d))))
                        .toList();
                if (declined.isEmpty() || !inOtherArticles(met, declined)) {
                    return;
                }
                List<Voice> side0 = Sides.ordered(met, story.names());
                List<Voice> side1 = Sides.ordered(declined, story.names());
                String title = person + ": reported as denying and as declining to deny (" + story.rules().topicLabel(topic) + ")";
                out.add(Sides.clustered(List.of(RULE, topic, person), FindingType.MISREPORT, Severity.HIGH, RULE, topic,
                        title, text.explanation(side0, side1, dev.tilik.rules.Relation.SAME_PARTY, WHY), side0, side1));
            });
        }
        return out;
    }

    /**
     * What most articles of {@code items} give ({@code what}: a day, a figure), side 0 of a misreport;
     * on a tie, what the first item in reading order gives.
     */
    private static <T, K extends Comparable<K>> K majority(List<T> items, java.util.function.Function<T, K> what,
                                                          java.util.function.Function<T, String> file) {
        Map<K, Set<String>> articles = new TreeMap<>();
        items.forEach(i -> articles.computeIfAbsent(what.apply(i), k -> new java.util.TreeSet<>()).add(file.apply(i)));
        K major = what.apply(items.get(0));
        for (Map.Entry<K, Set<String>> e : articles.entrySet()) {
            if (e.getValue().size() > articles.get(major).size()) {
                major = e.getKey();
            }
        }
        return major;
    }


    /**
     * A refusal to deny ({@link #declines}) that is not a refusal to answer a question of detail ("tidak merinci kapan
     * pemeriksaan selesai": when, not whether; {@link Matters#asksADetail}).
     */
    private static boolean refuses(Story story, Voice v) {
        return declines(v.statement()) && !story.matters().asksADetail(v);
    }

    /**
     * A refusal to deny: a no-comment, or a hedge the cue makes ("enggan membantah", "declined to
     * deny"). A hedge by a marker word in the claim ("kemungkinan besar inisiatif warga") is a guess
     * at something else, not a refusal to deny.
     */
    private static boolean declines(dev.tilik.statements.Statement s) {
        return s.stance() == Stance.NO_COMMENT
                || s.stance() == Stance.HEDGE && s.basis() != dev.tilik.statements.StanceBasis.MARKER;
    }

    /**
     * True when a refusal on the matter at hand names a thing of its own — a capitalised word past its first, "Kalau yang
     * itu (pencopotan Kapolres) saya tidak menanggapi" — that none of {@code denied} holds: it declines on that thing,
     * not on what was denied. One naming nothing ("belum mendapat informasi resmi soal kasus ini") stands for its
     * article's subject.
     */
    private static boolean namesOtherMatter(Voice v, List<Voice> denied) {
        if (v.statement().stance() != Stance.NO_COMMENT) {
            return false;
        }
        Set<String> held = new HashSet<>();
        denied.forEach(d -> held.addAll(Normal.wordList(d.claimText())));
        String claim = v.claimText();
        int opening = 0;
        while (opening < claim.length() && !Character.isLetterOrDigit(claim.charAt(opening))) {
            opening++;
        }
        for (MatchResult m : ClaimWords.capitalised(claim, NAMED_LETTERS)) {
            if (m.start() > opening && !held.contains(Normal.words(Normal.text(m.group())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True unless a no-comment's object says it refuses something other than what {@code denied} deny: a refusal with no
     * word ("Budi tak merespons.") refuses nothing a denial elsewhere answers, and one that names what it refuses
     * ("enggan menanggapi soal izin gudang", {@link Matters#refusedObject}) refuses that, so it meets a denial only
     * when a denial holds a word of it. A refusal of the matter at hand ("soal kasus ini") or naming no object stays.
     */
    static boolean refusesDenied(Story story, Voice refusal, List<Voice> denied) {
        if (refusal.statement().stance() != Stance.NO_COMMENT) {
            return true;
        }
        List<String> t = story.claimWords().claimTokens(refusal);
        if (t.stream().noneMatch(w -> Character.isLetterOrDigit(w.charAt(0)))) {
            return false;
        }
        List<String> object = story.matters().refusedObject(t);
        if (object.isEmpty()) {
            return true;
        }
        Set<String> held = new HashSet<>();
        denied.forEach(d -> held.addAll(story.claimWords().claimTokens(d)));
        return object.stream().anyMatch(w -> w.length() >= 3 && held.contains(w));
    }

    /**
     * True when {@code refusal} is about an aspect of the event ({@link Aspects}) one of {@code denied} is about, or
     * either names none: "enggan menyebut penyebab kebakaran" declines on the cause and does not meet "membantah api
     * berasal dari gudang", a denial of where it started, but meets "membantah kebakaran disebabkan korsleting".
     */
    private static boolean sameAspect(java.util.function.Function<Voice, Set<String>> aspectsOf, Voice refusal,
                                      List<Voice> denied) {
        Set<String> refused = aspectsOf.apply(refusal);
        return denied.stream().anyMatch(d -> Aspects.agree(refused, aspectsOf.apply(d)));
    }

    /** A capitalised word names a thing when it has three letters or more; {@link #namesOtherMatter} passes over one opening the claim. */
    private static final int NAMED_LETTERS = 3;

    /**
     * True when the article of a refusal naming no proposition is about {@code topic}: every word of
     * the proposition's label stands in its headline or its first sentences.
     */
    private static boolean about(String leadText, String topic) {
        String[] label = topic.toLowerCase(Locale.ROOT).split("\\s+");
        if (label.length < 2) {
            return false;
        }
        Set<String> lead = new HashSet<>(Normal.wordList(leadText));
        for (String w : label) {
            if (!lead.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the article of a no-comment naming no proposition is about what the same person denied
     * elsewhere (a hedge of the cue, "tidak menampik", is no answer on a whole matter): its headline and
     * first sentences ({@code lead}) hold {@link #MATTER_WORDS} of a denial's uncommon words. This holds where the proposition's label does not: a label drawn from another language's
     * statements, or from the words of a group wider than the denial.
     */
    private static boolean aboutDenied(Voice refusal, String lead, List<Voice> denied, Timelines words) {
        if (refusal.statement().stance() != Stance.NO_COMMENT) {
            return false;
        }
        for (Voice d : denied) {
            if (words.sharedUncommon(d.claimText(), lead) >= MATTER_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The article's headline and its first sentences outside boilerplate: what it is about. */
    private static String leadText(Voice v) {
        var article = v.article().document().article();
        String text = v.article().document().text();
        StringBuilder sb = new StringBuilder();
        article.headlineSpan().ifPresent(h -> sb.append(h.coveredText(text)).append(' '));
        int taken = 0;
        dev.tilik.ingest.HeaderBlock header = dev.tilik.ingest.HeaderBlock.parse(text);
        int body = header.isPresent() ? header.region().end() : 0;
        for (CharSpan s : v.article().document().sentences()) {
            if (taken >= LEAD_SENTENCES) {
                break;
            }
            if (s.start() < body || article.touchesBoilerplate(s) || article.headlineSpan().map(h -> h.overlaps(s)).orElse(false)) {
                continue;
            }
            sb.append(s.coveredText(text)).append(' ');
            taken++;
        }
        return sb.toString();
    }

    private static boolean inOtherArticles(List<Voice> a, List<Voice> b) {
        Set<String> files = new HashSet<>();
        a.forEach(v -> files.add(v.fileName()));
        return b.stream().anyMatch(v -> !files.contains(v.fileName()) || files.size() > 1);
    }

    /**
     * One finding per person and event: accounts of one person linked by pairs that tell one event on
     * different days make one event (its connected accounts); side 0 holds the day most of its articles
     * give, side 1 the others. Bounded by the folder's cast and events, not by its pairs of articles.
     */
    private static List<Finding> timelines(Story story, Timelines words) {
        Map<String, List<Voice>> byPerson = new TreeMap<>();
        for (Voice v : story.voices()) {
            String person = story.persons().of(v);
            if (person != null && !v.headline()) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
            }
        }
        Map<Timelines.Account, Timelines.Account> parent = new java.util.LinkedHashMap<>();
        for (Timelines.Account[] p : words.misdated(byPerson, new YearResolver(story))) {
            parent.putIfAbsent(p[0], p[0]);
            parent.putIfAbsent(p[1], p[1]);
            parent.put(root(parent, p[0]), root(parent, p[1]));
        }
        Map<Timelines.Account, List<Timelines.Account>> events = new java.util.LinkedHashMap<>();
        parent.keySet().forEach(a -> events.computeIfAbsent(root(parent, a), k -> new ArrayList<>()).add(a));
        List<Finding> out = new ArrayList<>();
        for (List<Timelines.Account> event : events.values()) {
            event.sort((x, y) -> Voice.byPosition(x.voice(), y.voice()));
            DayOfWeek first = majority(event, Timelines.Account::day, a -> a.voice().fileName());
            List<Timelines.Account> one = event.stream().filter(a -> a.day() == first).toList();
            List<Timelines.Account> other = event.stream().filter(a -> a.day() != first).toList();
            out.add(timeline(story, one, other));
        }
        return out;
    }

    private static Timelines.Account root(Map<Timelines.Account, Timelines.Account> parent, Timelines.Account a) {
        Timelines.Account r = a;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    private static Finding timeline(Story story, List<Timelines.Account> one, List<Timelines.Account> other) {
        Timelines.Account a = one.get(0);
        Timelines.Account b = other.get(0);
        String person = story.persons().of(a.voice());
        List<Voice> side0 = Sides.ordered(one.stream().map(Timelines.Account::voice).toList(), story.names());
        List<Voice> side1 = Sides.ordered(other.stream().map(Timelines.Account::voice).toList(), story.names());
        String topic = a.voice().topicGroup() != null ? a.voice().topicGroup() : b.voice().topicGroup();
        String title = person + ": quoted with one event on " + day(a.day()) + " and on " + day(b.day());
        String explanation = account(a) + "; " + account(b) + ". " + WHY_TIMELINE;
        return Sides.clustered(List.of(RULE, "timeline", person, a.voice().fileName(), Normal.text(sentence(a))),
                FindingType.MISREPORT, Severity.HIGH, RULE, topic, title, explanation, side0, side1);
    }

    private static String account(Timelines.Account a) {
        return a.voice().fileName() + " quotes " + a.voice().statement().speaker() + " putting it on " + day(a.day())
                + " (\u201C" + Normal.spaces(sentence(a)) + "\u201D" + relative(a.relative()) + ")";
    }

    /** How a day named by its distance from the article's date was read, or nothing for a day named itself. */
    private static String relative(RelativeDays.Day d) {
        if (d == null) {
            return "";
        }
        if (d.said()) {
            return ": \u201C" + d.word() + "\u201D counted from the day its sentence says it was said, " + d.from();
        }
        return ": \u201C" + d.word() + "\u201D counted from the article's date, " + d.from()
                + (d.fromHeader() ? " (its header)" : " (the latest date it writes)");
    }

    private static String sentence(Timelines.Account a) {
        return a.sentence().coveredText(a.voice().article().document().text());
    }

    private static String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
