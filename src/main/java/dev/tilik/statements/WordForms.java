package dev.tilik.statements;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The forms under which a word meets a lexicon entry: the word itself and its stem, so that
 * "mengirimkan", "pengiriman", "dikirim" and "kirim" meet, and "troops" meets "troop".
 * Indonesian uses Lucene's {@link IndonesianStemmer}; as it leaves the root's first consonant
 * dropped after the nasal prefixes (meng-/peng- + kirim → "irim", men- + tempat → "empat"), the
 * roots that prefix can hide are added too (k-, t-, s-, p-), which is Indonesian morphophonology,
 * not a guess list. English uses the Snowball English stemmer. A fresh stemmer per call keeps this
 * class thread-safe (Lucene's and Snowball's stemmers hold state).
 */
interface WordForms {

    Set<String> of(String word);

    static WordForms forLanguage(String language) {
        return switch (language) {
            case "id" -> WordForms::indonesian;
            case "en" -> WordForms::english;
            default -> w -> Set.of(w.toLowerCase(Locale.ROOT));
        };
    }

    private static Set<String> indonesian(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        char[] c = w.toCharArray();
        int n = new IndonesianStemmer().stem(c, c.length, true);
        String stem = new String(c, 0, n);
        out.add(stem);
        if (!stem.isEmpty() && isVowel(stem.charAt(0))) {
            if (w.startsWith("meng") || w.startsWith("peng")) {
                out.add("k" + stem);
            } else if (w.startsWith("meny") || w.startsWith("peny")) {
                out.add("s" + stem);
            } else if (w.startsWith("mem") || w.startsWith("pem")) {
                out.add("p" + stem);
            } else if (w.startsWith("men") || w.startsWith("pen")) {
                out.add("t" + stem);
            }
        }
        return out;
    }

    private static Set<String> english(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        EnglishStemmer s = new EnglishStemmer();
        s.setCurrent(w);
        s.stem();
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        out.add(s.getCurrent());
        return out;
    }

    private static boolean isVowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }
}
