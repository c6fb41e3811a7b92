package dev.tilik.statements;

import dev.tilik.language.WordForms;
import dev.tilik.rules.CueRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cue verbs of a language that carry a stance, as headlines write them: bare, with the verbal prefix the
 * body's verb carries dropped ("Tampik", "Sanggah", "Iyakan", "Perkirakan" for "menampik", "menyanggah",
 * "mengiyakan", "memperkirakan"). Only a verb with a stance of its own (deny, confirm, hedge …) is read: a
 * bare verb of plain saying ("Jamin", "Nyatakan") tells no stance the claim does not, and its statement only
 * restates the body's while its title-case words move the folder's propositions (the promises fixture's
 * deny-vs-assert was lost so). Headline style (Indonesian's, and that of any language whose
 * verbs take a prefix) drops the prefix, and a sentence model trained on body text reads such a verb as
 * none. Derived from the language's own cue rules and word forms, never listed: a word is the bare form
 * of a reported cue when it is the cue's tail after a prefix of two to four letters ("menyatakan" →
 * "nyatakan", "mengakui" → "akui"), or when the two share their root, the word opening with it and ending
 * with the suffix the cue has after its stem ("memastikan" and "pastikan", root "pasti", both "-kan"; never
 * the adjective "tegas" for "menegaskan"). A
 * language without a stemmer (English, whose headlines write the body's "denies") meets only the first
 * test, which its cues never pass. Thread-safe once built.
 */
final class HeadlineVerbs {
    /** Fewest letters a bare form has ("akui", "klaim"). */
    static final int MIN_LETTERS = 4;
    /** The shortest and longest prefix a body verb has over its bare form ("me-", "meng-"). */
    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX = 4;

    private final List<CueRule> reported = new ArrayList<>();
    private final List<Set<String>> forms = new ArrayList<>();
    /** Each cue's suffix after its stem ("kan" of "menegaskan"): a bare form keeps it ("Tegaskan", never "Tegas"). */
    private final List<String> suffixes = new ArrayList<>();
    private final WordForms wordForms;

    HeadlineVerbs(List<CueRule> cues, WordForms wordForms) {
        this(cues, wordForms, false);
    }

    /**
     * @param plain true to read every reported cue, a verb of plain saying too: the bare stem a passive with its
     *              agent's clitic is built on ("diakuinya", "dikatakannya", "disebutnya" hold "akui", "katakan",
     *              "sebut"), which, unlike a headline's bare verb, says who speaks
     */
    HeadlineVerbs(List<CueRule> cues, WordForms wordForms, boolean plain) {
        this.wordForms = wordForms;
        for (CueRule c : cues) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (c.position() == CueRule.Position.REPORTED && (plain || c.stance() != dev.tilik.model.Stance.ASSERT)
                    && w.chars().allMatch(Character::isLetter)
                    && w.length() >= MIN_LETTERS + MIN_PREFIX) {
                reported.add(c);
                Set<String> f = wordForms.of(w);
                forms.add(f);
                String stem = f.size() > 1 ? f.stream().skip(1).findFirst().orElse(w) : w;
                int at = stem.isEmpty() ? -1 : w.lastIndexOf(stem);
                suffixes.add(at < 0 ? "" : w.substring(at + stem.length()));
            }
        }
    }

    /** The reported cue {@code word} is the bare form of, with the cue's stance, else empty. */
    Optional<CueRule> cueOf(String word) {
        String t = word.toLowerCase(Locale.ROOT);
        if (t.length() < MIN_LETTERS || !t.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Set<String> own = null;
        for (int i = 0; i < reported.size(); i++) {
            String c = reported.get(i).word().toLowerCase(Locale.ROOT);
            int prefix = c.length() - t.length();
            if (prefix < MIN_PREFIX || prefix > MAX_PREFIX + 1) {
                continue;
            }
            if (prefix <= MAX_PREFIX && c.endsWith(t)) {
                return Optional.of(reported.get(i));
            }
            own = own == null ? wordForms.of(t) : own;
            String root = last(own);
            if (root.length() >= MIN_LETTERS - 1 && t.startsWith(root) && forms.get(i).contains(root)
                    && t.substring(root.length()).equals(suffixes.get(i))) {
                return Optional.of(reported.get(i));
            }
        }
        return Optional.empty();
    }

    private static String last(Set<String> s) {
        String out = "";
        for (String f : s) {
            out = f;
        }
        return out;
    }
}
