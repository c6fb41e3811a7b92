package dev.tilik.statements;

import dev.tilik.language.LanguageProfile;
import dev.tilik.language.StopWords;
import dev.tilik.language.WordForms;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words carry content in one language, and the one key under which a content word meets
 * its other forms ("mengirimkan", "dikirim" → "kirim"; "breached", "breach" → "breach"). Function
 * words are the language profile's stop words plus the language's own rule words (negations,
 * pronouns, cue words), which say how something is claimed, not what. Immutable, thread-safe.
 */
final class ContentWords {
    private final StopWords stop;
    private final Set<String> ruleWords;
    private final WordForms forms;
    /** The glossary by this language's root: the Indonesian key a word of this language meets. */
    private final java.util.Map<String, String> glossary;
    /** How the first language spells this language's words it borrowed; null for the first language itself. */
    private final Loanwords loans;

    private ContentWords(StopWords stop, Set<String> ruleWords, WordForms forms, java.util.Map<String, String> glossary,
                         Loanwords loans) {
        this.stop = stop;
        this.ruleWords = ruleWords;
        this.forms = forms;
        this.glossary = glossary;
        this.loans = loans;
    }

    /**
     * @param language      the language's profile: its stop words and word forms
     * @param ruleWords     the language's negations, pronouns and cue words, any case
     * @param glossary      this language's words → words of the glossaries' target language (empty for it)
     * @param glossaryForms the word forms of the glossaries' target language
     */
    static ContentWords of(LanguageProfile language, Set<String> ruleWords, java.util.Map<String, String> glossary,
                           WordForms glossaryForms) {
        return of(language, ruleWords, glossary, glossaryForms, java.util.Map.of(), true);
    }

    /**
     * @param loanSpellings how the first language spells the words it borrowed from this one ({@link Loanwords})
     * @param first         true for the first language (the glossaries' target): its words are the keys others meet
     */
    static ContentWords of(LanguageProfile language, Set<String> ruleWords, java.util.Map<String, String> glossary,
                           WordForms glossaryForms, java.util.Map<String, String> loanSpellings, boolean first) {
        Set<String> words = new HashSet<>();
        ruleWords.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        WordForms forms = language.wordForms();
        java.util.Map<String, String> byRoot = new java.util.HashMap<>();
        glossary.forEach((word, target) -> {
            String to = last(glossaryForms.of(target.strip()));
            byRoot.putIfAbsent(word.toLowerCase(Locale.ROOT), to);
            byRoot.putIfAbsent(last(forms.of(word)), to);
        });
        return new ContentWords(language.stopWords(), Set.copyOf(words), forms, java.util.Map.copyOf(byRoot),
                first ? null : new Loanwords(loanSpellings, glossaryForms));
    }

    /** True for the first language, whose words' keys the other languages' words meet. */
    boolean first() {
        return loans == null;
    }

    /**
     * The keys in the first language a content word of this language written {@code surface} may share with it, the
     * likeliest first: none for the first language itself, nor for a word the glossary translates (its key is one
     * already). See {@link Loanwords#keys}.
     */
    List<String> loanKeys(String surface) {
        if (loans == null) {
            return List.of();
        }
        String lower = surface.toLowerCase(Locale.ROOT);
        if (glossary.containsKey(lower) || glossary.containsKey(last(forms.of(surface)))) {
            return List.of();
        }
        return loans.keys(surface);
    }

    /** True for a word that says what is claimed: letters, three or more, not a function or rule word. */
    boolean isContent(Token t) {
        if (!t.isWord() || t.text().length() < 3) {
            return false;
        }
        String w = t.lower();
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') {
                return false;
            }
        }
        return !stop.contains(w) && !ruleWords.contains(w);
    }

    /**
     * The key a content word is compared under: its root (the last of its {@link WordForms}), or
     * through the glossary the Indonesian root it translates to.
     */
    String key(Token t) {
        String translated = glossary.get(t.lower());
        String root = last(forms.of(t.text()));
        if (translated == null) {
            translated = glossary.get(root);
        }
        if (translated != null) {
            return translated;
        }
        return root.length() >= 3 ? root : t.lower();
    }

    /**
     * The stem a word's key may be instead of its root, when the root puts back a letter its prefix may have hidden or
     * not ({@link WordForms#hiddenStem}: "mengamankan", key "kaman", stem "aman"); null for any other word, and for one
     * the glossary translates.
     */
    String hiddenStem(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (glossary.containsKey(lower)) {
            return null;
        }
        String stem = forms.hiddenStem(surface);
        return stem != null && stem.length() >= 3 ? stem : null;
    }

    /** The last of a word's forms, its root (empty when it has none). */
    static String last(Set<String> forms) {
        String key = "";
        for (String f : forms) {
            key = f;
        }
        return key;
    }
}
