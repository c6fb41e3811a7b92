package dev.tilik.findings;

import static dev.tilik.findings.Phrases.longest;

import dev.tilik.statements.StanceBasis;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * The question a denial puts, as the lower-case content words ({@link ClaimWords#contentWord}) it asks about, and the
 * content words through which a claim may answer it; a claim that refers back to what was said before it puts none.
 * {@link OneQuestion} holds a statement against a denial through them; what a claim negates and what a denial denies
 * are {@link Restatements}'.
 */
final class DenialQuestions {
    private final ClaimWords words;

    /** @param words the claims' words, read once a voice and shared with {@link Restatements} */
    DenialQuestions(ClaimWords words) {
        this.words = words;
    }

    /** The claims' words this reads through. */
    ClaimWords words() {
        return words;
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
        List<String> t = words.claimTokens(d);
        if (refersBack(t)) {
            return null;
        }
        if (d.statement().basis() == StanceBasis.DISMISSAL) {
            return linked(t); // "kabar itu tidak benar": what is dismissed stands before the negation, or before the sentence
        }
        boolean negates = false;
        for (int[] n = words.nextNegation(t, 0); n != null; n = words.nextNegation(t, words.reachEnd(t, n[1]))) {
            negates = true;
            int from = n[1];
            int to = questionEnd(t, from);
            if (negatesCue(t, from, to)) {
                return null; // "tidak membantah …": a stance withheld, no question of its own
            }
            Set<String> reach = words.words(t, from, to);
            reach.removeAll(words.notAsked);
            if (!reach.isEmpty()) {
                if (words.firm.contains(t.subList(n[0], from))) {
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
        Set<String> all = words.words(t, 0, questionEnd(t, 0));
        all.removeAll(words.notAsked);
        return negates || all.isEmpty() ? null : all;
    }

    /**
     * The cause a denial's question is restricted to, as the lower-case content words after the cause word; null when it
     * names none. A question that runs into a relative clause ("tak ada pekerja yang dirawat karena keracunan",
     * "membantah kabar yang menyebut ternak mati karena diracun", "denied reports that workers died because of
     * poisoning") denies the deaths of that cause, not the deaths: what the relative clause says happened, one of the
     * rules' {@code grounds} ("karena", "because") after it names why, is asked with its cause, and a claim that only
     * says the deaths ("91 petugas meninggal dunia") answers another question. A cause word with no relative clause
     * before it, in the same clause, may give the ground of the denial itself ("tidak ada pencarian malam karena
     * cuaca buruk"), and the question stays as it was: null. Read from the first negation whose question holds a
     * content word, else, for a denial by its cue, from the claim's start, up to a punctuation mark (a short form in
     * parentheses passed over) or the next negation.
     */
    Set<String> cause(Voice d) {
        if (d.statement().basis() == StanceBasis.DISMISSAL) {
            return null;
        }
        List<String> t = words.claimTokens(d);
        if (refersBack(t)) {
            return null;
        }
        int from = 0;
        for (int[] n = words.nextNegation(t, 0); n != null; n = words.nextNegation(t, words.reachEnd(t, n[1]))) {
            Set<String> reach = words.words(t, n[1], questionEnd(t, n[1]));
            reach.removeAll(words.notAsked);
            if (!reach.isEmpty()) {
                from = n[1];
                break;
            }
        }
        boolean relative = false;
        boolean content = false;
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k);
            if ("(".equals(w)) {
                int close = t.subList(k, t.size()).indexOf(")");
                if (close < 0) {
                    return null;
                }
                k += close;
                continue;
            }
            if (ClaimWords.isBreak(w) || k > from && words.negationAt(t, k)) {
                return null;
            }
            int g = longest(words.groundsFrom, t, k);
            if (g > 0 && relative && content) {
                Set<String> out = words.words(t, k + g, questionEnd(t, k + g));
                out.removeAll(words.notAsked);
                return out.isEmpty() ? null : out;
            }
            if (words.relatives.contains(w)) {
                relative = true;
                content = false;
            } else if (relative && words.words(t, k, k + 1).size() == 1) {
                content = true; // "yang meninggal karena …": the relative clause says what happened before its cause
            }
        }
        return null;
    }

    /**
     * True when a denial speaks of others than those told: one of the rules' {@code otherWords} ("lain", "lainnya",
     * "other", "others"; not in their {@code otherIdioms}, "di sisi lain", "on the other hand") from the claim's start
     * up to where the question of its first negation reaching a content word ends ("tidak menemukan pasien lain di luar
     * data", "yang lain bukan diagnosis …", "the other two were not tested"). Such a denial grants those told and asks
     * about the rest: a claim about those told ("tiga korban ditemukan", "two tested positive") answers another
     * question, one about others too ({@link #namesOthers}) answers it. False for a dismissal or a claim referring back.
     */
    boolean ofOthers(Voice d) {
        if (d.statement().basis() == StanceBasis.DISMISSAL) {
            return false;
        }
        List<String> t = words.claimTokens(d);
        if (refersBack(t)) {
            return false;
        }
        int to = -1;
        for (int[] n = words.nextNegation(t, 0); n != null; n = words.nextNegation(t, words.reachEnd(t, n[1]))) {
            int end = questionEnd(t, n[1]);
            Set<String> reach = words.words(t, n[1], end);
            reach.removeAll(words.notAsked);
            if (!reach.isEmpty()) {
                to = end;
                break;
            }
        }
        if (to < 0) {
            to = questionEnd(t, 0); // a denial by its cue, "membantah ada korban lain": from the claim's start
        }
        for (int k = 0; k < to; k++) {
            if (words.otherAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a denial tells what befell one body: its first negation reaching a content word reaches one of the
     * rules' {@code bodilyHarms} before any other content word and with no relative marker between ("tidak ada luka,
     * cuma pegal", "tidak sampai terluka", "I was not hurt"), so it names no one harmed and counts no one: it is a
     * survivor's or a witness's word of their own body, or one body's. "tidak ada korban luka" (a victim named) and
     * "tidak ada yang terluka" (no one who was) count, and stay a toll's denial. False for a dismissal or a claim
     * referring back. Such a denial answers no count ({@link OneQuestion}).
     */
    boolean ofABody(Voice d) {
        if (words.bodilyHarms.isEmpty() || d.statement().basis() == StanceBasis.DISMISSAL) {
            return false;
        }
        List<String> t = words.claimTokens(d);
        if (refersBack(t)) {
            return false;
        }
        for (int[] n = words.nextNegation(t, 0); n != null; n = words.nextNegation(t, words.reachEnd(t, n[1]))) {
            int end = questionEnd(t, n[1]);
            for (int k = n[1]; k < end; k++) {
                String w = t.get(k);
                if (words.bodilyHarms.contains(w)) {
                    return true;
                }
                if (words.relatives.contains(w)) {
                    return false; // "tidak ada yang terluka": no one who was
                }
                if (words.contentWord(w) && !words.notAsked.contains(w)) {
                    return false; // "tidak ada korban luka": the harmed named, a count
                }
            }
        }
        return false;
    }

    /** True when a claim holds one of the rules' {@code otherWords} outside their idioms ("ada korban lain"). */
    boolean namesOthers(Voice v) {
        List<String> t = words.claimTokens(v);
        for (int k = 0; k < t.size(); k++) {
            if (words.otherAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a claim writes capitalised past its first, lower case: a firm negation's verb is never one of them
     * ("tak setuju apabila Budi mundur" asks about resigning, not about Budi).
     */
    private static Set<String> named(String claim) {
        Set<String> out = new HashSet<>();
        for (MatchResult m : ClaimWords.capitalised(claim, 1)) {
            if (m.start() > 0) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

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
                Set<String> out = words.words(t, i + n, questionEnd(t, i + n));
                out.removeAll(words.notAsked);
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
        for (List<String> p : words.linksFrom.getOrDefault(t.get(at), List.of())) {
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
     * demonstrative of its own ("klaim tersebut", "kabar yang beredar itu", "such transfers", "these are groundless
     * rumours": at most {@link #DEMONSTRATIVE_REACH} words apart, no punctuation between), or such nouns its only
     * content ("the reports"). A demonstrative further on points at another noun ("berapa jumlah yang naik ke perahu
     * motor itu": the boat, not a count told before).
     */
    boolean refersBack(Voice v) {
        return refersBack(words.claimTokens(v));
    }

    /** How many words apart a reference noun and its demonstrative may stand ({@link #refersBack}). */
    static final int DEMONSTRATIVE_REACH = 3;

    private boolean refersBack(List<String> t) {
        boolean named = false;
        for (int k = 0; k < t.size(); k++) {
            if (!words.referenceNouns.contains(t.get(k))) {
                continue;
            }
            named = true;
            for (int j = Math.max(0, k - DEMONSTRATIVE_REACH); j <= Math.min(t.size() - 1, k + DEMONSTRATIVE_REACH); j++) {
                if (words.demonstratives.contains(t.get(j)) && !breakBetween(t, Math.min(j, k), Math.max(j, k))) {
                    return true;
                }
            }
        }
        return named && words.words(t, 0, t.size()).stream().allMatch(words.referenceNouns::contains);
    }

    /** True when a punctuation mark stands between two places of a claim's tokens. */
    private static boolean breakBetween(List<String> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ClaimWords.isBreak(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content words of a claim through which it may answer a question, lower case: no function word, negation,
     * speech cue or word that names nothing (the reference nouns and the rules' {@code labelStops}: "Jadi, …" answers
     * no "tidak akan terjadi").
     */
    Set<String> contentWords(Voice v) {
        List<String> t = words.claimTokens(v);
        Set<String> out = words.words(t, 0, t.size());
        out.removeAll(words.notAsked);
        return out;
    }

    /**
     * Where the question a negation puts ends: {@link ClaimWords#REACH} content words on (function words not counted:
     * "belum ada surat keputusan terkait dengan pencabutan izin" asks about the revocation too), a short form in
     * parentheses passed over ("surat keputusan (SK) terkait …": a gloss, no break), up to any other clause break
     * — a punctuation mark, or after a content word a word opening a clause of another rank or the predicate's
     * complement (the rules' {@code clauseBreaks} and {@code complements}: "tidak dirawat karena keracunan", "tak ada
     * PHK terhadap buruh") — or the next negation.
     */
    private int questionEnd(List<String> t, int from) {
        int content = 0;
        int to = from;
        while (to < t.size() && content < ClaimWords.REACH && !words.negationAt(t, to)) {
            String w = t.get(to);
            if ("(".equals(w)) {
                int close = t.subList(to, t.size()).indexOf(")");
                if (close < 0) {
                    break;
                }
                to += close + 1;
                continue;
            }
            if (ClaimWords.isBreak(w) || content > 0 && longest(words.questionBreaksFrom, t, to) > 0) {
                break;
            }
            if (words.words(t, to, to + 1).size() == 1) {
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
            if (words.cues.contains(t.get(k))) {
                return true;
            }
            if (words.words(t, k, k + 1).size() == 1) {
                return false;
            }
        }
        return false;
    }
}
