package dev.tilik.fetch;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The file an added article is written to, named from its outlet and headline:
 * {@code kompas-com_korut-bantah-kirim-tentara-ke-rusia.txt}; ASCII only (accents dropped), at
 * most {@value #MAX_SLUG} characters for the headline; {@code -2}, {@code -3}… when taken.
 */
final class FileNames {
    static final int MAX_SLUG = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private FileNames() {
    }

    static String of(String outlet, String headline, Predicate<String> taken) {
        String o = slug(outlet, 30);
        String h = slug(headline, MAX_SLUG);
        String stem = (o.isEmpty() ? "" : o + "_") + (h.isEmpty() ? "article" : h);
        String name = stem + ".txt";
        for (int n = 2; taken.test(name); n++) {
            name = stem + "-" + n + ".txt";
        }
        return name;
    }

    static String slug(String s, int max) {
        if (s == null) {
            return "";
        }
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String slug = OTHER.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max);
            int cut = slug.lastIndexOf('-');
            slug = (cut > max / 2 ? slug.substring(0, cut) : slug).replaceAll("-+$", "");
        }
        return slug;
    }
}
