package dev.tilik.findings;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalised for comparison and ids: NFKC, lower case, one kind of quote, single spaces. */
final class Normal {
    private Normal() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB]", "\"").replaceAll("[\u2018\u2019\u201A\u201B]", "'");
        return n.replaceAll("\\s+", " ").strip();
    }
}
