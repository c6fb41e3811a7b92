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
    /** Share of the folder's statements that must name a lexicon topic for it to hint propositions. */
    private static final double HINT_SHARE = 0.05;
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
    private static final String HINT_KEY = "#topic:";
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
     * resolved serve the statements after it, so they can be made while that runs.
     */
    record Clusters(List<Statement> statements, Read[] reads, List<List<ClaimWords.Word>> words, boolean[] loosened,
                    List<Map<String, Double>> vectors, PropositionGroup[] groupOf, Set<String> held) {
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
        Map<String, Integer> named = namedHints(all, reads);
        Set<String> weak = weakHints(named, n);
        Set<String> subject = subjectHints(named, n);
        for (int i = 0; i < n; i++) {
            Statement s = all.get(i);
            if (s.topic() != null && weak.contains(s.topic())) {
                all.set(i, loose(s, words.get(i)));
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
        mergeClose(groups, index, groupOf);
        if (BroadPropositions.split(all, words, answered, vectors, articles.size(), n >= BACKGROUND_FOLDER, groups, index, groupOf)) {
            mergeClose(groups, index, groupOf);
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
        Set<String> held = nameByHints(all, groups);
        return new Clusters(statements, reads, words, loosened, vectors, groupOf, held);
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
        Map<Statement, Statement> released = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (c.loosened()[i]) {
                Statement s = all.get(i);
                Statement t = loose(s, words.get(i));
                all.set(i, t);
                released.put(s, t);
            }
        }
        Map<Integer, String> byActor = ActorPropositions.find(all, i -> {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            return lang == null ? List.of() : lang.names(all.get(i), of.get(i).document().text());
        }, i -> vectors.get(i).keySet());
        Map<PropositionGroup, String> shown = shownLabels(all, of, languageOf, groupOf, byActor.values());
        Map<PropositionGroup, Integer> claimedSides = OppositeSides.claimed(all, words, groupOf, i -> languageOf.apply(all.get(i)));
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
                if (s.topic() != null && !reads[i].namesTopic()) {
                    s = loose(s, words.get(i));
                }
                if (before != s) {
                    replaced.put(before, s);
                }
                continue;
            }
            String label = g.label();
            Statement t = label.isEmpty() || label.equals(s.topic()) ? s
                    : loose(s, words.get(i)).withTopic(shown.getOrDefault(g, label));
            t = relativeStance(t, words.get(i), g);
            t = OppositeSides.stance(t, words.get(i), languageOf.apply(s), claimedSides.get(g));
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
        RelativeStance.apply(shownTopics, words).forEach((i, t) -> replaced.put(befores.get(i), t));
        if (replaced.isEmpty()) {
            return articles;
        }
        List<ArticleStatements> out = new ArrayList<>();
        for (ArticleStatements a : articles) {
            List<Statement> list = a.statements().stream().map(s -> replaced.getOrDefault(s, s)).toList();
            out.add(new ArticleStatements(a.document(), list, a.dates()));
        }
        return out;
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
                                                             PropositionGroup[] groupOf, java.util.Collection<String> actors) {
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
                taken.add(g.label());
                named.merge(g.label(), 1, Integer::sum);
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        for (PropositionGroup g : groups) {
            // two propositions whose words give one label share a topic downstream: they keep it, and so stay one
            if (g.hint != null || named.get(g.label()) > 1) {
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
            if (label != null && !label.equals(g.label())) {
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

    /**
     * A rebuttal naming the claim it answers only by a pronoun or paraphrase ("hal tersebut tidak
     * logis", "itu tidak mungkin", "that is not true") claims what the sentence before it says: the
     * claim of the statement made there, else that sentence (after its complementizer, "… klaim
     * bahwa …"). Those words come first, held as the answer holds them (negated when it denies), and
     * its own words follow, so it meets the proposition it answers.
     */
    /** What the pass reads of one statement on its own: its words (with what it answers first), their keys it answers, whether it names its topic. */
    record Read(List<ClaimWords.Word> words, Set<String> answers, boolean namesTopic, Set<String> counted) {
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
            return new Read(List.of(), Set.of(), false, Set.of());
        }
        String text = a.document().text();
        List<ClaimWords.Word> w = lang.words(s, text);
        Set<String> answers = Set.of();
        if (lang.answersEarlier(s, text)) {
            List<ClaimWords.Word> own = w;
            w = withAnswered(lang, a, s, own);
            answers = Set.copyOf(w.subList(0, w.size() - own.size()).stream().map(ClaimWords.Word::key).toList());
        }
        return new Read(w, answers, s.topic() != null && lang.namesTopic(s, text), counted(s));
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

    /**
     * A second look: two propositions whose centroids are as close as a statement must be to join
     * one are one proposition met from two sides (claims taken in folder order can open a second
     * group before the first has its shape). Candidates come through the index, as for statements.
     *
     * <p>The closest pair is merged first, then the closest of what is left (the merged proposition's
     * centroid compared again), until no pair is close enough: each proposition goes with the one it
     * is nearest to. Taking the biggest proposition first and merging whatever clears the bar made
     * the grouping hang on the order of sizes: one right claim more, or a statement's claim a word
     * longer, put a proposition of 16 before one of 17 and let it take a third it was far from the
     * nearest to (a shooting story's "the victim was in the brawl" took "the shooting was not linked
     * to breaking up the brawl", and set claims of two questions against each other: docs/ACCURACY.md,
     * branch h11ex11). Ties go to the propositions opened first. Package-private for its test.
     */
    static void mergeClose(List<PropositionGroup> groups, Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        Map<PropositionGroup, Integer> born = new java.util.IdentityHashMap<>();
        for (PropositionGroup g : groups) {
            born.put(g, born.size());
        }
        Map<PropositionGroup, Integer> version = new java.util.IdentityHashMap<>();
        java.util.PriorityQueue<Close> queue = new java.util.PriorityQueue<>();
        for (PropositionGroup g : groups) {
            queueClose(g, index, born, version, queue, true);
        }
        Set<PropositionGroup> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!queue.isEmpty()) {
            Close c = queue.poll();
            if (gone.contains(c.a()) || gone.contains(c.b()) || version.getOrDefault(c.a(), 0) != c.aVersion()
                    || version.getOrDefault(c.b(), 0) != c.bVersion()) {
                continue; // one of them was merged, or grew, since they were compared
            }
            boolean aInto = c.a().hint != null || c.b().hint == null && c.a().members.size() >= c.b().members.size();
            PropositionGroup into = aInto ? c.a() : c.b();
            PropositionGroup from = aInto ? c.b() : c.a();
            absorb(into, from, index, groupOf);
            gone.add(from);
            version.merge(into, 1, Integer::sum);
            queueClose(into, index, born, version, queue, false);
        }
        groups.removeIf(gone::contains);
    }

    /** Two propositions close enough to be one: their cosine, their places in opening order, their versions compared. */
    private record Close(PropositionGroup a, PropositionGroup b, double cosine, int first, int second, int aVersion, int bVersion)
            implements Comparable<Close> {
        @Override
        public int compareTo(Close o) {
            int byCosine = Double.compare(o.cosine, cosine);
            if (byCosine != 0) {
                return byCosine;
            }
            return first != o.first ? Integer.compare(first, o.first) : Integer.compare(second, o.second);
        }
    }

    /**
     * Queues each proposition the index offers {@code g} (through words held by at most {@link #CANDIDATE_CAP}
     * propositions) that is close enough to it, never two a lexicon topic names; {@code later}: only those opened after it
     * (the first pass, each pair once).
     */
    private static void queueClose(PropositionGroup g, Map<String, List<PropositionGroup>> index, Map<PropositionGroup, Integer> born,
                                   Map<PropositionGroup, Integer> version, java.util.PriorityQueue<Close> queue, boolean later) {
        Set<PropositionGroup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int bg = born.get(g);
        for (String key : g.centroid.keySet()) {
            List<PropositionGroup> holding = index.getOrDefault(key, List.of());
            if (holding.size() > CANDIDATE_CAP) {
                continue;
            }
            for (PropositionGroup other : holding) {
                Integer bo = born.get(other);
                if (other == g || bo == null || !seen.add(other) || other.hint != null && g.hint != null || later && bo < bg) {
                    continue;
                }
                double cos = g.cosine(other.centroid, other.norm2);
                if (cos >= JOIN) {
                    queue.add(new Close(g, other, cos, Math.min(bg, bo), Math.max(bg, bo), version.getOrDefault(g, 0),
                            version.getOrDefault(other, 0)));
                }
            }
        }
    }

    private static void absorb(PropositionGroup into, PropositionGroup from, Map<String, List<PropositionGroup>> index, PropositionGroup[] groupOf) {
        for (String key : from.centroid.keySet()) {
            List<PropositionGroup> holding = index.get(key);
            holding.remove(from);
            if (!into.centroid.containsKey(key)) {
                holding.add(into);
            }
        }
        from.centroid.forEach((k, w) -> into.centroid.merge(k, w, Double::sum));
        from.holders.forEach((k, c) -> into.holders.merge(k, c, Integer::sum));
        from.affirmed.forEach((k, c) -> into.affirmed.merge(k, c, Integer::sum));
        from.surfaces.forEach((k, m) -> m.forEach((f, c) -> into.surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(f, c, Integer::sum)));
        into.members.addAll(from.members);
        into.norm2 = 0;
        into.centroid.values().forEach(w -> into.norm2 += w * w);
        for (int m : from.members) {
            groupOf[m] = into;
        }
    }

    /** How many statements name each lexicon topic by a lexicon word in their own sentence (carrying it counts zero). */
    private static Map<String, Integer> namedHints(List<Statement> all, Read[] reads) {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Statement s = all.get(i);
            if (s.topic() != null) {
                named.merge(s.topic(), reads[i].namesTopic() ? 1 : 0, Integer::sum);
            }
        }
        return named;
    }

    /**
     * Lexicon topics the folder is not about: named, by a lexicon word in a statement's own
     * sentence, by fewer than {@link #HINT_SHARE} of the statements (and fewer than two). Their
     * statements, and those that only inherited them, find their propositions from their words like
     * any other ("kerja sama" once in a fuel scare is not the story's military cooperation).
     */
    private static Set<String> weakHints(Map<String, Integer> named, int n) {
        Set<String> weak = new TreeSet<>();
        named.forEach((h, count) -> {
            if (count < 2 || count < HINT_SHARE * n) {
                weak.add(h);
            }
        });
        return weak;
    }

    /**
     * Lexicon topics the folder is about: named, by a lexicon word in a statement's own sentence, by
     * more than half the statements of a folder big enough to have a background (as a word more than
     * half of them hold is its background). Such a topic is the folder's subject as the rules know it,
     * a claim the rules say is argued over ("troops sent to Russia": denied, asserted with growing
     * figures, seen, declined), so its statements make one proposition, however each words it. A
     * topic fewer of them name is one word among a claim's own (a shooting story's claims touching
     * "senjata" are still many claims).
     */
    private static Set<String> subjectHints(Map<String, Integer> named, int n) {
        Set<String> subject = new TreeSet<>();
        if (n >= BACKGROUND_FOLDER) {
            named.forEach((h, count) -> {
                if (count * 2 > n) {
                    subject.add(h);
                }
            });
        }
        return subject;
    }

    /**
     * A statement let go of its lexicon topic: with no topic; a claim the lexicon alone made
     * unplaceable ({@code other}) that has words of its own asserts them. One a marker made other (a
     * question, an appeal, a wish) still asserts nothing.
     */
    private static Statement loose(Statement s, List<ClaimWords.Word> words) {
        if (s.topic() == null) {
            return s;
        }
        Statement t = s.withTopic(null);
        if (t.stance() == dev.tilik.model.Stance.OTHER && t.basis() != StanceBasis.MARKER && !words.isEmpty()) {
            t = t.withStance(dev.tilik.model.Stance.ASSERT, StanceBasis.CUE);
        }
        return t;
    }

    /**
     * A lexicon topic names the one proposition most of its statements joined, when they are at least
     * half of it; every other proposition is named by its own words, whatever lexicon words its
     * members carry (a shooting story's claims all touch "senjata", and are still many claims).
     *
     * @return the lexicon topics the folder holds as one proposition: most (more than half) of the
     * statements carrying one joined the proposition it names, so it is what they argue over, and each
     * of them keeps it (a bare "membantah semua laporan itu" answering it included); a topic whose
     * statements scatter over many propositions, or split evenly between two (a brawl and an ethics
     * inquiry, each touching "senjata api"), was only a word they share, and they take their
     * propositions' names. A topic that seeded its proposition ({@link #subjectHints}) holds it.
     */
    private static Set<String> nameByHints(List<Statement> all, List<PropositionGroup> groups) {
        Map<String, PropositionGroup> best = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        Set<String> held = new TreeSet<>();
        for (Statement s : all) {
            if (s.topic() != null) {
                carriers.merge(s.topic(), 1, Integer::sum);
            }
        }
        for (PropositionGroup g : groups) {
            if (g.hint != null) {
                held.add(g.hint);
                continue;
            }
            Map<String, Integer> carried = new HashMap<>();
            for (int m : g.members) {
                String t = all.get(m).topic();
                if (t != null) {
                    carried.merge(t, 1, Integer::sum);
                }
            }
            carried.forEach((h, c) -> {
                if (c >= 2 && c * 2 >= g.members.size() && c > bestCount.getOrDefault(h, 0)) {
                    best.put(h, g);
                    bestCount.put(h, c);
                }
            });
        }
        best.forEach((h, g) -> {
            if (g.hint == null && !held.contains(h)) {
                g.hint = h;
                if (bestCount.get(h) * 2 > carriers.get(h)) {
                    held.add(h);
                }
            }
        });
        return held;
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
     * ("… gagal karena tidak ada cadangan data": {@link ClaimWords.Word#subordinate}). A proposition seeded by a rules
     * topic keeps the extractor's own negation rules.
     */
    private static Statement relativeStance(Statement s, List<ClaimWords.Word> words, PropositionGroup g) {
        if (g.hint != null || s.stance() != dev.tilik.model.Stance.ASSERT
                || !(s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)) {
            return s;
        }
        for (ClaimWords.Word w : words) {
            if ((w.negated() || w.pending()) && !w.subordinate() && g.isKeyWord(w.key()) && g.affirmed.getOrDefault(w.key(), 0) >= 2) {
                return s.withStance(dev.tilik.model.Stance.DENY, StanceBasis.EVENT_NEGATED);
            }
        }
        return s;
    }
}
