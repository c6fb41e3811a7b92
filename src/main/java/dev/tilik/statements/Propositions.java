package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The folder pass that finds what each statement claims, from the claims' own words, for any story:
 * statements whose content words weigh the same across the folder make one proposition ("banjir
 * disebabkan curah hujan ekstrem, bukan tanggul jebol", "tanggul yang jebol menjadi penyebab utama
 * banjir" and, through the English rules' glossary, "the levee breach caused the flood").
 *
 * <p>Each claim is a set of content-word keys ({@link ContentWords}) that at least one other statement
 * of the folder holds too (a word nobody else uses connects nothing); a word more than half the
 * statements hold is the story's background and counts less, and so does a name. Statements are taken in folder order and
 * join the proposition whose centroid is closest, if at least {@link #JOIN} (cosine), else open a
 * new one; candidates come only through the words a statement holds (an inverted index, capped per
 * word), so the work grows with the folder, never with its square. What a claim's figures count
 * ("17 orang meninggal", "19 people died": {@code dead}) is a key of its own, heavier than a word. A
 * topic from the rules' lexicons that most of a large folder's statements name is the folder's subject
 * as the rules know it, and its statements seed one proposition and keep it; any other lexicon topic is
 * a hint weighing one word: it seeds no proposition, and names only the one most of its statements
 * joined (a story's lexicon word some claims of another story touch, "senjata" in a shooting, no
 * longer makes those claims one).
 * A proposition's label is its own two heaviest words, as most often written; it is shown as a phrase of its claims
 * ({@link PropositionLabel}, labels only).
 *
 * <p>Then stance relative to the proposition: a statement asserted through a neutral cue whose
 * claim negates one of its proposition's key words ("bukan tanggul jebol", "no levee broke"), or says
 * it has not happened yet ("belum ada izin" where others say the permit was issued), denies it.
 *
 * <p>Its second look, merging the nearest propositions, is {@link NearestMerge}; how it weighs the rules' lexicon
 * topics is {@link TopicHints}.
 */
final class Propositions {
    /** Weight of a word more than half the folder's statements hold: the story's background ("banjir"). */
    private static final double BACKGROUND = 0.4;
    /**
     * Statements a folder needs before a word most of them hold is its background: in a handful of
     * articles about one event, the words of the proposition they mostly argue over ("tanggul jebol")
     * are held by most statements, and discounting them would split that very proposition.
     */
    static final int BACKGROUND_FOLDER = 40;
    /** Weight factor of a capitalised word: a name says where or who, a common word what is claimed. */
    private static final double NAME = 0.5;
    /** A word weighing less than this per member is background (or a background name) to a label. */
    static final double BACKGROUND_LABEL_CUT = (BACKGROUND + NAME) / 2;
    /** Cosine similarity to a proposition's centroid needed to join it. */
    static final double JOIN = 0.5;
    /**
     * Weight of what a claim's figure counts ("37 orang meninggal", "41 dead": {@code dead}): figures of
     * one counted thing are what a fact-checker sets side by side, whatever else the claims say, and the
     * counted thing is the rules' own name for it, the same in every language.
     */
    private static final double COUNTED = 2.0;
    /**
     * Weight of a lexicon topic a statement carries: one word's worth, a hint among its own words, never
     * the proposition itself.
     */
    private static final double HINT = 1.0;
    /** Prefix of a lexicon topic's key. */
    static final String HINT_KEY = "#topic:";

    /** Whether a vector's key is a rules topic's hint, not a claim's word. */
    static boolean isHintKey(String key) {
        return key.startsWith(HINT_KEY);
    }
    /** Prefix of a counted thing's key (and of a lexicon topic's), which no word's key has. */
    static final String COUNTED_KEY = "#";
    /** A word held by more propositions than this proposes no candidates (it still counts in the similarity). */
    static final int CANDIDATE_CAP = 64;

    private Propositions() {
    }

    /**
     * @param languageOf each statement's language parts, or null when its language has no rules
     * @param isHint     true for a topic given by a rules lexicon (kept), false for a proposition label
     */
    static List<ArticleStatements> assign(List<ArticleStatements> articles, Function<Statement, ClaimWords.Language> languageOf) {
        return assign(articles, languageOf, reads(articles, languageOf));
    }

    /**
     * Each statement's own read (its words, what it answers, whether it names its topic), in the order
     * {@link #assign} takes the statements. A read looks at a statement's claim, stance and topic, its
     * article's text and sentences and the other statements' claims, never at a speaker or party: reads
     * made before the folder's parties are resolved ({@link FolderSpeakers}, {@link Institutions}, which
     * change nothing else) serve the statements after it, so they can be made while that runs.
     */
    static Reads reads(List<ArticleStatements> articles, Function<Statement, ClaimWords.Language> languageOf) {
        List<Statement> all = new ArrayList<>();
        List<ArticleStatements> of = new ArrayList<>();
        inOrder(articles, all, of);
        Read[] reads = new Read[all.size()];
        // Each statement is read on its own, so the reads run on every core; assign joins them in order.
        java.util.stream.IntStream.range(0, reads.length).parallel()
                .forEach(i -> reads[i] = read(languageOf.apply(all.get(i)), of.get(i), all.get(i)));
        return new Reads(all, reads);
    }

    /** The statements read, in order, and their reads. */
    record Reads(List<Statement> statements, Read[] reads) {
        /** True when these are reads of {@code all}: the same claims, stances and topics, one for one. */
        boolean of(List<Statement> all) {
            if (all.size() != statements.size()) {
                return false;
            }
            for (int i = 0; i < all.size(); i++) {
                Statement a = all.get(i);
                Statement b = statements.get(i);
                if (!a.fileName().equals(b.fileName()) || !a.claim().equals(b.claim()) || a.stance() != b.stance()
                        || !java.util.Objects.equals(a.topic(), b.topic())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Articles by file name, every statement of each in order, with its article. */
    private static void inOrder(List<ArticleStatements> articles, List<Statement> all, List<ArticleStatements> of) {
        List<ArticleStatements> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ArticleStatements::fileName));
        for (ArticleStatements a : ordered) {
            for (Statement s : a.statements()) {
                all.add(s);
                of.add(a);
            }
        }
    }

    /** As {@link #assign(List, Function)}, with the statements' reads made already (of these statements, or of them before their parties). */
    static List<ArticleStatements> assign(List<ArticleStatements> articles, Function<Statement, ClaimWords.Language> languageOf,
                                          Reads made) {
        return finish(articles, languageOf, cluster(articles, languageOf, made));
    }

    /**
     * The propositions of a folder's statements, made from their claims, stances and topics alone (no
     * speaker or party is read until {@link #finish}): clusters made before the folder's parties are
     * resolved serve the statements after it, so they can be made while that runs. {@code backgroundWords}: the words the
     * claims of at least half the articles hold ({@link BroadPropositions#background(List, List, int)}), read once for the
     * first look and for {@link #finish}; empty in a folder too small for a background.
     */
    record Clusters(List<Statement> statements, Read[] reads, List<List<ClaimWords.Word>> words, boolean[] loosened,
                    List<Map<String, Double>> vectors, PropositionGroup[] groupOf, Set<String> held, Set<String> wide,
                    Set<String> backgroundWords) {
        /** True when {@code all} are these statements, one for one, each at most with another party. */
        boolean of(List<Statement> all) {
            if (all.size() != statements.size()) {
                return false;
            }
            for (int i = 0; i < all.size(); i++) {
                if (!statements.get(i).withParty(all.get(i).party()).equals(all.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The clusters of {@link #assign}, everything it works out before it reads a party (as {@link Clusters} says). */
    static Clusters cluster(List<ArticleStatements> articles, Function<Statement, ClaimWords.Language> languageOf, Reads made) {
        List<Statement> all = new ArrayList<>();
        List<ArticleStatements> of = new ArrayList<>();
        inOrder(articles, all, of);
        List<Statement> statements = List.copyOf(all);
        Read[] reads = made.of(all) ? made.reads() : reads(articles, languageOf).reads();
        boolean[] loosened = new boolean[all.size()];
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<Set<String>> answered = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Read r : reads) {
            answered.add(r.answers());
            words.add(r.words());
        }
        // a root whose first letter a prefix may have hidden takes the key the folder's passive writes it by
        HiddenRoots.meet(all, words, answered, languageOf);
        // an English claim's borrowed words and names take the keys the folder's Indonesian claims write them by
        Loanwords.meet(all, words, answered, languageOf);
        // an outlet's headline ({@link Statement#outletsOwn}) sums up its body in the body's words: counted, its words
        // would join claims the folder's sources keep apart; it is placed last, in propositions made without it
        boolean[] late = new boolean[reads.length];
        for (int i = 0; i < reads.length; i++) {
            late[i] = all.get(i).outletsOwn();
            if (late[i]) {
                continue;
            }
            new TreeSet<>(words.get(i).stream().map(ClaimWords.Word::key).toList()).forEach(k -> df.merge(k, 1, Integer::sum));
            reads[i].counted().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        int n = all.size();
        Map<String, Integer> named = TopicHints.namedHints(all, reads);
        Set<String> weak = TopicHints.weakHints(named, n);
        Set<String> subject = TopicHints.subjectHints(named, n);
        for (int i = 0; i < n; i++) {
            Statement s = all.get(i);
            if (s.topic() != null && weak.contains(s.topic())) {
                all.set(i, TopicHints.loose(s, words.get(i)));
                loosened[i] = true;
            }
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new LinkedHashMap<>();
            int own = late[i] ? 1 : 0;
            for (ClaimWords.Word word : words.get(i)) {
                int d = df.getOrDefault(word.key(), 0) + own;
                if (d >= 2) {
                    double weight = d * 2 > n && n >= BACKGROUND_FOLDER ? BACKGROUND : 1.0;
                    v.merge(word.key(), Character.isUpperCase(word.surface().charAt(0)) ? weight * NAME : weight, Math::max);
                }
            }
            if (!v.isEmpty()) {
                for (String k : reads[i].counted()) {
                    int d = df.getOrDefault(k, 0) + own;
                    if (d >= 2) {
                        v.put(k, COUNTED * (d * 2 > n && n >= BACKGROUND_FOLDER ? BACKGROUND : 1.0));
                    }
                }
            }
            vectors.add(v);
        }
        List<PropositionGroup> groups = new ArrayList<>();
        Map<String, PropositionGroup> byHint = new HashMap<>();
        Map<String, List<PropositionGroup>> index = new HashMap<>();
        PropositionGroup[] groupOf = new PropositionGroup[n];
        for (int i = 0; i < n; i++) {
            String hint = all.get(i).topic();
            if (late[i]) {
                continue;
            }
            if (hint != null && subject.contains(hint)) {
                PropositionGroup g = byHint.computeIfAbsent(hint, h -> {
                    PropositionGroup ng = new PropositionGroup(h);
                    groups.add(ng);
                    return ng;
                });
                join(g, i, vectors.get(i), words.get(i), index);
                groupOf[i] = g;
            } else if (hint != null) {
                vectors.get(i).put(HINT_KEY + hint, HINT);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!late[i] && groupOf[i] == null && !vectors.get(i).isEmpty()) {
                place(i, vectors.get(i), words.get(i), groups, index, groupOf);
            }
        }
        // the background words are read once: the first look and the split take them with the topics' hints, the wide
        // topics' split in finish the words alone (it sets hint keys aside itself)
        Set<String> backgroundWords = n >= BACKGROUND_FOLDER ? BroadPropositions.background(all, words, articles.size()) : Set.of();
        Set<String> background = n >= BACKGROUND_FOLDER
                ? BroadPropositions.withHints(backgroundWords, all, vectors, articles.size()) : Set.of();
        // before the split, merges into the story's subject need a margin: its centroid moves with every statement
        if (background.isEmpty()) {
            NearestMerge.mergeClose(groups, index, groupOf);
        } else {
            NearestMerge.mergeBeforeSplit(groups, index, groupOf);
        }
        if (BroadPropositions.split(all, words, answered, vectors, background, groups, index, groupOf)) {
            NearestMerge.mergeClose(groups, index, groupOf);
        }
        for (int i = 0; i < n; i++) {
            String hint = all.get(i).topic();
            if (!late[i]) {
                continue;
            }
            if (hint != null && byHint.containsKey(hint)) {
                join(byHint.get(hint), i, vectors.get(i), words.get(i), index);
                groupOf[i] = byHint.get(hint);
            } else if (!vectors.get(i).isEmpty()) {
                if (hint != null) {
                    vectors.get(i).put(HINT_KEY + hint, HINT);
                }
                place(i, vectors.get(i), words.get(i), groups, index, groupOf);
            }
        }
        Set<String> wide = WideHints.of(all, vectors, articles.size(), n >= BACKGROUND_FOLDER, subject);
        Set<String> held = TopicHints.nameByHints(all, groups, wide);
        return new Clusters(statements, reads, words, loosened, vectors, groupOf, held, wide, backgroundWords);
    }

    /**
     * The meanings of the rules' synonyms each claim writes ({@link ClaimWords.Language#synonyms}; none in a language
     * without claim words), in the statements' order.
     */
    static List<Set<String>> synonyms(List<Statement> all, List<ArticleStatements> of,
                                      Function<Statement, ClaimWords.Language> languageOf) {
        return eachClaim(all, of, languageOf, Set.of(), ClaimWords.Language::synonyms);
    }

    /**
     * What {@code read} gives each statement of {@code all} (its article's text in {@code of}), in their order, {@code none}
     * for a language without claim words: each read from its own claim's words, so on every core (the folder pass's
     * tail is otherwise on one).
     */
    private static <T> List<T> eachClaim(List<Statement> all, List<ArticleStatements> of,
                                         Function<Statement, ClaimWords.Language> languageOf, T none,
                                         ClaimRead<T> read) {
        return java.util.stream.IntStream.range(0, all.size()).parallel().mapToObj(i -> {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            return lang == null ? none : read.of(lang, all.get(i), of.get(i).document().text());
        }).toList();
    }

    /** Each statement's article as its index in the folder, {@code of} holding each statement's article in order. */
    private static List<Integer> articleIndex(List<ArticleStatements> of) {
        List<Integer> out = new ArrayList<>(of.size());
        ArticleStatements last = null;
        int index = -1;
        for (ArticleStatements a : of) {
            if (a != last) {
                index++;
                last = a;
            }
            out.add(index);
        }
        return out;
    }

    /** One reading of a claim in its language. */
    private interface ClaimRead<T> {
        T of(ClaimWords.Language lang, Statement s, String text);
    }

    /**
     * {@link #assign}'s end on {@code articles}, the statements {@code made} was made from or the same with
     * their parties resolved (else made again here): the names that meet claims and denials (which read
     * parties), then each statement's proposition and its stance to it.
     */
    static List<ArticleStatements> finish(List<ArticleStatements> articles, Function<Statement, ClaimWords.Language> languageOf,
                                          Clusters made) {
        List<Statement> all = new ArrayList<>();
        List<ArticleStatements> of = new ArrayList<>();
        inOrder(articles, all, of);
        Clusters c = made.of(all) ? made : cluster(articles, languageOf, new Reads(made.statements(), made.reads()));
        Read[] reads = c.reads();
        List<List<ClaimWords.Word>> words = c.words();
        List<Map<String, Double>> vectors = c.vectors();
        PropositionGroup[] groupOf = c.groupOf().clone();
        Set<String> held = c.held();
        int n = all.size();
        DeniedObjects.place(all, words, groupOf);
        WrittenTerms.place(all, words, groupOf, i -> {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            return lang == null ? List.of() : lang.termPairs(all.get(i), of.get(i).document().text());
        });
        SynonymTerms.place(n, groupOf, synonyms(all, of, languageOf)::get);
        List<Integer> articleOfStatement = articleIndex(of);
        RebuttalsBeside.place(all, words, groupOf, articleOfStatement::get);
        ConditionalsBeside.place(all, groupOf, articleOfStatement::get, i -> {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            return lang != null && lang.pointsBack(all.get(i), of.get(i).document().text());
        });
        // a place some claim names says where, not who: no accused actor's name
        Set<String> places = places(reads);
        DeniedActs.place(all, words, groupOf, i -> all.get(i).claim().coveredText(of.get(i).document().text()), places);
        SharedKeyDenials.place(all, words, c.backgroundWords(), groupOf);
        if (!c.wide().isEmpty()) {
            WideHints.split(all, i -> reads[i].namesTopic(), c.wide(), vectors, words,
                    c.backgroundWords(), groupOf);
        }
        Map<Statement, Statement> released = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (c.loosened()[i]) {
                Statement s = all.get(i);
                Statement t = TopicHints.loose(s, words.get(i));
                all.set(i, t);
                released.put(s, t);
            }
        }
        // Each claim's names are read from its own words (its tokens), so on every core; the pass meets them in folder order.
        List<List<String>> names = eachClaim(all, of, languageOf, List.of(), ClaimWords.Language::names);
        Map<Integer, String> byActor = ActorPropositions.find(all, i -> ActorPropositions.notPlaces(names.get(i), places),
                i -> vectors.get(i).keySet());
        Map<PropositionGroup, String> shown = shownLabels(all, of, languageOf, groupOf, byActor.values(), c.wide());
        List<List<ClaimWords.Word>> onScales = OppositeSides.onScales(all, words, i -> languageOf.apply(all.get(i)),
                i -> of.get(i).document().text());
        Map<PropositionGroup, Integer> claimedSides = OppositeSides.claimed(all, onScales, groupOf, i -> languageOf.apply(all.get(i)));
        Map<Statement, Statement> replaced = new HashMap<>();
        Map<Statement, Statement> original = new HashMap<>();
        released.forEach((from, to) -> original.put(to, from));
        for (int i = 0; i < n; i++) {
            Statement s = all.get(i);
            Statement before = original.getOrDefault(s, s);
            PropositionGroup g = groupOf[i];
            if (byActor.containsKey(i) && s.topic() == null) {
                replaced.put(before, s.withTopic(byActor.get(i)));
                continue;
            }
            if (s.topic() != null && held.contains(s.topic())) {
                if (before != s) {
                    replaced.put(before, s);
                }
                continue;
            }
            if (g == null || g.members.size() < 2) {
                if (s.topic() != null && c.wide().contains(s.topic())) {
                    s = s.withTopic(null); // a wide topic keeps no claim alone, nor changes its reading
                } else if (s.topic() != null && !reads[i].namesTopic()) {
                    s = TopicHints.loose(s, words.get(i));
                }
                if (before != s) {
                    replaced.put(before, s);
                }
                continue;
            }
            String label = WideHints.label(g, c.wide());
            Statement t = label.isEmpty() || label.equals(s.topic()) ? s
                    : g.hint != null && g.hint.equals(s.topic()) ? s.withTopic(shown.getOrDefault(g, label))
                    : TopicHints.loose(s, words.get(i)).withTopic(shown.getOrDefault(g, label));
            t = relativeStance(t, words.get(i), g);
            t = OppositeSides.stance(t, onScales.get(i), languageOf.apply(s), claimedSides.get(g));
            if (t != before) {
                replaced.put(before, t);
            }
        }
        List<Statement> shownTopics = new ArrayList<>(n);
        List<Statement> befores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Statement before = original.getOrDefault(all.get(i), all.get(i));
            befores.add(before);
            shownTopics.add(replaced.getOrDefault(before, before));
        }
        RelativeStance.apply(shownTopics, words).forEach((i, t) -> {
            replaced.put(befores.get(i), t);
            shownTopics.set(i, t);
        });
        AnsweredAccusations.apply(shownTopics, words, i -> languageOf.apply(shownTopics.get(i)))
                .forEach((i, t) -> replaced.put(befores.get(i), t));
        if (replaced.isEmpty()) {
            return articles;
        }
        Map<String, String> actorLabels = actorLabels(articles, all, of, languageOf, byActor, replaced);
        List<ArticleStatements> out = new ArrayList<>();
        for (ArticleStatements a : articles) {
            List<Statement> list = a.statements().stream().map(s -> replaced.getOrDefault(s, s))
                    .map(s -> s.topic() != null && actorLabels.containsKey(s.topic()) ? s.withTopic(actorLabels.get(s.topic())) : s)
                    .toList();
            out.add(new ArticleStatements(a.document(), list, a.dates()));
        }
        return out;
    }

    /** The labels of the propositions met through a name, as their claims write it ({@link ActorLabels}). */
    private static Map<String, String> actorLabels(List<ArticleStatements> articles, List<Statement> all, List<ArticleStatements> of,
                                                   Function<Statement, ClaimWords.Language> languageOf,
                                                   Map<Integer, String> byActor, Map<Statement, Statement> replaced) {
        if (byActor.isEmpty()) {
            return Map.of();
        }
        Set<String> names = new java.util.HashSet<>(byActor.values());
        Set<String> others = new java.util.HashSet<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                String t = replaced.getOrDefault(s, s).topic();
                if (t != null && !names.contains(t)) {
                    others.add(t);
                }
            }
        }
        return ActorLabels.of(byActor, i -> {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            return lang == null ? null : lang.writtenName(all.get(i), of.get(i).document().text(), byActor.get(i));
        }, others);
    }

    /**
     * The label each proposition named by its own words is shown by ({@link PropositionLabel}: a phrase of its claims),
     * where it differs from the label its heaviest words give ({@link PropositionGroup#label}). Labels only: a label
     * another proposition, a lexicon topic or an actor's proposition is named by already, or that two propositions would
     * share, is not given, and propositions whose words give one label keep it (they share that topic downstream), so
     * the statements sharing a topic are the same ones whichever label they carry.
     */
    private static Map<PropositionGroup, String> shownLabels(List<Statement> all, List<ArticleStatements> of,
                                                             Function<Statement, ClaimWords.Language> languageOf,
                                                             PropositionGroup[] groupOf, java.util.Collection<String> actors,
                                                             Set<String> wide) {
        Map<PropositionGroup, String> proposed = new java.util.IdentityHashMap<>();
        Set<String> taken = new java.util.HashSet<>(actors);
        all.forEach(s -> {
            if (s.topic() != null) {
                taken.add(s.topic());
            }
        });
        Set<PropositionGroup> groups = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Integer> named = new HashMap<>();
        for (PropositionGroup g : groupOf) {
            if (g != null && g.members.size() >= 2 && groups.add(g)) {
                taken.add(WideHints.label(g, wide));
                named.merge(WideHints.label(g, wide), 1, Integer::sum);
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        for (PropositionGroup g : groups) {
            // two propositions whose words give one label share a topic downstream: they keep it, and so stay one
            String own = WideHints.label(g, wide);
            if (g.hint != null && !wide.contains(g.hint) || named.get(own) > 1) {
                continue;
            }
            List<List<ClaimWords.Word>> members = new ArrayList<>();
            for (int m : g.members) {
                ClaimWords.Language lang = languageOf.apply(all.get(m));
                if (lang != null) {
                    members.add(lang.labelWords(all.get(m), of.get(m).document().text()));
                }
            }
            String label = PropositionLabel.of(g.labelScores(), members);
            if (label != null && !label.equals(own)) {
                proposed.put(g, label);
                uses.merge(label, 1, Integer::sum);
            }
        }
        proposed.values().removeIf(label -> taken.contains(label) || uses.get(label) > 1);
        return proposed;
    }

    /**
     * Puts statement {@code i} into the proposition whose centroid is closest, if at least {@link #JOIN},
     * else into a new one; candidates come only through the words it holds.
     */
    static void place(int i, Map<String, Double> v, List<ClaimWords.Word> words, List<PropositionGroup> groups,
                      Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        double vNorm2 = 0;
        for (double w : v.values()) {
            vNorm2 += w * w;
        }
        PropositionGroup best = null;
        double bestSim = JOIN;
        Set<PropositionGroup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String key : v.keySet()) {
            List<PropositionGroup> holding = index.getOrDefault(key, List.of());
            if (holding.size() > CANDIDATE_CAP) {
                continue;
            }
            for (PropositionGroup g : holding) {
                if (seen.add(g)) {
                    double sim = g.cosine(v, vNorm2);
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = g;
                    }
                }
            }
        }
        if (best == null) {
            best = new PropositionGroup(null);
            groups.add(best);
        }
        join(best, i, v, words, index);
        groupOf[i] = best;
    }

    /** The keys of the places the folder's claims name ({@link PlaceWords}). */
    private static Set<String> places(Read[] reads) {
        Set<String> out = new java.util.HashSet<>();
        for (Read r : reads) {
            out.addAll(r.places());
        }
        return out;
    }

    /**
     * A rebuttal naming the claim it answers only by a pronoun or paraphrase ("hal tersebut tidak
     * logis", "itu tidak mungkin", "that is not true") claims what the sentence before it says: the
     * claim of the statement made there, else that sentence (after its complementizer, "… klaim
     * bahwa …"). Those words come first, held as the answer holds them (negated when it denies), and
     * its own words follow, so it meets the proposition it answers.
     */
    /** What the pass reads of one statement on its own: its words (with what it answers first), their keys it answers, whether it names its topic. */
    record Read(List<ClaimWords.Word> words, Set<String> answers, boolean namesTopic, Set<String> counted, Set<String> places) {
    }

    /**
     * The keys of what the claim's figures count ({@link #COUNTED_KEY} before the rules' name of it). A
     * measure ("pagar laut sepanjang 30 km": {@code length of pagar}, as {@link MeasuredThing} names it)
     * is left out: it mostly describes what a claim is about, the thing's size said in passing by claims
     * of every kind, where a count ("17 orang meninggal") is what the claim says. A figure written in words
     * ("sebelas pelajar meninggal") is left out too: measured, it pulled a hoax's retelling and its denial
     * together on the school-meal story, and small counts in words are mostly said in passing.
     */
    private static Set<String> counted(Statement s) {
        Set<String> out = new TreeSet<>();
        for (NumberMention m : s.numbers()) {
            if (m.counted() != null && !m.counted().contains(MeasuredThing.OF) && !m.inWords()
                    && s.claim().start() <= m.span().start() && m.span().end() <= s.claim().end()) {
                out.add(COUNTED_KEY + m.counted());
            }
        }
        return out;
    }

    private static Read read(ClaimWords.Language lang, ArticleStatements a, Statement s) {
        if (lang == null) {
            return new Read(List.of(), Set.of(), false, Set.of(), Set.of());
        }
        String text = a.document().text();
        List<ClaimWords.Word> w = lang.words(s, text);
        Set<String> answers = Set.of();
        if (lang.answersEarlier(s, text)) {
            List<ClaimWords.Word> own = w;
            w = withAnswered(lang, a, s, own);
            answers = Set.copyOf(w.subList(0, w.size() - own.size()).stream().map(ClaimWords.Word::key).toList());
        }
        return new Read(w, answers, s.topic() != null && lang.namesTopic(s, text), counted(s), lang.places(s, text));
    }

    private static List<ClaimWords.Word> withAnswered(ClaimWords.Language lang, ArticleStatements a, Statement s,
                                                      List<ClaimWords.Word> own) {
        List<dev.tilik.text.CharSpan> sentences = a.document().sentences();
        int at = -1;
        for (int i = 0; i < sentences.size(); i++) {
            dev.tilik.text.CharSpan sp = sentences.get(i);
            if (sp.start() <= s.claim().start() && s.claim().start() < sp.end()) {
                at = i;
                break;
            }
        }
        if (at <= 0) {
            return own;
        }
        dev.tilik.text.CharSpan before = sentences.get(at - 1);
        dev.tilik.text.CharSpan span = before;
        for (Statement other : a.statements()) {
            if (other != s && other.claim().start() >= before.start() && other.claim().end() <= before.end()) {
                span = other.claim();
                break;
            }
        }
        List<ClaimWords.Word> out = new ArrayList<>(lang.answered(span, a.document().text(), s.stance() == dev.tilik.model.Stance.DENY));
        out.addAll(own);
        return out;
    }

    private static void join(PropositionGroup g, int i, Map<String, Double> v, List<ClaimWords.Word> words, Map<String, List<PropositionGroup>> index) {
        for (String key : v.keySet()) {
            if (!g.centroid.containsKey(key)) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
        g.add(i, v, words);
    }

    /**
     * An assertion through a neutral cue that negates one of its proposition's key words denies the
     * proposition, when the word is one of the proposition's key words (held by half its members) and
     * at least two members claim it (someone asserts what the negation denies: "bukan tanggul jebol" against "tanggul jebol"; "tidak memiliki izin"
     * that nobody claims otherwise is a negative fact asserted, not a denial). A "not yet" of the key
     * word counts as its negation here ({@link ClaimWords.Word#pending}: "belum ada izin pembangunan"
     * against two claims that the permit was issued). A negation before a
     * figure counts ("belum ada tiga orang"), it does not deny, and neither does one outside the claim's own clause
     * ("… gagal karena tidak ada cadangan data": {@link ClaimWords.Word#subordinate}), nor one of having or being able
     * ("kami tidak punya anggaran memperbaiki jalan", "kami tidak bisa melarang": {@link ClaimWords.Word#lacked}), which
     * states a lack. A proposition seeded by a rules topic keeps the extractor's own negation rules.
     */
    static Statement relativeStance(Statement s, List<ClaimWords.Word> words, PropositionGroup g) {
        if (g.hint != null || s.stance() != dev.tilik.model.Stance.ASSERT
                || !(s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)) {
            return s;
        }
        for (ClaimWords.Word w : words) {
            if ((w.negated() || w.pending()) && !w.subordinate() && !w.lacked() && g.isKeyWord(w.key()) && g.affirmed.getOrDefault(w.key(), 0) >= 2) {
                return s.withStance(dev.tilik.model.Stance.DENY, StanceBasis.EVENT_NEGATED);
            }
        }
        return s;
    }
}
