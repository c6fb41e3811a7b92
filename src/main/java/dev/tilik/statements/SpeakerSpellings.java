package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder-level pass that writes one person's name one way: a name word an outlet spells otherwise than the
 * folder mostly does ("Kompol Erwan Anwar" where the other outlets write "Irwan Anwar", "Habiburokman" beside
 * "Habiburokhman") is written in the statement's speaker as the folder writes it, so the statement names the person
 * the other articles name, and the party that person speaks for elsewhere reaches it. Which words are one spelling
 * is {@link Spellings}' judgement (the same consonants, a letter or two apart, a neighbouring name word or, for a
 * long word, a party in common), word by word across the folder; here a word is re-spelled only one letter from the
 * folder's spelling, and only where the name it
 * stands in meets the folder's spelling beside another of its words ("Erfan Setiadi" becomes "Irfan Setiadi" where
 * a speaker is "Irfan Setiadi", while "Erfan Nugroho", whom no one writes "Irfan Nugroho", stays) or stands alone. A
 * speaker with no such word is kept as it is. The speaker's span still points at the article's own spelling. Pure;
 * near-linear in the folder's statements (an index by word).
 */
final class SpeakerSpellings {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

    private SpeakerSpellings() {
    }

    static List<ArticleStatements> respell(List<ArticleStatements> articles) {
        List<Set<String>> names = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        // A folder writes one speaker in many statements: each speaker's name words read once, and respelled once.
        Map<String, Set<String>> wordsOf = new HashMap<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (speaks(s)) {
                    names.add(wordsOf.computeIfAbsent(s.speaker(), Spellings::nameWords));
                    parties.add(s.party() == null ? "" : s.party());
                }
            }
        }
        Spellings spellings = new Spellings(names, parties);
        Map<String, List<Set<String>>> namesWith = new HashMap<>();
        for (Set<String> n : new java.util.LinkedHashSet<>(names)) {
            n.forEach(w -> namesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(n));
        }
        Map<String, String> respelledOf = new HashMap<>();
        List<ArticleStatements> out = new ArrayList<>(articles.size());
        for (ArticleStatements a : articles) {
            List<Statement> statements = new ArrayList<>(a.statements().size());
            boolean changed = false;
            for (Statement s : a.statements()) {
                String speaker = speaks(s) ? respelledOf.computeIfAbsent(s.speaker(),
                        sp -> respelled(wordsOf.get(sp), sp, spellings, namesWith)) : s.speaker();
                changed |= !speaker.equals(s.speaker());
                statements.add(speaker.equals(s.speaker()) ? s : s.withSpeaker(speaker, s.party()));
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    /** A statement someone in the article speaks (not the outlet's own headline). */
    private static boolean speaks(Statement s) {
        return s.speaker() != null && !s.speaker().isBlank() && !s.outletsOwn();
    }

    /**
     * One letter apart: a slip or a vowel heard otherwise ("Erwan" / "Irwan"). Two letters apart ("Emanuel" /
     * "Immanuel") is an outlet's own transliteration, written so throughout its article: the statement keeps it (the
     * findings still read both as one person, {@code findings.Persons}).
     */
    private static boolean oneLetter(String w, String c) {
        return Spellings.edits(w.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT)) == 1;
    }

    /**
     * {@code speaker} with each of its name words written as the folder mostly writes it, where a name of the folder
     * ({@code namesWith}: by word) writes that spelling beside another word of this one; the rest untouched.
     */
    private static String respelled(Set<String> words, String speaker, Spellings spellings,
                                    Map<String, List<Set<String>>> namesWith) {
        Map<String, String> to = new HashMap<>();
        for (String w : words) {
            String c = spellings.of(w);
            if (!c.equals(w) && oneLetter(w, c) && (words.size() == 1 || namesWith.getOrDefault(c, List.of()).stream()
                    .anyMatch(n -> words.stream().anyMatch(o -> !o.equals(w) && n.contains(o))))) {
                to.put(w, c);
            }
        }
        if (to.isEmpty()) {
            return speaker;
        }
        Matcher m = WORD.matcher(speaker);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(to.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
