package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker the text says agrees with another is on that other's side. "Senada dengan Ketua Koperasi, Bendahara Sari
 * mengatakan …", "Echoing the mayor, the police chief said …": whatever the two claims' stances read as, the writer
 * tells the reader they hold one position, so the two are never the two sides of a stance finding (one of the two
 * stances was misread, or they answer two questions). Read by {@link StanceDetector}.
 *
 * <p>The agreement is one of the rules' {@code agreements} ("senada dengan", "sependapat dengan", "echoing", "in line
 * with") in the statement's sentence outside its claim, not right after a negation ("tidak sependapat dengan" is the
 * opposite); whom it names runs from there to the next punctuation, eight words at most. A voice is the one named
 * when the name's words, but at most two before them (a title, "Gubernur"; what was said, "pernyataan"), stand among
 * the words of its speaker as written, its person or its party's name.
 */
final class Agreements {
    /** How many words after the agreement may name whom the speaker agrees with. */
    private static final int NAME_WORDS = 8;

    private final Map<String, List<List<String>>> agreementsFrom;
    private final Set<String> negations;
    /** Each voice's agreements, read once per story: a cluster asks of every pair. */
    private final Map<Voice, List<List<String>>> read = new java.util.concurrent.ConcurrentHashMap<>();

    /** Knows no agreement: no voice says it agrees with another (rules with no language). */
    static final Agreements NONE = new Agreements(List.of(), List.of());

    /**
     * @param agreements phrases saying the speaker agrees with whom follows ("senada dengan", "echoing")
     * @param negations  words that, right before an agreement, turn it into a disagreement ("tidak", "not")
     */
    Agreements(Collection<String> agreements, Collection<String> negations) {
        this.agreementsFrom = Phrases.byFirstWord(Phrases.phrases(agreements));
        this.negations = Phrases.lower(negations);
    }

    /** The agreements and negations of every language of {@code languages}. */
    static Agreements of(Collection<LanguageRules> languages) {
        return new Agreements(languages.stream().flatMap(l -> l.statements().agreements().stream()).toList(),
                languages.stream().flatMap(l -> l.statements().negations().stream()).toList());
    }

    /**
     * The words naming whom {@code v}'s speaker is said to agree with, one list per agreement in its sentence outside
     * its claim; none when it says no agreement.
     */
    List<List<String>> agreedWith(Voice v) {
        return agreementsFrom.isEmpty() ? List.of() : read.computeIfAbsent(v, this::read);
    }

    private List<List<String>> read(Voice v) {
        String sentence = v.sentenceText();
        int from = v.statement().sentence().start();
        int claimStart = Math.max(0, Math.min(sentence.length(), v.statement().claim().start() - from));
        int claimEnd = Math.max(claimStart, Math.min(sentence.length(), v.statement().claim().end() - from));
        List<List<String>> out = new ArrayList<>();
        named(ClaimWords.tokens(sentence.substring(0, claimStart)), out);
        named(ClaimWords.tokens(sentence.substring(claimEnd)), out);
        return List.copyOf(out);
    }

    private void named(List<String> t, List<List<String>> out) {
        for (int i = 0; i < t.size(); i++) {
            int n = Phrases.longest(agreementsFrom, t, i);
            if (n == 0 || i > 0 && negations.contains(t.get(i - 1))) {
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int k = i + n; k < t.size() && name.size() < NAME_WORDS && Character.isLetterOrDigit(t.get(k).codePointAt(0)); k++) {
                name.add(t.get(k));
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
    }

    /**
     * True when {@code a}'s sentence says its speaker agrees with {@code b}'s ({@code bWords}: the words of {@code b}'s
     * speaker as written, person and party).
     */
    boolean agreesWith(Voice a, Set<String> bWords) {
        return names(agreedWith(a), bWords);
    }

    /**
     * True when one of the names holds {@code words} from one of its first three words on (before it at most a title
     * or a word naming what was said: "Gubernur", "pernyataan"), to its end: a name that goes on past the speaker
     * ("pemerintah pusat yang meminta …") names no one.
     */
    private static boolean names(List<List<String>> agreedWith, Set<String> words) {
        for (List<String> name : agreedWith) {
            int first = 0;
            while (first < name.size() && !words.contains(name.get(first))) {
                first++;
            }
            if (first < name.size() && first <= 2 && words.containsAll(name.subList(first, name.size()))) {
                return true;
            }
        }
        return false;
    }
}
