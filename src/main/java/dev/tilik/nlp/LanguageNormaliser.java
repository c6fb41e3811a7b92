package dev.tilik.nlp;

import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language-detection normalisers in their order (emoji, URL and e-mail, Twitter, numbers,
 * spaces and repeats: what {@code DefaultLanguageDetectorContextGenerator} runs), each OpenNLP's own,
 * but one whose expressions cannot match its input is not run: a scan of the characters tells. Every
 * normaliser is regular-expression replacements, and a replacement that finds nothing gives its input
 * back unchanged, so skipping it changes nothing; the scans only test what each expression cannot do
 * without (a URL needs "http" and an address "@"; a tag "#" or "@"; "RT" a following space or colon; a
 * face ":", ";" or "x" before one of "()dop"; a laugh "h" or "j", vowels, then "h" or "j" again;
 * a number a digit). News copy seldom holds any, and each expression scanned the whole text.
 * {@code LanguageNormaliserTest} holds it against OpenNLP's chain on generated and real texts.
 */
final class LanguageNormaliser implements CharSequenceNormalizer {
    private static final long serialVersionUID = 1L;

    @Override
    public CharSequence normalize(CharSequence text) {
        CharSequence t = text;
        if (mayHoldEmoji(t)) {
            t = EmojiCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (mayHoldUrl(t)) {
            t = UrlCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (mayHoldTwitter(t)) {
            t = TwitterCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (mayHoldDigit(t)) {
            t = NumberCharSequenceNormalizer.getInstance().normalize(t);
        }
        return ShrinkCharSequenceNormalizer.getInstance().normalize(t);
    }

    /**
     * {@code [\uD83C-\uDBFF\uDC00-\uDFFF]+}, compiled from the surrogates themselves, reads as the code
     * points from U+D83C to U+10FC00 (\uDBFF\uDC00 is one), a hyphen and \uDFFF: it needs a hyphen or a
     * char from U+D800 up (OpenNLP's normaliser turns every hyphen into a space).
     */
    static boolean mayHoldEmoji(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c >= '\uD800') {
                return true;
            }
        }
        return false;
    }

    /** {@code https?://…} needs "http", the address {@code …@…} an "@". */
    static boolean mayHoldUrl(CharSequence t) {
        String s = t.toString();
        return s.indexOf('@') >= 0 || s.contains("http");
    }

    /**
     * {@code [#@]\S+} needs "#" or "@"; {@code \b(rt[ :])+} (case ignored) "rt" and a space or colon;
     * {@code [:;x]-?[()dop]} one of ":;x", perhaps "-", then one of "()dop"; {@code ([hj])+([aieou])+(\1+\2+)+}
     * an "h" or "j", a run of vowels, then an "h" or "j" right after that run.
     */
    static boolean mayHoldTwitter(CharSequence t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '#', '@' -> {
                    return true;
                }
                case 'r', 'R' -> {
                    if (i + 2 < n && (t.charAt(i + 1) == 't' || t.charAt(i + 1) == 'T') && (t.charAt(i + 2) == ' ' || t.charAt(i + 2) == ':')) {
                        return true;
                    }
                }
                case 'h', 'H', 'j', 'J' -> {
                    int k = i + 1;
                    while (k < n && vowel(t.charAt(k))) {
                        k++;
                    }
                    if (k > i + 1 && k < n && laughHead(t.charAt(k))) {
                        return true;
                    }
                }
                default -> {
                }
            }
            if (c == ':' || c == ';' || c == 'x' || c == 'X') {
                int k = i + 1;
                if (k < n && t.charAt(k) == '-') {
                    k++;
                }
                if (k < n && faceEnd(t.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \d+} (no Unicode classes) needs an ASCII digit. */
    static boolean mayHoldDigit(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    private static boolean laughHead(char c) {
        return c == 'h' || c == 'H' || c == 'j' || c == 'J';
    }

    private static boolean faceEnd(char c) {
        return "()dDoOpP".indexOf(c) >= 0;
    }
}
