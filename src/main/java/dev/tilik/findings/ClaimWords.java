package dev.tilik.findings;

import static dev.tilik.findings.Phrases.byFirstWord;
import static dev.tilik.findings.Phrases.longest;
import static dev.tilik.findings.Phrases.lower;
import static dev.tilik.findings.Phrases.phrases;

import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.StatementRules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim's words as {@link Restatements} (what a claim negates, what a denial denies) and {@link DenialQuestions}
 * (the question a denial puts) both read them: the rules' phrase tables of every language, each claim's tokens read
 * once a voice ({@link #claimTokens}), what a content word is ({@link #contentWord}) and where a negation opens and
 * how far it reaches ({@link #nextNegation}, {@link #reachEnd}).
 *
 * <p>A content word is one of at least {@link #MIN_LETTERS} letters, no function word of a language Tilik knows, no
 * word of a negation phrase ("akan", "pernah", "never") and no speech cue ("membantah", "said"). A negation is one of
 * the rules' {@code negations} or {@code firmNegations}, not a {@code pending} phrase such as "tidak hanya", "agar
 * tidak", which negates nothing the claim holds; it reaches {@link #REACH} words on, up to a clause break or another
 * negation.
 */
final class ClaimWords {
    /** How many words after a negation it reaches. */
    static final int REACH = 5;
    /** Shorter words ("di", "ke", "no") are grammar, not what is denied; "PHK", "bus" are not. */
    static final int MIN_LETTERS = 3;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*|[,.;:!?()\"“”]");
    /** A word written capitalised: an upper-case letter at a word's start and the letters and digits after it. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");

    /** Reads no negation: restates nothing, asks nothing of its own (rules with no language). */
    static final ClaimWords NONE = new ClaimWords(List.of(), List.of(), List.of(), w -> false);

    /** The rules' negations and pending phrases by their first word: a claim's word tries only the phrases it opens. */
    final Map<String, List<List<String>>> negationsFrom;
    final Map<String, List<List<String>>> pendingFrom;
    /** Every word of a negation or a pending phrase: never a content word. */
    private final Set<String> grammar;
    private final Predicate<String> stopWord;
    /** The speech cues' verbs ("membantah", "mengatakan", "denied"): never a content word; a negated one withholds. */
    final Set<String> cues;
    /** The negations that rule out an act, an intent or ever ("tidak akan", "tidak pernah", "will not"). */
    final Set<List<String>> firm;
    final Set<String> demonstratives;
    final Set<String> referenceNouns;
    /**
     * Words a question never asks and a claim never answers through: the reference nouns and the rules' {@code
     * labelStops} — verbs of doing ("melakukan", "do"), a connective ("jadi", "so"), words that only point — which
     * name no proposition; "tidak melakukan PHK" asks about the layoffs, and "kurator melakukan audiensi" does not answer it.
     */
    final Set<String> notAsked;
    /** The cues of assurance of every language, lower case ("memastikan", "jamin", "guarantee"). */
    final Set<String> assurances;
    /** The rules' {@code linkDismissals} by their first word ("tidak terkait", "bukan akibat", "not caused by"). */
    final Map<String, List<List<String>>> linksFrom;
    /** The rules' {@code prohibitions} by their first word ("tidak boleh", "agar tidak", "menolak untuk", "refused to"). */
    final Map<String, List<List<String>>> prohibitionsFrom;
    /**
     * The rules' {@code prohibitions} written as a prefix, ending in a hyphen ("ketidak-"): a word opening with one names
     * what it is made of as lacking ("ketidakhadiran": the absence), that word itself averted ({@link Restatements}).
     */
    final List<String> avertingPrefixes;
    /**
     * The rules' {@code clauseBreaks} and {@code complements} by their first word ("karena", "terhadap", "because",
     * "against"): after a content word, where a denial's question ends ({@link DenialQuestions}).
     */
    final Map<String, List<List<String>>> questionBreaksFrom;
    /** The rules' {@code grounds} by their first word ("karena", "because"): where a cause or a ground opens. */
    final Map<String, List<List<String>>> groundsFrom;
    /** The rules' {@code relativeMarkers}, lower case ("yang", "which"): where a relative clause opens. */
    final Set<String> relatives;
    /** The rules' {@code otherWords}, lower case ("lain", "lainnya", "other"): what marks the rest of a set. */
    final Set<String> others;
    /** The rules' {@code otherIdioms} by their first word ("sisi lain", "each other"): an other word naming no set. */
    final Map<String, List<List<String>>> otherIdiomsFrom;
    /** The rules' {@code bodilyHarms}, lower case ("luka", "terluka", "hurt"): a harm told of a body. */
    final Set<String> bodilyHarms;
    /** Each claim's tokens ({@link #tokens}), read once a voice: every reading of a claim starts from them. */
    private final Map<Voice, List<String>> claimTokens = new ConcurrentHashMap<>();
    private final LongAdder negatedClausesRead = new LongAdder();
    private final LongAdder claimsTokenised = new LongAdder();

    /**
     * @param negations phrases that negate what follows, of every language ("tidak", "tidak akan", "never")
     * @param pending   phrases that negate nothing the claim holds ("tidak hanya", "agar tidak", "not only")
     * @param cues      speech cues of every language ("membantah", "mengatakan", "denied"): a negated one
     *                  ("tidak membantah", "did not confirm") withholds a stance, it states no negative fact
     * @param stopWord  function words of every language ("yang", "dari", "the"): never what is denied
     */
    ClaimWords(Collection<String> negations, Collection<String> pending, Collection<String> cues, Predicate<String> stopWord) {
        this(negations, pending, cues, List.of(), stopWord, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /**
     * @param assurances     the cues of assurance of every language ("memastikan", "jamin", "guarantee")
     * @param firm           the negations among {@code negations} that rule out an act, an intent or ever
     *                       ("tidak akan", "tidak pernah", "will not"): what they put in question is their verb
     * @param demonstratives words that make a reference definite ("ini", "tersebut", "such")
     * @param referenceNouns nouns that name a claim ("klaim", "laporan", "reports"): with a demonstrative, or
     *                       alone, a claim's words refer back to what was said before it ("klaim tersebut")
     * @param links          dismissals that deny a link, a cause or a membership, what is not linked after them
     *                       ("tidak terkait dengan", "bukan akibat", "bukan bagian dari", "not caused by")
     * @param prohibitions   phrases saying the act after them must not or is meant not to happen, or is refused
     *                       ("tidak boleh", "agar tidak", "menolak untuk", "refused to")
     * @param questionBreaks words that, after a content word, end a denial's question: a clause of another rank or the
     *                       negated predicate's complement opens there ("tidak dirawat karena keracunan" asks whether
     *                       the pupil died, "tak ada PHK terhadap buruh" whether there are layoffs, not what is said of
     *                       the workers; {@link DenialQuestions})
     * @param namesNothing   content words that never name a proposition (the rules' {@code labelStops}: "melakukan",
     *                       "jadi", "do"): never a denial's question, never the word through which a claim answers it
     */
    ClaimWords(Collection<String> negations, Collection<String> pending, Collection<String> cues,
               Collection<String> assurances, Predicate<String> stopWord, Collection<String> firm,
               Collection<String> demonstratives, Collection<String> referenceNouns, Collection<String> links,
               Collection<String> prohibitions, Collection<String> questionBreaks, Collection<String> namesNothing) {
        this(negations, pending, cues, assurances, stopWord, firm, demonstratives, referenceNouns, links, prohibitions,
                questionBreaks, namesNothing, List.of(), List.of());
    }

    /**
     * As above, with the words that open a cause and a relative clause, which tell a denial of a cause ({@link
     * DenialQuestions#cause}).
     *
     * @param grounds   the rules' {@code grounds}, words opening a cause or a ground ("karena", "sebab", "because")
     * @param relatives the rules' {@code relativeMarkers} ("yang", "which", "that")
     */
    ClaimWords(Collection<String> negations, Collection<String> pending, Collection<String> cues,
               Collection<String> assurances, Predicate<String> stopWord, Collection<String> firm,
               Collection<String> demonstratives, Collection<String> referenceNouns, Collection<String> links,
               Collection<String> prohibitions, Collection<String> questionBreaks, Collection<String> namesNothing,
               Collection<String> grounds, Collection<String> relatives) {
        this(negations, pending, cues, assurances, stopWord, firm, demonstratives, referenceNouns, links, prohibitions,
                questionBreaks, namesNothing, grounds, relatives, List.of(), List.of());
    }

    /**
     * As above, with the words that mark the rest of a set, which tell a denial about others than those told ({@link
     * DenialQuestions#ofOthers}).
     *
     * @param others      the rules' {@code otherWords} ("lain", "lainnya", "other", "others")
     * @param otherIdioms the rules' {@code otherIdioms}, phrases where such a word names no set ("di sisi lain", "each other")
     */
    ClaimWords(Collection<String> negations, Collection<String> pending, Collection<String> cues,
               Collection<String> assurances, Predicate<String> stopWord, Collection<String> firm,
               Collection<String> demonstratives, Collection<String> referenceNouns, Collection<String> links,
               Collection<String> prohibitions, Collection<String> questionBreaks, Collection<String> namesNothing,
               Collection<String> grounds, Collection<String> relatives, Collection<String> others,
               Collection<String> otherIdioms) {
        this(negations, pending, cues, assurances, stopWord, firm, demonstratives, referenceNouns, links, prohibitions,
                questionBreaks, namesNothing, grounds, relatives, others, otherIdioms, List.of());
    }

    /**
     * As above, with the words of a harm to a body, which tell a denial of what befell one body ({@link
     * DenialQuestions#ofABody}).
     *
     * @param bodilyHarms the rules' {@code bodilyHarms} ("luka", "terluka", "hurt")
     */
    ClaimWords(Collection<String> negations, Collection<String> pending, Collection<String> cues,
               Collection<String> assurances, Predicate<String> stopWord, Collection<String> firm,
               Collection<String> demonstratives, Collection<String> referenceNouns, Collection<String> links,
               Collection<String> prohibitions, Collection<String> questionBreaks, Collection<String> namesNothing,
               Collection<String> grounds, Collection<String> relatives, Collection<String> others,
               Collection<String> otherIdioms, Collection<String> bodilyHarms) {
        this.bodilyHarms = lower(bodilyHarms);
        this.others = lower(others);
        this.otherIdiomsFrom = byFirstWord(phrases(otherIdioms));
        this.groundsFrom = byFirstWord(phrases(grounds));
        this.relatives = lower(relatives);
        List<List<String>> qb = phrases(questionBreaks);
        qb.removeIf(p -> p.stream().anyMatch(w -> w.chars().noneMatch(Character::isLetter)));
        this.questionBreaksFrom = byFirstWord(qb);
        this.linksFrom = byFirstWord(phrases(links));
        List<List<String>> pr = phrases(prohibitions);
        this.avertingPrefixes = pr.stream().filter(p -> p.size() == 1 && p.get(0).endsWith("-"))
                .map(p -> p.get(0).substring(0, p.get(0).length() - 1)).toList();
        pr.removeIf(p -> p.size() == 1 && p.get(0).endsWith("-"));
        this.prohibitionsFrom = byFirstWord(pr);
        this.assurances = assurances.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.firm = Set.copyOf(phrases(firm));
        this.demonstratives = lower(demonstratives);
        this.referenceNouns = lower(referenceNouns);
        Set<String> na = new HashSet<>(this.referenceNouns);
        na.addAll(lower(namesNothing));
        this.notAsked = Set.copyOf(na);
        this.stopWord = stopWord;
        Set<String> c = new HashSet<>();
        for (String cue : cues) {
            List<String> t = tokens(cue);
            if (!t.isEmpty()) {
                c.add(t.get(0)); // "mengatakan kepada", "according to": the verb; the rest are words of any claim
            }
        }
        this.cues = Set.copyOf(c);
        List<List<String>> negs = phrases(negations);
        List<List<String>> p = phrases(pending);
        p.removeAll(negs);
        Set<String> g = new HashSet<>();
        negs.forEach(g::addAll);
        p.forEach(g::addAll);
        this.grammar = Set.copyOf(g);
        this.negationsFrom = byFirstWord(negs);
        this.pendingFrom = byFirstWord(p);
    }

    /** The phrase tables of every language of {@code languages}, the function words of every language Tilik knows. */
    static ClaimWords of(Collection<LanguageRules> languages) {
        List<dev.tilik.language.StopWords> stops = dev.tilik.language.LanguageProfiles.knownCodes().stream()
                .map(c -> dev.tilik.language.LanguageProfiles.known(c).orElseThrow().stopWords()).toList();
        Set<String> neg = new LinkedHashSet<>();
        Set<String> pend = new LinkedHashSet<>();
        Set<String> cueWords = new LinkedHashSet<>();
        Set<String> firm = new LinkedHashSet<>();
        Set<String> dem = new LinkedHashSet<>();
        Set<String> ref = new LinkedHashSet<>();
        Set<String> assure = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        Set<String> prohibit = new LinkedHashSet<>();
        Set<String> breaks = new LinkedHashSet<>();
        Set<String> unnamed = new LinkedHashSet<>();
        Set<String> grounds = new LinkedHashSet<>();
        Set<String> relatives = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> otherIdioms = new LinkedHashSet<>();
        Set<String> harms = new LinkedHashSet<>();
        for (LanguageRules l : languages) {
            StatementRules s = l.statements();
            s.cues().forEach(c -> cueWords.add(c.word()));
            assure.addAll(s.assurances());
            neg.addAll(s.negations());
            neg.addAll(s.firmNegations());
            firm.addAll(s.firmNegations());
            pend.addAll(s.pending());
            dem.addAll(s.syntax().demonstratives());
            ref.addAll(s.syntax().referenceNouns());
            links.addAll(s.linkDismissals());
            prohibit.addAll(s.prohibitions());
            breaks.addAll(s.clauseBreaks());
            breaks.addAll(s.complements());
            unnamed.addAll(s.labelStops());
            grounds.addAll(s.grounds());
            relatives.addAll(s.syntax().relativeMarkers());
            others.addAll(s.syntax().otherWords());
            otherIdioms.addAll(s.syntax().otherIdioms());
            harms.addAll(s.syntax().bodilyHarms());
        }
        return new ClaimWords(neg, pend, cueWords, assure, w -> stops.stream().anyMatch(st -> st.contains(w)), firm, dem,
                ref, links, prohibit, breaks, unnamed, grounds, relatives, others, otherIdioms, harms);
    }

    /**
     * {@code v}'s claim as {@link #tokens} reads it, tokenised once a voice and shared by every reading of it (its
     * question, content words, negations, prohibitions): unmodifiable.
     */
    List<String> claimTokens(Voice v) {
        return claimTokens.computeIfAbsent(v, x -> {
            claimsTokenised.increment();
            return List.copyOf(tokens(x.claimText()));
        });
    }

    /** How many claims {@link #claimTokens} tokenised (the seam a cost test counts through). */
    long claimsTokenised() {
        return claimsTokenised.sum();
    }

    /** The text's words and punctuation marks, lower case ("Kami TIDAK melarang," → "kami", "tidak", "melarang", ","). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text's words and punctuation marks as written ("Kami TIDAK" → "Kami", "TIDAK"): {@link #tokens} before lower case. */
    static List<String> tokensAsWritten(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * True when the token at {@code k} is one of the rules' {@code otherWords} marking the rest of a set ("korban lain",
     * "the other two"), not inside one of their {@code otherIdioms} ("di sisi lain", "on the other hand").
     */
    boolean otherAt(List<String> t, int k) {
        if (!others.contains(t.get(k))) {
            return false;
        }
        for (int s = Math.max(0, k - IDIOM_REACH); s <= k; s++) {
            if (longest(otherIdiomsFrom, t, s) > k - s) {
                return false;
            }
        }
        return true;
    }

    /** How many words before an other word an idiom holding it may open ("on the other hand": two). */
    private static final int IDIOM_REACH = 3;

    /** A lower-case token that can carry a claim's content: letters, long enough, no function word, cue or stop word. */
    boolean contentWord(String w) {
        return w.chars().anyMatch(Character::isLetter) && w.codePointCount(0, w.length()) >= MIN_LETTERS
                && !grammar.contains(w) && !cues.contains(w) && !stopWord.test(w);
    }

    /** The content words ({@link #contentWord}) among the tokens {@code from} (inclusive) {@code to} (exclusive). */
    Set<String> words(List<String> t, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            String w = t.get(i);
            if (contentWord(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** True for a punctuation token: a clause break. */
    static boolean isBreak(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /** True when a negation or a pending phrase opens at {@code at}: where a negation's reach or question ends. */
    boolean negationAt(List<String> t, int at) {
        return longest(negationsFrom, t, at) != 0 || longest(pendingFrom, t, at) != 0;
    }

    /**
     * The next negation at or after {@code from}, as its first token and the token after it; a pending phrase
     * ("tidak hanya") longer than the negation it opens with is passed over whole. Null when none is left.
     */
    int[] nextNegation(List<String> t, int from) {
        for (int i = from; i < t.size(); i++) {
            int neg = longest(negationsFrom, t, i);
            int pend = longest(pendingFrom, t, i);
            if (pend > neg) {
                i += pend - 1;
            } else if (neg > 0) {
                return new int[] {i, i + neg};
            }
        }
        return null;
    }

    /** Fewest tokens a negated clause holds, its negation included, to be one claim's own words in another. */
    static final int SAME_NEGATED = 4;

    /**
     * The negated clauses of {@code denial}'s claim, in order: a negation and the words it reaches ({@link #reachEnd}),
     * {@link #SAME_NEGATED} tokens at least, one of them a content word ("tidak bisa lagi ditinggali"). A claim that
     * writes one word for word ({@link Clauses#writtenIn}) says what the denial says: two copies of one quotation, one
     * read as a denial and the other as an assertion ("(Kawasan ini) tidak bisa lagi ditinggali"), or an assertion that
     * tells the denial itself. Read once a denial, however many claims are set against it.
     */
    List<List<String>> negatedClauses(Voice denial) {
        negatedClausesRead.increment();
        List<String> t = claimTokens(denial);
        List<List<String>> out = new ArrayList<>();
        for (int[] n = nextNegation(t, 0); n != null; n = nextNegation(t, n[1])) {
            int end = reachEnd(t, n[1]);
            if (end - n[0] >= SAME_NEGATED && !words(t, n[1], end).isEmpty()) {
                out.add(t.subList(n[0], end));
            }
        }
        return out;
    }

    /** How many denials' claims {@link #negatedClauses} has read (the seam a cost test counts through). */
    long negatedClausesRead() {
        return negatedClausesRead.sum();
    }

    /**
     * Clauses ({@link #negatedClauses}) held as a set with their lengths: whether a claim writes one word for word is a
     * lookup of the claim's tokens at each of its positions for each length a clause has, however many clauses there
     * are — not a search of the claim for each clause. Not thread-safe: made and read by one detector's thread.
     */
    static final class Clauses {
        private final Set<List<String>> clauses = new HashSet<>();
        private final java.util.TreeSet<Integer> lengths = new java.util.TreeSet<>();
        private long lookups;

        void addAll(List<List<String>> more) {
            for (List<String> c : more) {
                clauses.add(c);
                lengths.add(c.size());
            }
        }

        boolean isEmpty() {
            return clauses.isEmpty();
        }

        /** True when the tokens {@code o} write one of the clauses word for word. */
        boolean writtenIn(List<String> o) {
            for (int i = 0; i < o.size(); i++) {
                for (int length : lengths) {
                    if (i + length > o.size()) {
                        break;
                    }
                    lookups++;
                    if (clauses.contains(o.subList(i, i + length))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** How many stretches of claims {@link #writtenIn} has looked up (the seam a cost test counts through). */
        long lookups() {
            return lookups;
        }
    }

    /** Where a negation's reach that starts at {@code from} ends: {@link #REACH} words, a clause break or the next negation. */
    int reachEnd(List<String> t, int from) {
        int to = from;
        while (to < t.size() && to - from < REACH && !isBreak(t.get(to)) && !negationAt(t, to)) {
            to++;
        }
        return to;
    }

    /**
     * The words {@code text} writes capitalised, of at least {@code minLetters} letters and digits, in order: "Budi",
     * "PHK", "Kapolres".
     */
    static List<MatchResult> capitalised(String text, int minLetters) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (m.group().codePointCount(0, m.group().length()) >= minLetters) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /**
     * True when {@code v}'s claim, before {@code at} (a figure's place in the article), itself reports someone's words with a
     * cue verb ("Bapak mengatakan ada yang minta tebusan 8 juta", "as the minister said, 40 ships"): what follows is the
     * words of the one the claim reports, not the speaker's own.
     */
    boolean reportsAnotherBefore(Voice v, int at) {
        CharSpan claim = v.statement().claim();
        if (at <= claim.start() || at > claim.end()) {
            return false;
        }
        int from = claim.start();
        CharSpan cue = v.statement().cueSpan();
        if (cue != null && cue.start() >= from && cue.end() <= at) {
            from = cue.end(); // the statement's own cue, written inside its claim ("mengatakan sekitar 11.000 …")
        }
        List<String> t = tokens(v.article().document().text().substring(from, at));
        for (int i = 1; i < t.size(); i++) { // a claim opening with a cue opens with the speaker's own, not another's
            if (cues.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }
}
