package dev.tilik.findings;

import static dev.tilik.findings.Phrases.byFirstWord;
import static dev.tilik.findings.Phrases.longest;
import static dev.tilik.findings.Phrases.lower;
import static dev.tilik.findings.Phrases.phrases;

import dev.tilik.model.Stance;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.StatementRules;
import dev.tilik.statements.StanceBasis;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that says again, negated, what a denial denies: "Kami tidak melarang dan sama sekali tidak
 * menghalangi penggalangan dana" beside "pemerintah tidak melarang aksi penggalangan dana", "Sritex tidak
 * melakukan PHK" under the headline "Bantah Ada PHK". Stance is read statement by statement, and the same
 * negation reads as a denial through a cue that insists and as a negative fact (an assertion) through a
 * neutral one, or as a hedge when a guess stands beside it: set against the denial, such a statement makes a
 * finding both of whose sides say one thing. It is no second side.
 *
 * <p>A content word is one of at least {@link #MIN_LETTERS} letters, no function word of a language Tilik
 * knows, no word of a negation phrase ("akan", "pernah", "never") and no speech cue ("membantah", "said"). What a claim negates: the run of content
 * words right after its first negation of the rules ({@code negations}, {@code firmNegations}; not a {@code
 * pending} phrase such as "tidak hanya", "agar tidak", which negates nothing the claim holds), one function
 * word before them allowed — within the next {@link #REACH} words, up to a clause break or another negation. What a denial denies: every content word
 * its negations reach, or, when its claim holds no negation (the cue denies: "membantah isu pemutusan
 * hubungan kerja", "Bantah Ada PHK"), every content word of its claim. A statement restates a denial when
 * what it negates is a word the denial denies.
 */
final class Restatements {
    /** How many words after a negation it reaches. */
    static final int REACH = 5;
    /** Shorter words ("di", "ke", "no") are grammar, not what is denied; "PHK", "bus" are not. */
    static final int MIN_LETTERS = 3;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*|[,.;:!?()\"“”]");

    private final List<List<String>> negations;
    private final List<List<String>> pending;
    /** {@link #negations} and {@link #pending} by their first word: a claim's word tries only the phrases it opens. */
    private final Map<String, List<List<String>>> negationsFrom;
    private final Map<String, List<List<String>>> pendingFrom;
    private final Set<String> grammar;
    private final java.util.function.Predicate<String> stopWord;
    private final Set<String> cues;
    private final Set<List<String>> firm;
    private final Set<String> demonstratives;
    private final Set<String> referenceNouns;
    /**
     * Words a question never asks and a claim never answers through: the reference nouns and the rules' {@code
     * labelStops} — verbs of doing ("melakukan", "do"), a connective ("jadi", "so"), words that only point — which
     * name no proposition; "tidak melakukan PHK" asks about the layoffs, and "kurator melakukan audiensi" does not answer it.
     */
    private final Set<String> notAsked;
    private final Set<String> assurances;
    /** The rules' {@code linkDismissals} by their first word ("tidak terkait", "bukan akibat", "not caused by"). */
    private final Map<String, List<List<String>>> linksFrom;
    /** The rules' {@code prohibitions} by their first word ("tidak boleh", "agar tidak", "menolak untuk", "refused to"). */
    private final Map<String, List<List<String>>> prohibitionsFrom;
    /**
     * The rules' {@code prohibitions} written as a prefix, ending in a hyphen ("ketidak-"): a word opening with one names
     * what it is made of as lacking ("ketidakhadiran": the absence), that word itself averted ({@link #prohibited}).
     */
    private final List<String> avertingPrefixes;
    /**
     * The rules' {@code clauseBreaks} and {@code complements} by their first word ("karena", "terhadap", "because",
     * "against"): after a content word, where a denial's question ends ({@link #questionEnd}).
     */
    private final Map<String, List<List<String>>> questionBreaksFrom;
    /** Each claim's tokens ({@link #tokens}), read once a voice: every reading of a claim below starts from them. */
    private final Map<Voice, List<String>> claimTokens = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder claimsTokenised = new java.util.concurrent.atomic.LongAdder();
    private final Map<Voice, Set<String>> negated = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> denied = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder negatedAsked = new java.util.concurrent.atomic.LongAdder();
    /** Each claim's prohibited acts and each denial's denied words, as roots ({@link #restates}): read once a voice. */
    private final Map<Voice, Set<String>> avertedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> deniedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> negatedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Boolean> avertsOwn = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder rootsRead = new java.util.concurrent.atomic.LongAdder();

    /** Reads no negation: restates nothing (rules with no language). */
    static final Restatements NONE = new Restatements(List.of(), List.of(), List.of(), w -> false);

    /**
     * @param negations phrases that negate what follows, of every language ("tidak", "tidak akan", "never")
     * @param pending   phrases that negate nothing the claim holds ("tidak hanya", "agar tidak", "not only")
     * @param cues      speech cues of every language ("membantah", "mengatakan", "denied"): a negated one
     *                  ("tidak membantah", "did not confirm") withholds a stance, it states no negative fact
     * @param stopWord  function words of every language ("yang", "dari", "the"): never what is denied
     */
    Restatements(Collection<String> negations, Collection<String> pending, Collection<String> cues,
                 java.util.function.Predicate<String> stopWord) {
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
     *                       negated predicate's complement opens there ("tidak meninggal karena keracunan" asks whether
     *                       the pupil died, "tak ada PHK terhadap buruh" whether there are layoffs, not what is said of
     *                       the workers; {@link #questionEnd})
     * @param namesNothing   content words that never name a proposition (the rules' {@code labelStops}: "melakukan",
     *                       "jadi", "do"): never a denial's question, never the word through which a claim answers it
     */
    Restatements(Collection<String> negations, Collection<String> pending, Collection<String> cues,
                 Collection<String> assurances, java.util.function.Predicate<String> stopWord, Collection<String> firm,
                 Collection<String> demonstratives, Collection<String> referenceNouns, Collection<String> links,
                 Collection<String> prohibitions, Collection<String> questionBreaks, Collection<String> namesNothing) {
        List<List<String>> qb = phrases(questionBreaks);
        qb.removeIf(p -> p.stream().anyMatch(w -> w.chars().noneMatch(Character::isLetter)));
        this.questionBreaksFrom = byFirstWord(qb);
        this.linksFrom = byFirstWord(phrases(links));
        List<List<String>> pr = phrases(prohibitions);
        this.avertingPrefixes = pr.stream().filter(p -> p.size() == 1 && p.get(0).endsWith("-"))
                .map(p -> p.get(0).substring(0, p.get(0).length() - 1)).toList();
        pr.removeIf(p -> p.size() == 1 && p.get(0).endsWith("-"));
        this.prohibitionsFrom = byFirstWord(pr);
        this.assurances = assurances.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        this.negations = phrases(negations);
        List<List<String>> p = phrases(pending);
        p.removeAll(this.negations);
        this.pending = p;
        Set<String> g = new HashSet<>();
        this.negations.forEach(g::addAll);
        this.pending.forEach(g::addAll);
        this.grammar = Set.copyOf(g);
        this.negationsFrom = byFirstWord(this.negations);
        this.pendingFrom = byFirstWord(this.pending);
    }

    /** The negations of every language of {@code languages}, the function words of every language Tilik knows. */
    static Restatements of(Collection<LanguageRules> languages) {
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
        }
        return new Restatements(neg, pend, cueWords, assure, w -> stops.stream().anyMatch(st -> st.contains(w)), firm, dem,
                ref, links, prohibit, breaks, unnamed);
    }

    /**
     * True when {@code v}, which does not deny, negates what one of {@code denials} denies (in another language, a word
     * of the same root: "tidak ada back up data" beside "was not backed up"), or says it must not
     * happen or is refused ("minta tambang itu tidak boleh ditutup" beside "tidak ingin tambang ditutup", "…, which the
     * government refused to pay" beside "will not pay": {@link #prohibited}).
     */
    boolean restates(Voice v, Collection<Voice> denials) {
        if (v.statement().stance() == Stance.DENY) {
            return false;
        }
        Set<String> own = negated(v);
        // both read once a voice: restates is asked per headline and body pair, and per cluster of every claim
        // against every denial of the other side
        Set<String> averted = avertedRoots.computeIfAbsent(v, x -> rootsRead(prohibited(x), x));
        if (own.isEmpty() && averted.isEmpty()) {
            return false;
        }
        for (Voice d : denials) {
            if (d.statement().stance() == Stance.DENY && (!java.util.Collections.disjoint(own, denied(d))
                    || !averted.isEmpty() && !averts(d) && !java.util.Collections.disjoint(averted, deniedRoots(d))
                    || !own.isEmpty() && !OneQuestion.language(v).equals(OneQuestion.language(d))
                    && !java.util.Collections.disjoint(negatedRoots.computeIfAbsent(v, x -> rootsRead(own, x)), deniedRoots(d)))) {
                return true; // across two languages each word by its root: "tidak ada back up data", "was not backed up"
            }
        }
        return false;
    }

    /**
     * True when the denial's own claim holds a phrase of the rules' {@code prohibitions} or a word opening with one of
     * their prefixes: it denies the refusal, the precaution or the lack itself ("membantah ketidakhadiran tim karena
     * mangkir", "denied it refused to pay"), so a claim that names that lack asserts what it denies, never says it again.
     */
    private boolean averts(Voice d) {
        return avertsOwn.computeIfAbsent(d, x -> {
            List<String> t = claimTokens(x);
            for (int i = 0; i < t.size(); i++) {
                if (longest(prohibitionsFrom, t, i) > 0 || prefixed(t.get(i))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when {@code w} opens with one of {@link #avertingPrefixes} and holds more ("ketidakhadiran"). */
    private boolean prefixed(String w) {
        return avertingPrefixes.stream().anyMatch(p -> w.length() > p.length() + 2 && w.startsWith(p));
    }

    private Set<String> deniedRoots(Voice d) {
        return deniedRoots.computeIfAbsent(d, x -> rootsRead(denied(x), x));
    }

    /** {@link #roots}, counted ({@link #rootsRead()}). */
    private Set<String> rootsRead(Set<String> words, Voice v) {
        rootsRead.increment();
        return roots(words, v);
    }

    /** How many claims' prohibitions and denials were read as roots (the seam a cost test counts through). */
    long rootsRead() {
        return rootsRead.sum();
    }

    /** The words' roots in {@code v}'s language ("ditutup", "menutup" → "tutup"): a prohibition and a denial word an act so. */
    private static Set<String> roots(Set<String> words, Voice v) {
        if (words.isEmpty()) {
            return words;
        }
        String lang = OneQuestion.language(v);
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(OneQuestion.root(w, lang)));
        return out;
    }

    /**
     * True when {@code v} withholds what one of {@code denials} denies: a negated predicate — a verb, or a
     * cue of assurance ("menjamin", "guarantee") — governing a second negation that reaches a word the denial denies ("manajemen tidak bisa menjamin tidak akan ada
     * PHK" beside "manajemen memastikan tidak ada PHK", "could not guarantee there would be no layoffs"):
     * the claim declines to rule out what the denial rules out.
     */
    boolean withholds(Voice v, Collection<Voice> denials) {
        List<String> t = claimTokens(v);
        for (int i = 0; i < t.size(); i++) {
            int neg = longest(negationsFrom, t, i);
            if (neg == 0 || longest(pendingFrom, t, i) > neg) {
                continue;
            }
            int from = i + neg;
            int to = from;
            while (to < t.size() && to - from < REACH && !isBreak(t.get(to)) && longest(negationsFrom, t, to) == 0) {
                to++;
            }
            if (to == from || to >= t.size() || longest(negationsFrom, t, to) == 0
                    || words(t, from, to).isEmpty() && !cues.contains(t.get(to - 1))) {
                continue; // "tidak, tidak ada …": no predicate between the two negations
            }
            Set<String> second = reached(t.subList(to, t.size()), false); // all it reaches: "tidak akan ada PHK"
            for (Voice d : denials) {
                if (d.statement().stance() == Stance.DENY && !java.util.Collections.disjoint(second, denied(d))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The question a denial puts, as the lower-case content words it asks about; null when it cannot be told
     * from the claim's own words, so that any statement answers it. A claim that negates in its own words asks
     * about what its first negation reaching a content word reaches: a firm negation ("tidak akan", "tidak
     * pernah", "will not") about its verb alone — "pemerintah tidak akan menuruti permintaan peretas" asks
     * whether the government will give in, not what the hackers asked —, a plain one ("bukan", "tidak ada",
     * "not") about every content word it reaches ("bukan bagian dari kelompok tawuran"). A claim with no
     * negation of its own (the cue denies: "membantah isu PHK", or a negation outside the claim) asks about its
     * content words from its start as far as a negation's question runs ({@link #questionEnd}: "membantah penutupan
     * pabrik untuk menekan biaya" asks about the closure, not the costs). A claim
     * holding a demonstrative ("klaim tersebut", "these are groundless rumours") refers back: null. A dismissal asks
     * only when it denies a link, a cause or a membership, about what follows its phrase ({@link #linked}).
     */
    Set<String> question(Voice d) {
        List<String> t = claimTokens(d);
        if (refersBack(t)) {
            return null;
        }
        if (d.statement().basis() == StanceBasis.DISMISSAL) {
            return linked(t); // "kabar itu tidak benar": what is dismissed stands before the negation, or before the sentence
        }
        boolean negates = false;
        for (int[] n = nextNegation(t, 0); n != null; n = nextNegation(t, reachEnd(t, n[1]))) {
            negates = true;
            int from = n[1];
            int to = questionEnd(t, from);
            if (negatesCue(t, from, to)) {
                return null; // "tidak membantah …": a stance withheld, no question of its own
            }
            Set<String> reach = words(t, from, to);
            reach.removeAll(notAsked);
            if (!reach.isEmpty()) {
                if (firm.contains(t.subList(n[0], from))) {
                    Set<String> names = named(d.claimText());
                    for (int k = from; k < to; k++) {
                        if (reach.contains(t.get(k)) && !names.contains(t.get(k))) {
                            return Set.of(t.get(k));
                        }
                    }
                }
                return reach;
            } // "nggak, nggak akan kami turuti": the next negation asks
        }
        Set<String> all = words(t, 0, questionEnd(t, 0));
        all.removeAll(notAsked);
        return negates || all.isEmpty() ? null : all;
    }

    /**
     * The words a claim writes capitalised past its first, lower case: a firm negation's verb is never one of them
     * ("tak setuju apabila Budi mundur" asks about resigning, not about Budi).
     */
    private static Set<String> named(String claim) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITALISED.matcher(claim);
        while (m.find()) {
            if (m.start() > 0) {
                out.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");

    /**
     * The question a dismissal of a link, a cause or a membership puts: what its phrase says the claim is not linked
     * to, caused by or part of, the content words after it up to where a negation's question ends ({@link
     * #questionEnd}): "siswa itu meninggal tidak terkait dengan menu sekolah" asks about the menu, not whether the
     * pupil died, and "bukan merupakan bagian dari kawasan lindung" about the protected area. Null for any other
     * dismissal ("kabar itu tidak benar", "hoaks"): what it dismisses stands before it, or in another sentence.
     */
    private Set<String> linked(List<String> t) {
        for (int i = 0; i < t.size(); i++) {
            int n = linkAt(t, i);
            if (n > 0) {
                Set<String> out = words(t, i + n, questionEnd(t, i + n));
                out.removeAll(notAsked);
                return out.isEmpty() ? null : out;
            }
        }
        return null;
    }

    /**
     * The length of the link dismissal opening at {@code at}, or 0; its last word may carry a clitic ("tidak ada
     * kaitannya dengan", "bukan bagiannya"): at most three letters more than the phrase writes.
     */
    private int linkAt(List<String> t, int at) {
        int best = 0;
        for (List<String> p : linksFrom.getOrDefault(t.get(at), List.of())) {
            int last = at + p.size() - 1;
            if (p.size() <= best || last >= t.size() || !t.subList(at, last).equals(p.subList(0, p.size() - 1))) {
                continue;
            }
            String w = t.get(last);
            String end = p.get(p.size() - 1);
            if (w.startsWith(end) && w.length() - end.length() <= 3) {
                best = p.size();
            }
        }
        return best;
    }

    /**
     * True when the claim's words refer back to what was said before it: a noun naming a claim with a
     * demonstrative ("klaim tersebut", "such transfers", "these are groundless rumours"), or such nouns its
     * only content ("the reports").
     */
    boolean refersBack(Voice v) {
        return refersBack(claimTokens(v));
    }

    private boolean refersBack(List<String> t) {
        boolean named = t.stream().anyMatch(referenceNouns::contains);
        return named && (t.stream().anyMatch(demonstratives::contains)
                || words(t, 0, t.size()).stream().allMatch(referenceNouns::contains));
    }

    /**
     * The content words of a claim through which it may answer a question, lower case: no function word, negation,
     * speech cue or word that names nothing ({@link #notAsked}: "Jadi, …" answers no "tidak akan terjadi").
     */
    Set<String> contentWords(Voice v) {
        List<String> t = claimTokens(v);
        Set<String> out = words(t, 0, t.size());
        out.removeAll(notAsked);
        return out;
    }

    /**
     * True when both are said by a cue of assurance ("Jamin Pedagang Aman" over "memastikan tidak ada
     * penggusuran"): one act of assuring, told once as what will hold and once as what will not happen, its
     * polarity the writer's, not the speaker's change of line.
     */
    boolean oneAssurance(Voice a, Voice b) {
        String ca = a.statement().cue();
        String cb = b.statement().cue();
        return ca != null && cb != null && assurances.contains(ca.toLowerCase(java.util.Locale.ROOT))
                && assurances.contains(cb.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when one of the two denies and the other says it again: one claim, not two sides. */
    boolean oneClaim(Voice a, Voice b) {
        return restates(b, List.of(a)) || restates(a, List.of(b));
    }

    /** What the claim's first negation rules out: the run of content words right after it ({@link #predicate}), lower case. */
    Set<String> negatedPredicate(Voice v) {
        negatedAsked.increment();
        return negated(v);
    }

    /** How many times {@link #negatedPredicate} was asked (the seam a cost test counts through). */
    long negatedAsked() {
        return negatedAsked.sum();
    }

    /**
     * The acts the claim says must not or are meant not to happen, or are refused, or ought to have happened and did
     * not: the run of content words right after each of the rules' {@code prohibitions} ("tidak boleh ditutup", "agar
     * tidak ditutup", "refused to pay", "harusnya dia hadir", "mangkir hadir"), one function word before them allowed,
     * as after a negation ({@link #predicate}), and a word opening with one of their prefixes ("ketidakhadiran").
     */
    private Set<String> prohibited(Voice v) {
        List<String> t = claimTokens(v);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (prefixed(t.get(i))) {
                out.add(t.get(i)); // "menyayangkan ketidakhadiran kurator": the attendance named as lacking
            }
            int n = longest(prohibitionsFrom, t, i);
            if (n > 0) {
                int from = i + n;
                int to = reachEnd(t, from);
                out.addAll(predicate(t, from, to, words(t, from, to)));
            }
        }
        return out;
    }

    private Set<String> negated(Voice v) {
        return negated.computeIfAbsent(v, x -> reached(claimTokens(x), true));
    }

    private Set<String> denied(Voice v) {
        return denied.computeIfAbsent(v, x -> {
            List<String> t = claimTokens(x);
            Set<String> r = reached(t, false);
            return r.isEmpty() ? words(t, 0, t.size()) : r;
        });
    }

    /**
     * The words the claim's negations reach, each up to a clause break or the next negation; with
     * {@code first}, only its first negation's predicate ({@link #predicate}): a second negation inside a
     * claim that already negates ("tidak bisa menjamin tidak akan ada PHK") turns the claim around, so what
     * it reaches is not what the claim rules out.
     */
    private Set<String> reached(List<String> t, boolean first) {
        Set<String> out = new HashSet<>();
        for (int[] n = nextNegation(t, 0); n != null; n = nextNegation(t, reachEnd(t, n[1]))) {
            int from = n[1];
            int to = reachEnd(t, from);
            Set<String> reach = words(t, from, to);
            if (first) {
                return predicate(t, from, to, reach);
            }
            out.addAll(reach);
        }
        return out;
    }

    /**
     * The next negation at or after {@code from}, as its first token and the token after it; a pending phrase
     * ("tidak hanya") longer than the negation it opens with is passed over whole. Null when none is left.
     */
    private int[] nextNegation(List<String> t, int from) {
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

    /** Where a negation's reach that starts at {@code from} ends: {@link #REACH} words, a clause break or the next negation. */
    private int reachEnd(List<String> t, int from) {
        int to = from;
        while (to < t.size() && to - from < REACH && !isBreak(t.get(to))
                && longest(negationsFrom, t, to) == 0 && longest(pendingFrom, t, to) == 0) {
            to++;
        }
        return to;
    }

    /**
     * The negated predicate: the run of content words right after the negation, one function word before
     * it allowed ("tidak melakukan PHK", "tidak bisa menjamin"); none when the negation governs something
     * else first ("enggak lama dari situ meninggal": not long after, she died) or a speech cue ("Kremlin
     * tidak membantah kehadiran tentara": it withholds a denial, it denies nothing).
     */
    private Set<String> predicate(List<String> t, int from, int to, Set<String> content) {
        int k = from;
        if (k < to && !content.contains(t.get(k)) && !cues.contains(t.get(k))) {
            k++;
        }
        if (k < to && cues.contains(t.get(k))) {
            return Set.of(); // "tidak membantah …": a stance withheld, no negative fact
        }
        Set<String> out = new HashSet<>();
        while (k < to && content.contains(t.get(k))) {
            out.add(t.get(k));
            k++;
        }
        return out;
    }

    /**
     * Where the question a negation puts ends: {@link #REACH} content words on (function words not counted:
     * "belum ada surat keputusan terkait dengan pencabutan izin" asks about the revocation too), a short form in
     * parentheses passed over ("surat keputusan (SK) terkait …": a gloss, no break), up to any other clause break
     * — a punctuation mark, or after a content word a word opening a clause of another rank or the predicate's
     * complement ({@code questionBreaks}: "tidak meninggal karena keracunan", "tak ada PHK terhadap buruh") — or
     * the next negation.
     */
    private int questionEnd(List<String> t, int from) {
        int content = 0;
        int to = from;
        while (to < t.size() && content < REACH && longest(negationsFrom, t, to) == 0 && longest(pendingFrom, t, to) == 0) {
            String w = t.get(to);
            if ("(".equals(w)) {
                int close = t.subList(to, t.size()).indexOf(")");
                if (close < 0) {
                    break;
                }
                to += close + 1;
                continue;
            }
            if (isBreak(w) || content > 0 && longest(questionBreaksFrom, t, to) > 0) {
                break;
            }
            if (words(t, to, to + 1).size() == 1) {
                content++;
            }
            to++;
        }
        return to;
    }

    /**
     * True when the negation starting its reach at {@code from} negates a speech cue — right after it, or after one
     * function word ("tidak membantah", "did not deny", "tidak pernah membantah"): a stance withheld. A cue further on
     * is in what the negation reaches, not negated by it.
     */
    private boolean negatesCue(List<String> t, int from, int to) {
        for (int k = from; k < to && k <= from + 1; k++) {
            if (cues.contains(t.get(k))) {
                return true;
            }
            if (words(t, k, k + 1).size() == 1) {
                return false;
            }
        }
        return false;
    }

    private Set<String> words(List<String> t, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            String w = t.get(i);
            if (contentWord(w)) {
                out.add(w);
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

    /** A lower-case token that can carry a claim's content: letters, long enough, no function word, cue or stop word. */
    boolean contentWord(String w) {
        return w.chars().anyMatch(Character::isLetter) && w.codePointCount(0, w.length()) >= MIN_LETTERS
                && !grammar.contains(w) && !cues.contains(w) && !stopWord.test(w);
    }

    private static boolean isBreak(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
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

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
