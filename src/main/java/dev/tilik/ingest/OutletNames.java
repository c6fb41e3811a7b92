package dev.tilik.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names an article's own copy gives its outlet — the header's source ("IDN Times"), the site
 * name in its address ("jateng.warta.co.id": "warta", never the region before it), an opening dateline's outlet — folded to lower
 * case letters and digits, so that a dateline written halfway down ("Kota, IDN Times – ",
 * "WARTA.COM, KOTA - ") is known for the outlet's own by what it holds.
 */
public final class OutletNames {
    public static final OutletNames NONE = new OutletNames(List.of());
    /** Names shorter than this say too little to be an outlet's ("id", "tv"). */
    private static final int SHORTEST = 3;
    /** Labels ending an address that name no site but the domain's kind and country. */
    private static final Set<String> ENDINGS = Set.of("com", "co", "id", "net", "org", "or", "go", "ac", "info", "biz",
            "tv", "io", "my", "sg", "uk", "au", "news");
    /** Names that say only what a site is. */
    private static final Set<String> GENERIC = Set.of("www", "news", "berita", "media", "online");
    private final List<String> names;
    /** {@link #names} with every final sigma written as a sigma: what {@link #mayNameTheStartOf} looks for. */
    private final List<String> loose;

    private OutletNames(List<String> names) {
        this.names = List.copyOf(names);
        this.loose = names.stream().map(n -> n.replace(FINAL_SIGMA, SIGMA)).toList();
    }

    private static final char SIGMA = '\u03C3';
    private static final char FINAL_SIGMA = '\u03C2';

    /** The names in a header's {@code source} and {@code url} values, either of which may be null. */
    public static OutletNames of(String source, String url) {
        return NONE.with(source).withAddress(url);
    }

    /** These names and {@code source}'s (its words, and its name without a domain ending: "Warta.com"). */
    public OutletNames with(String source) {
        if (source == null) {
            return this;
        }
        List<String> more = new ArrayList<>(names);
        add(more, source);
        int dot = source.indexOf('.');
        if (dot > 0) {
            add(more, source.substring(0, dot));
        }
        return new OutletNames(more);
    }

    private OutletNames withAddress(String url) {
        if (url == null) {
            return this;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return this;
        }
        if (host == null) {
            return this;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int last = labels.length - 1;
        while (last > 0 && ENDINGS.contains(labels[last])) {
            last--;
        }
        List<String> more = new ArrayList<>(names);
        add(more, labels[last]); // the site's own name: a subdomain before it is a region or section ("jateng.warta.com")
        return new OutletNames(more);
    }

    private static void add(List<String> to, String name) {
        String f = fold(name);
        if (f.length() >= SHORTEST && !GENERIC.contains(f) && !to.contains(f)) {
            to.add(f);
        }
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The names, folded: lower-case letters and digits ("Warta Kota" → "wartakota"). */
    public List<String> names() {
        return names;
    }

    /** {@code s} folded as the names are: its letters and digits, in lower case. */
    public static String folded(String s) {
        return fold(s);
    }

    /** Whether {@code text} (a dateline) holds one of the names. */
    public boolean named(String text) {
        String f = fold(text);
        for (String n : names) {
            if (f.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when no text {@code line} starts with is {@link #named}: its letters and digits, lower-cased one code
     * point at a time and a final sigma read as a sigma, hold none of the names so read. Exact as a test before
     * {@code named(line.substring(0, k))}: {@link #fold} lower-cases each code point as this does but for two — a
     * capital sigma, whose small form depends on what follows it (so a prefix ending at it may fold otherwise than the
     * line), and "\u0130", which becomes "i" and a combining dot that {@link #fold} drops — and with both read so, a
     * prefix's fold is a prefix of the line's. Most lines of a body name no outlet; a dateline's patterns need not run on them.
     */
    public boolean mayNameTheStartOf(String line) {
        if (names.isEmpty()) {
            return false;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            if (Character.isLetterOrDigit(lower)) {
                sb.appendCodePoint(lower == FINAL_SIGMA ? SIGMA : lower);
            }
        }
        for (String n : loose) {
            if (sb.indexOf(n) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
