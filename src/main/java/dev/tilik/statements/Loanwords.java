package dev.tilik.statements;

import dev.tilik.language.WordForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words a language other than the first shares with it by borrowing or by name, so that an English claim and an
 * Indonesian one meet in one proposition though no glossary lists their words: "nickel exploitation … vegetation"
 * and "eksploitasi nikel … vegetasi", "the data have been decrypted" and "kunci dekripsi", "Semuel" as either
 * language's stemmer leaves it. Each word of the other language gets candidate keys in the first: its spelling by
 * the rules' {@code loanSpellings} ("tion$" → "si", "x" → "ks", "c" → "k", "ph" → "f"), and, for a name or a
 * longer word, the word as written (a name, a short form, "ransomware", "server"), each through the first language's
 * word forms, singular and plural. A candidate is taken only where claims of the first language in the same folder
 * hold that key ({@link #meet}): the folder's own words decide, so a spelling no Indonesian claim writes changes
 * nothing. Linear in the folder: one set of the first language's keys, then each word looked up once.
 */
final class Loanwords {
    /** Letters a lower-case word, or its spelling, needs to meet by form ("nation" spelled "nasi", rice, does not). */
    static final int MIN_LETTERS = 5;
    /** Letters a name needs ("Gag", "PDN"). */
    static final int MIN_NAME_LETTERS = 3;
    /**
     * First-language claims that may hold a key, in a folder big enough to have a background, for a word of another
     * language to take it: one, the claim it translates. Measured on the five diagnosis sets: taking keys five per cent
     * of the Indonesian claims hold (or any) joined English claims to the story's broad propositions ("nickel" to
     * "tambang nikel", "curators" to "kurator") and added a false finding (sritex flags 1.22 → 1.32; with any key, a trap
     * on raja and on sritex) and met no must more.
     */
    static final int HELD_BY = 1;

    /** One rewrite: what it replaces, with what, and whether only at the word's end or start. */
    private record Rewrite(String from, String to, boolean atEnd, boolean atStart) {
        String apply(String w) {
            if (atEnd) {
                return w.endsWith(from) && (!atStart || w.equals(from)) ? w.substring(0, w.length() - from.length()) + to : w;
            }
            if (atStart) {
                return w.startsWith(from) ? to + w.substring(from.length()) : w;
            }
            return w.replace(from, to);
        }
    }

    private final List<Rewrite> rewrites;
    private final WordForms target;

    /**
     * @param spellings the rules' rewrites in file order ({@code "tion$": "si"}); a key must be lower-case letters, a
     *                  leading {@code ^} or trailing {@code $} anchoring it
     * @param target    the first language's word forms: a spelling's key there
     */
    Loanwords(Map<String, String> spellings, WordForms target) {
        List<Rewrite> out = new ArrayList<>();
        spellings.forEach((from, to) -> {
            boolean end = from.endsWith("$");
            boolean start = from.startsWith("^");
            String core = from.substring(start ? 1 : 0, from.length() - (end ? 1 : 0));
            if (!core.isEmpty()) {
                out.add(new Rewrite(core, to, end, start));
            }
        });
        this.rewrites = List.copyOf(out);
        this.target = target;
    }

    /** The word spelled as the first language borrows it (unchanged when no rewrite applies). */
    String spell(String lower) {
        String w = lower;
        for (Rewrite r : rewrites) {
            w = r.apply(w);
        }
        return w;
    }

    /**
     * The keys in the first language a word written {@code surface} may share with it, likeliest first: its borrowed
     * spelling's, then (a name, or a word of {@link #MIN_LETTERS} letters or more) its own as written, each of the
     * word and of its singular ("hectares" → "hektare", "activities" → "aktivitas").
     */
    List<String> keys(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        boolean name = Character.isUpperCase(surface.charAt(0));
        List<String> bases = new ArrayList<>();
        bases.add(lower);
        if (lower.length() > 4 && lower.endsWith("ies")) {
            bases.add(lower.substring(0, lower.length() - 3) + "y");
        } else if (lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            bases.add(lower.substring(0, lower.length() - 1));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String base : bases) {
            String spelled = spell(base);
            if (!spelled.equals(base) && spelled.length() >= MIN_LETTERS) {
                out.add(key(spelled));
            }
        }
        for (String base : bases) {
            if (base.length() >= (name ? MIN_NAME_LETTERS : MIN_LETTERS)) {
                out.add(key(base));
            }
        }
        out.removeIf(k -> k.length() < MIN_NAME_LETTERS);
        return List.copyOf(out);
    }

    private String key(String w) {
        String key = ContentWords.last(target.of(w));
        return key.isEmpty() ? w : key;
    }

    /**
     * Gives each word of a claim in another language the first candidate key ({@link ClaimWords.Language#loanKeys})
     * that claims of the first language in the folder hold, where its own key is none of theirs; what a claim answers
     * ({@code answered}) follows its words. Changes {@code words} and {@code answered} in place.
     */
    static void meet(List<Statement> all, List<List<ClaimWords.Word>> words, List<Set<String>> answered,
                     Function<Statement, ClaimWords.Language> languageOf) {
        Map<String, Integer> held = new HashMap<>();
        boolean others = false;
        for (int i = 0; i < all.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            if (lang == null) {
                continue;
            }
            if (lang.first()) {
                new HashSet<>(words.get(i).stream().map(ClaimWords.Word::key).toList()).forEach(k -> held.merge(k, 1, Integer::sum));
            } else {
                others = true;
            }
        }
        if (!others || held.isEmpty()) {
            return;
        }
        // in a handful of articles every claim is about the one thing they argue over: no word is the story's background
        int most = all.size() < Propositions.BACKGROUND_FOLDER ? Integer.MAX_VALUE : HELD_BY;
        Set<String> first = held.keySet();
        Set<String> rare = new HashSet<>();
        held.forEach((k, d) -> {
            if (d <= most) {
                rare.add(k);
            }
        });
        for (int i = 0; i < all.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            if (lang == null || lang.first()) {
                continue;
            }
            Rekeys.apply(i, words, answered, w -> {
                if (first.contains(w.key())) {
                    return null;
                }
                for (String k : lang.loanKeys(w)) {
                    if (first.contains(k)) {
                        return rare.contains(k) ? k : null;
                    }
                }
                return null;
            });
        }
    }
}
