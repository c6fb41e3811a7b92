package dev.tilik.findings;

import static dev.tilik.findings.Phrases.longest;

import dev.tilik.model.Stance;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A statement that says again, negated, what a denial denies: "Kami tidak melarang dan sama sekali tidak
 * menghalangi penggalangan dana" beside "pemerintah tidak melarang aksi penggalangan dana", "Sritex tidak
 * melakukan PHK" under the headline "Bantah Ada PHK". Stance is read statement by statement, and the same
 * negation reads as a denial through a cue that insists and as a negative fact (an assertion) through a
 * neutral one, or as a hedge when a guess stands beside it: set against the denial, such a statement makes a
 * finding both of whose sides say one thing. It is no second side.
 *
 * <p>What a claim negates: the run of content words ({@link ClaimWords#contentWord}) right after its first negation,
 * one function word before them allowed — within the negation's reach ({@link ClaimWords#reachEnd}). What a denial
 * denies: every content word its negations reach, or, when its claim holds no negation (the cue denies: "membantah
 * isu pemutusan hubungan kerja", "Bantah Ada PHK"), every content word of its claim. A statement restates a denial
 * when what it negates is a word the denial denies. The question a denial puts is {@link DenialQuestions}'.
 */
final class Restatements {
    private final ClaimWords words;
    private final Map<Voice, Set<String>> negated = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> denied = new ConcurrentHashMap<>();
    private final LongAdder negatedAsked = new LongAdder();
    /** Each claim's prohibited acts and each denial's denied words, as roots ({@link #restates}): read once a voice. */
    private final Map<Voice, Set<String>> avertedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> deniedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Set<String>> negatedRoots = new ConcurrentHashMap<>();
    private final Map<Voice, Boolean> avertsOwn = new ConcurrentHashMap<>();
    private final LongAdder rootsRead = new LongAdder();

    /** @param words the claims' words, read once a voice and shared with the denials' questions ({@link DenialQuestions}) */
    Restatements(ClaimWords words) {
        this.words = words;
    }

    /** The claims' words this reads through. */
    ClaimWords words() {
        return words;
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
            if (d.statement().stance() == Stance.DENY && (!Collections.disjoint(own, denied(d))
                    || !averted.isEmpty() && !averts(d) && !Collections.disjoint(averted, deniedRoots(d))
                    || !own.isEmpty() && !OneQuestion.language(v).equals(OneQuestion.language(d))
                    && !Collections.disjoint(negatedRoots.computeIfAbsent(v, x -> rootsRead(own, x)), deniedRoots(d)))) {
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
            List<String> t = words.claimTokens(x);
            for (int i = 0; i < t.size(); i++) {
                if (longest(words.prohibitionsFrom, t, i) > 0 || prefixed(t.get(i))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when {@code w} opens with one of the rules' averting prefixes and holds more ("ketidakhadiran"). */
    private boolean prefixed(String w) {
        return words.avertingPrefixes.stream().anyMatch(p -> w.length() > p.length() + 2 && w.startsWith(p));
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
        List<String> t = words.claimTokens(v);
        for (int i = 0; i < t.size(); i++) {
            int neg = longest(words.negationsFrom, t, i);
            if (neg == 0 || longest(words.pendingFrom, t, i) > neg) {
                continue;
            }
            int from = i + neg;
            int to = from;
            while (to < t.size() && to - from < ClaimWords.REACH && !ClaimWords.isBreak(t.get(to))
                    && longest(words.negationsFrom, t, to) == 0) {
                to++;
            }
            if (to == from || to >= t.size() || longest(words.negationsFrom, t, to) == 0
                    || words.words(t, from, to).isEmpty() && !words.cues.contains(t.get(to - 1))) {
                continue; // "tidak, tidak ada …": no predicate between the two negations
            }
            Set<String> second = reached(t.subList(to, t.size()), false); // all it reaches: "tidak akan ada PHK"
            for (Voice d : denials) {
                if (d.statement().stance() == Stance.DENY && !Collections.disjoint(second, denied(d))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when both are said by a cue of assurance ("Jamin Pedagang Aman" over "memastikan tidak ada
     * penggusuran"): one act of assuring, told once as what will hold and once as what will not happen, its
     * polarity the writer's, not the speaker's change of line.
     */
    boolean oneAssurance(Voice a, Voice b) {
        String ca = a.statement().cue();
        String cb = b.statement().cue();
        return ca != null && cb != null && words.assurances.contains(ca.toLowerCase(Locale.ROOT))
                && words.assurances.contains(cb.toLowerCase(Locale.ROOT));
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
        List<String> t = words.claimTokens(v);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (prefixed(t.get(i))) {
                out.add(t.get(i)); // "menyayangkan ketidakhadiran kurator": the attendance named as lacking
            }
            int n = longest(words.prohibitionsFrom, t, i);
            if (n > 0) {
                int from = i + n;
                int to = words.reachEnd(t, from);
                out.addAll(predicate(t, from, to, words.words(t, from, to)));
            }
        }
        return out;
    }

    private Set<String> negated(Voice v) {
        return negated.computeIfAbsent(v, x -> reached(words.claimTokens(x), true));
    }

    private Set<String> denied(Voice v) {
        return denied.computeIfAbsent(v, x -> {
            List<String> t = words.claimTokens(x);
            Set<String> r = reached(t, false);
            return r.isEmpty() ? words.words(t, 0, t.size()) : r;
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
        for (int[] n = words.nextNegation(t, 0); n != null; n = words.nextNegation(t, words.reachEnd(t, n[1]))) {
            int from = n[1];
            int to = words.reachEnd(t, from);
            Set<String> reach = words.words(t, from, to);
            if (first) {
                return predicate(t, from, to, reach);
            }
            out.addAll(reach);
        }
        return out;
    }

    /**
     * The negated predicate: the run of content words right after the negation, one function word before
     * it allowed ("tidak melakukan PHK", "tidak bisa menjamin"); none when the negation governs something
     * else first ("enggak lama dari situ meninggal": not long after, she died) or a speech cue ("Kremlin
     * tidak membantah kehadiran tentara": it withholds a denial, it denies nothing).
     */
    private Set<String> predicate(List<String> t, int from, int to, Set<String> content) {
        int k = from;
        if (k < to && !content.contains(t.get(k)) && !words.cues.contains(t.get(k))) {
            k++;
        }
        if (k < to && words.cues.contains(t.get(k))) {
            return Set.of(); // "tidak membantah …": a stance withheld, no negative fact
        }
        Set<String> out = new HashSet<>();
        while (k < to && content.contains(t.get(k))) {
            out.add(t.get(k));
            k++;
        }
        return out;
    }
}
