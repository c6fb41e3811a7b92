package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A person's denial of an act and another side's claim that names the person with that act ("Saya tidak menantang
 * warga", the regent; "massa akan melebihi tantangan Bupati Harjono", a protest's organiser) share the act's root and
 * the accused's name, and little else: the clustering may weigh the claim into another proposition (the crowd's size)
 * on its other words. This pass, after the clustering and changing no centroid, moves such a claim into the
 * proposition of the denial.
 *
 * <p>The denial denies through its own negation (basis {@link StanceBasis#EVENT_NEGATED}); its act is the first word
 * its negation reaches, in lower case, outside a subordinate clause; the accused is the denier, named by the
 * speaker's last capitalised word ("Bupati Sukamaju, Harjono": Harjono), no place of the folder's claims. The claim
 * asserts or confirms, comes from neither the accused nor the denier's party, and holds the act's key outside any
 * negation with the accused's name a few words after it ("tantangan Bupati Harjono"). A claim two denials
 * would pull into two propositions goes to neither. An index of the claims by the capitalised words they write is built
 * once, so the pass grows with the folder, never over all pairs.
 */
final class DeniedActs {
    /** The shortest capitalised word that may name the accused: shorter ones are initials and short forms. */
    static final int MIN_NAME = 4;
    /** The most words the accused's name may stand after the act's word: "tantangan Bapak Bupati Sukamaju Harjono". */
    static final int NEAR = 5;
    /** What separates words: compiled once, where {@code String.split} compiled it on every call. */
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private DeniedActs() {
    }

    /**
     * Moves the claims that name a denier with the act denied into the denial's proposition: {@code groupOf} is
     * changed in place.
     *
     * @param claims each statement's claim as written, by index
     * @param places the keys of the places the folder's claims name (no accused's name)
     */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, PropositionGroup[] groupOf,
                      IntFunction<String> claims, Set<String> places) {
        Map<NameAct, List<Integer>> naming = naming(all, words, claims);
        // what a claim is asked for again by each denial naming its accused: read once, when first asked
        List<Set<String>> speakerNames = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
        List<List<String>> tokens = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
        Map<Integer, PropositionGroup> to = new HashMap<>();
        Set<Integer> torn = new java.util.HashSet<>();
        for (int d = 0; d < all.size(); d++) {
            Statement denial = all.get(d);
            PropositionGroup into = groupOf[d];
            if (denial.stance() != Stance.DENY || denial.basis() != StanceBasis.EVENT_NEGATED
                    || into == null || into.members.size() < 2) {
                continue;
            }
            String act = act(words.get(d));
            if (act == null) {
                continue;
            }
            for (String name : accused(denial.speaker(), places)) {
                for (int a : naming.getOrDefault(new NameAct(name, act), List.of())) {
                    Statement claim = all.get(a);
                    if (groupOf[a] == into || claim.party() != null && claim.party().equals(denial.party())
                            || once(speakerNames, a, () -> capitalised(claim.speaker())).contains(name)
                            || !actOf(words.get(a), act, once(tokens, a, () -> words(claims.apply(a))), name)) {
                        continue;
                    }
                    PropositionGroup before = to.putIfAbsent(a, into);
                    if (before != null && before != into) {
                        torn.add(a);
                    }
                }
            }
        }
        to.forEach((a, g) -> {
            if (!torn.contains(a)) {
                groupOf[a] = g;
            }
        });
    }

    /** A capitalised word a claim writes and a key it holds outside any negation: what a denial's pair must share. */
    record NameAct(String name, String act) {
    }

    /**
     * The asserting and confirming claims by each capitalised word they write and each key they hold outside any
     * negation ({@link #asserted}), in the statements' order: a denial looks up only the claims that may hold its act
     * as its accused's, so a name many claims write costs the pairs that share the act too, not all of them.
     */
    static Map<NameAct, List<Integer>> naming(List<Statement> all, List<List<ClaimWords.Word>> words, IntFunction<String> claims) {
        Map<NameAct, List<Integer>> naming = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Stance st = all.get(i).stance();
            if (st == Stance.ASSERT || st == Stance.CONFIRM) {
                Set<String> keys = asserted(words.get(i));
                for (String name : capitalised(claims.apply(i))) {
                    for (String key : keys) {
                        naming.computeIfAbsent(new NameAct(name, key), k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        return naming;
    }

    /** The keys of a claim's words outside any negation and not reached by one: the only acts {@link #actOf} finds. */
    static Set<String> asserted(List<ClaimWords.Word> words) {
        Set<String> out = new LinkedHashSet<>();
        for (ClaimWords.Word w : words) {
            if (!w.negated() && !w.reached()) {
                out.add(w.key());
            }
        }
        return out;
    }

    private static <T> T once(List<T> read, int i, java.util.function.Supplier<T> reading) {
        T t = read.get(i);
        if (t == null) {
            t = reading.get();
            read.set(i, t);
        }
        return t;
    }

    /** The act a negation denies: the first word it reaches in the claim's own clause, in lower case; or null. */
    static String act(List<ClaimWords.Word> words) {
        for (ClaimWords.Word w : words) {
            if ((w.reached() || w.negated()) && !w.subordinate() && !w.key().startsWith(Propositions.COUNTED_KEY)
                    && !w.surface().isEmpty() && !Character.isUpperCase(w.surface().charAt(0))) {
                return w.key();
            }
        }
        return null;
    }

    /**
     * The accused's name: the speaker's last capitalised word ("Bupati Sukamaju, Harjono": harjono; a title and a
     * place come before a name), in lower case; none when it is a place of the folder's claims.
     */
    static Set<String> accused(String speaker, Set<String> places) {
        String last = null;
        for (String w : capitalised(speaker)) {
            last = w;
        }
        return last == null || places.contains(last) ? Set.of() : Set.of(last);
    }

    /**
     * True when the claim holds the act outside any negation as the accused's act: a word of the act's key with the
     * accused's name at most {@link #NEAR} words after it ("tantangan Bapak Bupati Harjono"), not a name said elsewhere
     * in a long claim ("… menuntut Harjono mundur").
     */
    static boolean actOf(List<ClaimWords.Word> words, String act, String claim, String name) {
        return actOf(words, act, words(claim), name);
    }

    private static boolean actOf(List<ClaimWords.Word> words, String act, List<String> tokens, String name) {
        for (ClaimWords.Word w : words) {
            if (w.key().equals(act) && !w.negated() && !w.reached()) {
                String surface = w.surface().toLowerCase(Locale.ROOT);
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).equals(surface) && tokens.subList(i + 1, Math.min(tokens.size(), i + 1 + NEAR)).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A claim's words in lower case, split at every run of non-letters (as {@code String.split} does). */
    static List<String> words(String claim) {
        return List.of(NON_LETTERS.split(claim.toLowerCase(Locale.ROOT)));
    }

    /** The capitalised words of {@code text} of {@link #MIN_NAME} letters or more, not all in capitals, in lower case. */
    static Set<String> capitalised(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : NON_LETTERS.split(text)) {
            if (t.length() >= MIN_NAME && Character.isUpperCase(t.charAt(0)) && !t.equals(t.toUpperCase(Locale.ROOT))) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
