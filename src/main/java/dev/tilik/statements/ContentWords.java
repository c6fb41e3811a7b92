package dev.tilik.statements;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * Which words carry content in one language, and the one key under which a content word meets
 * its other forms ("mengirimkan", "dikirim" → "kirim"; "breached", "breach" → "breach"). Function
 * words are Lucene's stop sets for the language plus the language's own rule words (negations,
 * pronouns, cue words), which say how something is claimed, not what. Immutable, thread-safe.
 */
final class ContentWords {
    /** English function words Lucene's short stop set lacks; grammar, not any story. */
    private static final Set<String> ENGLISH_EXTRA = Set.copyOf(java.util.List.of("has", "have", "had", "was", "were", "been", "being", "is",
            "are", "am", "do", "does", "did", "would", "could", "should", "might", "must", "can", "may", "shall", "will",
            "he", "she", "it", "its", "they", "them", "their", "we", "our", "us", "you", "your", "i", "me", "my", "his",
            "her", "him", "who", "whom", "which", "what", "when", "where", "why", "how", "also", "from", "about", "after",
            "before", "over", "under", "up", "down", "out", "more", "most", "than", "so", "very", "just", "only", "some",
            "any", "all", "each", "other", "said", "says", "say", "told", "saying", "according", "on", "at", "to", "by",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week",
            "last", "first", "new", "one", "two", "three", "while", "since", "because", "whether", "there", "here"));
    /** Indonesian function and time words beside Lucene's stop set. */
    private static final Set<String> INDONESIAN_EXTRA = Set.copyOf(java.util.List.of("senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
            "minggu", "hari", "pagi", "siang", "sore", "malam", "kemarin", "tersebut", "itu", "ini", "kata", "ujar",
            "pun", "lah", "kah", "nya", "juga", "hanya", "sudah", "telah", "akan", "sedang", "masih", "lagi", "para",
            "sejumlah", "sebanyak", "sekitar", "hingga", "sampai", "menjadi", "bahwa", "yakni", "yaitu", "kami", "kita",
            "saya", "aku", "kamu", "anda", "mereka", "dia", "ia", "beliau", "pihaknya", "dirinya", "tahun", "bulan",
            "pukul", "wib", "secara", "terkait", "soal", "sementara", "namun", "tetapi", "kepada", "oleh", "dengan",
            "untuk", "bagi", "atas", "akibat", "sebagai", "adanya", "ada", "bisa", "dapat", "harus", "perlu", "sangat",
            "lebih", "kurang", "paling", "banyak", "semua", "setiap", "beberapa", "berbagai", "pihak", "hal", "cara",
            "kali", "saat", "ketika", "setelah", "sebelum", "agar", "supaya", "jika", "kalau", "apabila", "maupun",
            "serta", "atau", "tapi", "antara", "terhadap", "tentang", "mengenai", "seperti", "tanpa", "melalui",
            "sejak", "selama", "belum", "tidak", "bukan", "yang", "dari", "pada", "dalam", "oleh", "karena", "sudah",
            "kini", "saja", "pula", "lalu", "kemudian", "pun", "yaitu", "adalah", "merupakan", "ialah", "tadi"));

    private final CharArraySet stop;
    private final Set<String> ruleWords;
    private final WordForms forms;
    /** The glossary by this language's root: the Indonesian key a word of this language meets. */
    private final java.util.Map<String, String> glossary;

    private ContentWords(CharArraySet stop, Set<String> ruleWords, WordForms forms, java.util.Map<String, String> glossary) {
        this.stop = stop;
        this.ruleWords = ruleWords;
        this.forms = forms;
        this.glossary = glossary;
    }

    /**
     * @param ruleWords the language's negations, pronouns and cue words, any case
     * @param glossary  this language's words → Indonesian words (empty for Indonesian)
     */
    static ContentWords forLanguage(String language, Set<String> ruleWords, java.util.Map<String, String> glossary) {
        Set<String> words = new HashSet<>();
        ruleWords.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        CharArraySet stop = new CharArraySet(64, true);
        switch (language) {
            case "id" -> {
                stop.addAll(IndonesianAnalyzer.getDefaultStopSet());
                stop.addAll(INDONESIAN_EXTRA);
            }
            case "en" -> {
                stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stop.addAll(ENGLISH_EXTRA);
            }
            default -> {
            }
        }
        WordForms forms = WordForms.forLanguage(language);
        java.util.Map<String, String> byRoot = new java.util.HashMap<>();
        WordForms indonesian = WordForms.forLanguage("id");
        glossary.forEach((word, target) -> {
            String to = last(indonesian.of(target.strip()));
            byRoot.putIfAbsent(word.toLowerCase(Locale.ROOT), to);
            byRoot.putIfAbsent(last(forms.of(word)), to);
        });
        return new ContentWords(stop, Set.copyOf(words), forms, java.util.Map.copyOf(byRoot));
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

    private static String last(Set<String> forms) {
        String key = "";
        for (String f : forms) {
            key = f;
        }
        return key;
    }
}
