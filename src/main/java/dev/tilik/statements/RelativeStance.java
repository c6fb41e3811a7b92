package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stance relative to the proposition, once every statement has its proposition: a negation in a claim denies the
 * proposition when what it reaches is what the proposition's other claims assert, and only then. "Tidak ada tawuran
 * di sini" denies where two claims or more of its proposition say there was a brawl; "tidak ada tembakan peringatan
 * sebelum Robig menembakkan dua peluru" does not deny the shooting its proposition is about: the claim asserts the
 * shooting itself, outside its negation, and negates only something narrower (a lack stated, not a denial).
 *
 * <p>A proposition here is what the findings compare: the statements sharing a topic, a rules topic's included. What
 * a negation reaches is its object ({@link ClaimWords.Word#negation}: the words one negation reaches in the claim's
 * own clause, in lower case — a name says who or where —, what a figure counts left out, its first {@value #OBJECT}).
 * A word is <em>held</em> by the proposition when two of its other members or more, and one in ten of them, claim it
 * outside any negation in a statement that asserts, confirms or states it in its own words (words compared by
 * {@link #root}).
 *
 * <p>How it combines with the cue: a cue that takes a stance of its own (bantah, deny, akui, confirm, a negated or
 * refused cue: "tak menampik", "did not deny" a hedge) decides, and nothing here changes it. Only what a neutral cue
 * reports is read against the proposition:
 * <ul>
 * <li>an assertion (or a claim held back for its own words, {@link StanceBasis#OWN_WORDS}) whose negation reaches a
 *     held word, with no word the proposition does not hold after it ("tidak ada adegan kejar-kejaran": the chase
 *     others claim; "bukan masalah tata kelola, ini masalah kebodohan" where two say it is governance; "pihaknya
 *     tidak melakukan going concern") denies it. A held word followed by one the proposition does not hold ("tidak
 *     ada PHK massal" where others speak of "PHK") is left as the claim reads;</li>
 * <li>a denial the claim's own negation made ({@link StanceBasis#EVENT_NEGATED}) whose negation's first word is one
 *     two other members claim and the claim itself claims outside that negation asserts: it negates a kind of the
 *     thing ("tembakan peringatan"), not the thing ("menembakkan"). A denial by both readings stays a denial;</li>
 * <li>an assertion whose negation reaches only what other members deny through their own negation, and nothing any
 *     member claims, denies with them ({@link #deniedAlike}: a proposition of denials, "buruh tidak di-PHK" among
 *     "tidak ada PHK").</li>
 * </ul>
 * Linear in the folder: each statement's words are read once per proposition; a large proposition's members are read
 * on the common pool's threads too, each alone, so the result is the one thread's.
 */
final class RelativeStance {
    /** How many content words of a negation's reach are its object. */
    static final int OBJECT = 3;
    /** How many other members must claim a word for the proposition to hold it. */
    private static final int HELD = 2;
    /**
     * And one in how many of its other members: in a proposition of a hundred claims a support verb ("melakukan")
     * two of them use is no word the proposition is about.
     */
    private static final int SHARE = 10;

    private RelativeStance() {
    }

    /** One member's words: those it claims (none when it claims nothing), those its own negation denies, its own. */
    private record Read(Set<String> claimed, Set<String> denied, Set<String> own) {
    }

    /**
     * The statements whose stance to their proposition differs from the one they have, by index: {@code statements}
     * as the folder pass leaves them (their topics final), {@code words} each one's claim words.
     */
    static Map<Integer, Statement> apply(List<Statement> statements, List<List<ClaimWords.Word>> words) {
        return apply(statements, words, SIDE_BY_SIDE);
    }

    /** {@link #apply}, a proposition of {@code sideBySide} members or more read on the common pool's threads too. */
    static Map<Integer, Statement> apply(List<Statement> statements, List<List<ClaimWords.Word>> words, int sideBySide) {
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String topic = statements.get(i).topic();
            if (topic != null && !words.get(i).isEmpty()) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(i);
            }
        }
        // A word two others claim needs two others: a proposition of fewer than three members changes nothing. The others
        // are read on every core, each from its own members alone; a statement is in one, so the changes join in any order.
        Map<Integer, Statement> out = new HashMap<>();
        byTopic.values().stream().filter(members -> members.size() >= 3).toList().parallelStream().map(members -> {
            int size = members.size();
            List<Set<String>> claimed = new ArrayList<>(size);
            List<Set<String>> denied = new ArrayList<>(size);
            List<Set<String>> self = new ArrayList<>(size);
            each(size, sideBySide, n -> {
                int m = members.get(n);
                Set<String> own = ownWords(words.get(m));
                return new Read(claims(statements.get(m)) ? own : Set.of(), deniedBy(statements.get(m), words.get(m)), own);
            }).forEach(r -> {
                claimed.add(r.claimed());
                denied.add(r.denied());
                self.add(r.own());
            });
            Map<String, Integer> affirmers = new HashMap<>();
            Map<String, Integer> deniers = new HashMap<>();
            for (int n = 0; n < size; n++) {
                claimed.get(n).forEach(k -> affirmers.merge(k, 1, Integer::sum));
                denied.get(n).forEach(k -> deniers.merge(k, 1, Integer::sum));
            }
            int needed = Math.max(HELD, (size - 1 + SHARE - 1) / SHARE);
            List<Statement> read = each(size, sideBySide, n -> {
                int i = members.get(n);
                Set<String> own = claimed.get(n);
                Statement s = statements.get(i);
                Set<String> no = denied.get(n);
                Statement t = stance(s, words.get(i), k -> affirmers.getOrDefault(k, 0) - (own.contains(k) ? 1 : 0) >= needed,
                        k -> affirmers.getOrDefault(k, 0) - (own.contains(k) ? 1 : 0) >= HELD, self.get(n));
                if (t == s) {
                    t = deniedAlike(s, words.get(i), k -> deniers.getOrDefault(k, 0) - (no.contains(k) ? 1 : 0) >= needed,
                            k -> affirmers.getOrDefault(k, 0) - (own.contains(k) ? 1 : 0) >= HELD, self.get(n));
                }
                return t;
            });
            Map<Integer, Statement> changed = new HashMap<>();
            for (int n = 0; n < size; n++) {
                int i = members.get(n);
                if (read.get(n) != statements.get(i)) {
                    changed.put(i, read.get(n));
                }
            }
            return changed;
        }).toList().forEach(out::putAll);
        return out;
    }

    /** A proposition this large reads its members on the common pool's threads too (a smaller one is not worth a hand-off). */
    static final int SIDE_BY_SIDE = 256;

    /**
     * {@code read} of 0 … {@code size - 1}, in that order: on the common pool beside the calling thread for a large
     * proposition (each member is read alone from what the whole proposition holds, so the result is the one thread's,
     * whichever thread read which member), on the calling thread for a small one.
     */
    private static <T> List<T> each(int size, int sideBySide, java.util.function.IntFunction<T> read) {
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, size);
        return (size >= sideBySide ? range.parallel() : range).mapToObj(read).toList();
    }

    /** {@code s}'s stance to its proposition, given which words the proposition holds and which the claim claims itself. */
    static Statement stance(Statement s, List<ClaimWords.Word> words, java.util.function.Predicate<String> held,
                            java.util.function.Predicate<String> claimedByOthers, Set<String> self) {
        boolean neutral = s.stance() == Stance.ASSERT && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)
                || s.stance() == Stance.OTHER && s.basis() == StanceBasis.OWN_WORDS;
        boolean ownDenial = s.stance() == Stance.DENY && s.basis() == StanceBasis.EVENT_NEGATED;
        if (!neutral && !ownDenial) {
            return s;
        }
        boolean denies = false;
        boolean narrower = false;
        for (List<String> object : objects(words)) {
            if (!object.isEmpty() && claimedByOthers.test(object.get(0)) && self.contains(object.get(0))) {
                narrower = true; // its head claimed outside the negation: "tidak ada tembakan peringatan sebelum … menembakkan"
            }
            int first = -1;
            for (int j = 0; j < object.size() && first < 0; j++) {
                if (held.test(object.get(j))) {
                    first = j;
                }
            }
            if (first < 0) {
                continue;
            }
            boolean allHeld = true;
            for (int j = first; j < object.size(); j++) {
                allHeld &= held.test(object.get(j));
            }
            denies |= allHeld;
        }
        if (neutral && denies && !narrower) {
            return s.withStance(Stance.DENY, StanceBasis.EVENT_NEGATED);
        }
        if (ownDenial && narrower && !denies) {
            return s.withStance(Stance.ASSERT, StanceBasis.CUE_ON_TOPIC);
        }
        return s;
    }

    /**
     * A claim a neutral cue reports whose negation reaches what the proposition's other members deny, and nothing any
     * member claims, denies with them: "buruh tidak di-PHK" among "tidak ada PHK", "tak ada PHK terhadap buruh", a
     * proposition of denials whose accusation stands elsewhere. The words are {@link #denials}' (a short form in
     * capitals counts: it is often the very thing denied); each must be denied by two other members or more, and one in
     * ten of them, through their own negation ({@link StanceBasis#EVENT_NEGATED}: a dismissal, "bukan karena X",
     * denies a cause, not X). A negation whose first word another member or the claim itself claims outside a
     * negation is left as it reads: a kind of the thing, or a lack stated ("tak ada cadangan data" where others say
     * how much was backed up).
     */
    static Statement deniedAlike(Statement s, List<ClaimWords.Word> words, java.util.function.Predicate<String> deniedByOthers,
                                 java.util.function.Predicate<String> claimedByOthers, Set<String> self) {
        boolean neutral = s.stance() == Stance.ASSERT && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)
                || s.stance() == Stance.OTHER && s.basis() == StanceBasis.OWN_WORDS;
        if (!neutral) {
            return s;
        }
        boolean alike = false;
        for (List<String> object : denials(words)) {
            if (object.isEmpty()) {
                continue;
            }
            if (claimedByOthers.test(object.get(0)) || self.contains(object.get(0))) {
                return s; // others claim it, or the claim itself does: a kind of the thing, or a lack stated
            }
            boolean all = true;
            for (String k : object) {
                all &= deniedByOthers.test(k);
            }
            alike |= all;
        }
        return alike ? s.withStance(Stance.DENY, StanceBasis.EVENT_NEGATED) : s;
    }

    /** The keys a denial's own negation reaches, when the statement denies through it. */
    private static Set<String> deniedBy(Statement s, List<ClaimWords.Word> words) {
        if (s.stance() != Stance.DENY || s.basis() != StanceBasis.EVENT_NEGATED) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (List<String> object : denials(words)) {
            out.addAll(object);
        }
        return out;
    }

    /**
     * Each negation's object that can deny (no "not yet", "so as not to": {@link ClaimWords.Word#pending}) in the claim's
     * own clause, its first {@value #OBJECT} keys: the words it reaches in lower case, and a short form in capitals
     * ("PHK"); a name says who or where.
     */
    static List<List<String>> denials(List<ClaimWords.Word> words) {
        Map<Integer, List<String>> by = new LinkedHashMap<>();
        for (ClaimWords.Word w : words) {
            if (!w.reached() || w.pending() || w.subordinate() || w.key().startsWith(Propositions.COUNTED_KEY)
                    || w.surface().isEmpty()
                    || Character.isUpperCase(w.surface().charAt(0)) && !shortForm(w.surface())) {
                continue;
            }
            List<String> object = by.computeIfAbsent(w.negation(), x -> new ArrayList<>());
            if (object.size() < OBJECT && !object.contains(root(w.key()))) {
                object.add(root(w.key()));
            }
        }
        return new ArrayList<>(by.values());
    }

    /** True for a short form written in capitals ("PHK", "KLB"). */
    private static boolean shortForm(String surface) {
        return surface.length() > 1 && surface.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A word's key as compared here: a final "k" dropped, so that one root the stemmer cut two ways meets (a root
     * ending in "k" before "-an" is read as one before "-kan": "tembakan" → "temba", "menembakkan" → "tembak").
     */
    static String root(String key) {
        return key.length() > 3 && key.endsWith("k") ? key.substring(0, key.length() - 1) : key;
    }

    /** True when a statement claims anything outside its negations (asserts, confirms, states in its own words). */
    private static boolean claims(Statement s) {
        return s.stance() == Stance.ASSERT || s.stance() == Stance.CONFIRM
                || s.stance() == Stance.OTHER && s.basis() == StanceBasis.OWN_WORDS;
    }

    /** The keys of a claim's words no negation reaches. */
    static Set<String> ownWords(List<ClaimWords.Word> words) {
        Set<String> out = new HashSet<>();
        for (ClaimWords.Word w : words) {
            if (!w.reached() && !w.pending() && !w.key().startsWith(Propositions.COUNTED_KEY)) {
                out.add(root(w.key()));
            }
        }
        return out;
    }

    /**
     * Each negation's object in the claim's own clause, in order: the keys of the words it reaches written in lower
     * case, what a figure counts left out, the first {@value #OBJECT}. A lack stated has no object ("kami tidak punya
     * wewenang", "kami tidak bisa menutup jalan": {@link ClaimWords.Word#lacked}): it says what the speaker lacks, it
     * does not deny what others claim; "belum bisa" keeps its object (a "not yet", {@link ClaimWords.Word#pending}).
     */
    static List<List<String>> objects(List<ClaimWords.Word> words) {
        Map<Integer, List<String>> by = new LinkedHashMap<>();
        for (ClaimWords.Word w : words) {
            if (!(w.reached() || w.pending()) || w.subordinate() || w.lacked() && !w.pending()
                    || w.key().startsWith(Propositions.COUNTED_KEY)
                    || w.surface().isEmpty() || Character.isUpperCase(w.surface().charAt(0))) {
                continue;
            }
            List<String> object = by.computeIfAbsent(w.negation(), x -> new ArrayList<>());
            if (object.size() < OBJECT && !object.contains(root(w.key()))) {
                object.add(root(w.key()));
            }
        }
        return new ArrayList<>(by.values());
    }
}
