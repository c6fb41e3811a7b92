package dev.tilik.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Indonesian, Tilik's first language: the sentence model is trained at start-up from the project's
 * sentence data ({@code nlp/id-sentences.txt}, no Indonesian model is published); no tagging
 * models; Lucene's Indonesian stemmer and stop set.
 */
final class Indonesian {
    /** The Indonesian sentence data, on the classpath. */
    static final String SENTENCE_DATA = "/nlp/id-sentences.txt";

    /** Indonesian function and time words beside Lucene's stop set. */
    private static final List<String> STOP_EXTRA = List.of("senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
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
            "kini", "saja", "pula", "lalu", "kemudian", "pun", "yaitu", "adalah", "merupakan", "ialah", "tadi",
            "pertama", "kedua", "ketiga", "keempat", "kelima", "lanjut", "selanjutnya", "ternyata");

    static final LanguageProfile PROFILE = new LanguageProfile("id", "ind",
            LanguageProfile.Sentences.trainedFrom("id", SENTENCE_DATA), null, new Forms(),
            StopWords.of(IndonesianAnalyzer.getDefaultStopSet(), STOP_EXTRA), null);

    /** What a nominalised negation's stem starts with once "ke-…-an" is stripped ("ketidakhadiran" → "tidakhadir"). */
    private static final String NEGATED_NOUN = "tidak";

    private Indonesian() {
    }

    /**
     * The word and its stem by Lucene's {@link IndonesianStemmer}. As the stemmer leaves the root's
     * first consonant dropped after the nasal prefixes (meng-/peng- + kirim → "irim", men- + tempat
     * → "empat"), the roots that prefix can hide are added too (k-, t-, s-, p-), which is Indonesian
     * morphophonology, not a guess list. A nominalised negation ("ketidakhadiran", "ketidakpastian")
     * has the root it negates last ("hadir", "pasti"): it names the absence of the same thing. A fresh
     * stemmer per call (Lucene's holds state).
     */
    static Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        char[] c = w.toCharArray();
        int n = new IndonesianStemmer().stem(c, c.length, true);
        String stem = new String(c, 0, n);
        out.add(stem);
        if (stem.startsWith(NEGATED_NOUN) && stem.length() > NEGATED_NOUN.length() + 2) {
            // "ketidakhadiran" → "tidakhadir": the noun of a negated root ("absence") meets the root
            // it negates ("hadir"), whatever prefix the root itself carries ("ketidakberdayaan" → "daya")
            Set<String> inner = forms(stem.substring(NEGATED_NOUN.length()));
            String root = "";
            for (String f : inner) {
                root = f;
            }
            out.add(root);
            return out;
        }
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

    /**
     * The stem under a velar nasal before a vowel ("meng-", "peng-"): that prefix stands both before a root opening with
     * a vowel, kept ("mengamankan", "aman"), and before one opening with k, dropped ("mengirim", "kirim"), so the word
     * alone cannot tell which root it writes; the labial, dental and palatal nasals ("mem-", "men-", "meny-") stand
     * before a vowel only where they dropped their root's first consonant ("memindahkan", "pindah"), which is certain.
     * Null for every other word. A word whose stem opens with "k" after the prefix ("mengkonsumsi") kept it.
     */
    static String hiddenStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!(w.startsWith("meng") || w.startsWith("peng")) || w.length() < 6 || !isVowel(w.charAt(4))) {
            return null;
        }
        Set<String> forms = forms(word);
        String root = "";
        String stem = "";
        for (String f : forms) {
            stem = root;
            root = f;
        }
        return forms.size() >= 3 && root.equals("k" + stem) ? stem : null;
    }

    /** Indonesian's word forms: {@link #forms}, and the stems a velar nasal may have hidden a "k" of, {@link #hiddenStem}. */
    private static final class Forms implements WordForms {
        @Override
        public Set<String> of(String word) {
            return forms(word);
        }

        @Override
        public String hiddenStem(String word) {
            return Indonesian.hiddenStem(word);
        }
    }

    private static boolean isVowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }
}
