package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an article's first body line is a headline: at least two and at most
 * {@value #MAX_WORDS} words, no final punctuation, no dateline prefix, and more body follows. A first
 * line holding two sentences is site furniture before the headline, so the next line is judged.
 */
final class HeadlineFinder {
    static final int MAX_WORDS = 20;
    private static final String FINAL = ".!?:;,\"'”’»)…";
    /** A sentence ending inside a line ("… iklan. Gabung …"): a headline is one phrase. */
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern INNER_SENTENCE = java.util.regex.Pattern.compile("\\p{Ll}[.!?] +\\p{Lu}");

    /** How many body lines from the top the headline an address names may stand at (site furniture before it). */
    static final int ADDRESS_REACH = 12;
    /** Fewest words an address's slug must have to name a headline ("…/kurator-tak-hadir-di-mediasi"). */
    static final int SLUG_WORDS = 4;
    /** Share of the slug's words a line must hold to be the headline it was made from. */
    static final double SLUG_SHARE = 0.8;

    /** A kicker before a headline, one or two words closed by an exclamation or question mark ("Mengejutkan! …"). */
    private static final java.util.regex.Pattern KICKER = java.util.regex.Pattern.compile("\\S+(?: \\S+)?[!?] +(?=\\p{Lu})");
    /** A page's file ending after its slug ("….html"). */
    private static final java.util.regex.Pattern PAGE_SUFFIX = java.util.regex.Pattern.compile("\\.[a-z]{2,5}$");

    /** How many furniture lines ({@link #furniture}) may stand before a headline: a section name and a time stamp. */
    static final int FURNITURE_REACH = 2;
    private static final String DASHES = "-–—";
    private static final String BULLETS = "•·▪►■◆";
    /**
     * Most words a bulleted line of furniture holds after its bullet: a section name or a time stamp ("• World", "• 5
     * menit yang lalu"). A longer bulleted line is a headline a listing page printed as its first item.
     */
    static final int BULLETED_WORDS = 4;
    /** A clock time, "21:54", no figure joined to it. */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])");
    /** A date written whole in figures, day, month and a four-figure year: "12/06/2025", "6-7-2023". */
    private static final java.util.regex.Pattern FIGURE_DATE = java.util.regex.Pattern.compile("(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)");
    /** A word holding a letter. */
    private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile("\\S*\\p{L}\\S*");

    private HeadlineFinder() {
    }

    /**
     * The line the article's address was made from, else null: news sites write the headline's words into
     * the address as a slug ("…/menkominfo-salahkan-tenant-gegara-tak-back-up-data-pdn"), so a line among the
     * first {@value #ADDRESS_REACH} of the body, no longer than a headline, holding {@value #SLUG_SHARE} of
     * the slug's words is the headline, wherever the page put a section name, a date or a photo's caption
     * before it. A slug of fewer than {@value #SLUG_WORDS} words (or of figures only) names nothing.
     */
    static CharSpan fromAddress(String text, CharSpan region, List<CharSpan> boilerplate, List<CharSpan> labels, String url) {
        java.util.Set<String> slug = slugWords(url);
        if (slug.size() < SLUG_WORDS) {
            return null;
        }
        int seen = 0;
        List<CharSpan> lines = Lines.of(text, region);
        for (int i = 0; i < lines.size() && seen < ADDRESS_REACH; i++) {
            CharSpan line = afterLabel(lines.get(i).trim(text), labels);
            if (line.isEmpty() || covered(line, boilerplate)) {
                continue;
            }
            seen++;
            String written = line.coveredText(text);
            java.util.regex.Matcher kicker = KICKER.matcher(written);
            if (kicker.lookingAt() && held(slug, written.substring(kicker.end())) >= SLUG_SHARE * slug.size()) {
                line = new CharSpan(line.start() + kicker.end(), line.end()); // "Mengejutkan! Greenpeace Ungkap …"
                written = line.coveredText(text);
            }
            int words = dev.tilik.text.Chars.lowerWords(written).size();
            if (words < 2 || words > MAX_WORDS || ".,;:".indexOf(written.charAt(written.length() - 1)) >= 0
                    || INNER_SENTENCE.matcher(written).find()) {
                continue; // a paragraph of the body that holds the slug's words is no headline
            }
            if (held(slug, written) >= SLUG_SHARE * slug.size() && i + 1 < lines.size()) {
                return line;
            }
        }
        return null;
    }

    private static long held(java.util.Set<String> slug, String line) {
        java.util.Set<String> words = new java.util.HashSet<>(dev.tilik.text.Chars.lowerWords(line));
        return slug.stream().filter(words::contains).count();
    }

    /** The words of the address's slug: its path segment with the most hyphens, figures-only words left out. */
    static java.util.Set<String> slugWords(String url) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (url == null) {
            return out;
        }
        String best = "";
        for (String seg : url.split("[/?#&=]")) {
            if (seg.chars().filter(c -> c == '-').count() > best.chars().filter(c -> c == '-').count()) {
                best = seg;
            }
        }
        for (String w : dev.tilik.text.Chars.lowerWords(PAGE_SUFFIX.matcher(best).replaceAll(""))) {
            if (!w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The first body line of {@code region} when it looks like a headline, else null; a line opening with a header label written again ({@code labels}, among the
     * boilerplate too) judged on the words after it: "date 2024-10-29 Harga Beras Naik" is the
     * headline "Harga Beras Naik".
     */
    static CharSpan find(String text, CharSpan region, List<CharSpan> boilerplate, List<CharSpan> labels) {
        List<CharSpan> body = new ArrayList<>(3);
        int furniture = 0;
        for (CharSpan raw : Lines.of(text, region)) {
            CharSpan line = afterLabel(raw.trim(text), labels);
            if (!line.isEmpty() && !covered(line, boilerplate)) {
                if (body.isEmpty() && furniture < FURNITURE_REACH && passedOver(line.coveredText(text))) {
                    furniture++; // "• 5 menit yang lalu", "Bandung, Warta Kita --": judge the line after it
                    continue;
                }
                body.add(line);
                if (body.size() == 3) {
                    break;
                }
            }
        }
        String opening = body.isEmpty() ? "" : body.get(0).coveredText(text);
        if (body.size() >= 3 && INNER_SENTENCE.matcher(opening).find() && FINAL.indexOf(opening.charAt(opening.length() - 1)) < 0) {
            body.remove(0); // "Baca berita tanpa iklan. Gabung …": two sentences of site furniture, not a headline
        }
        if (body.size() < 2) {
            return null;
        }
        CharSpan first = body.get(0);
        String line = first.coveredText(text);
        int words = SPACES.split(line, MAX_WORDS + 2).length;
        boolean dateline = boilerplate.stream().anyMatch(b -> b.overlaps(first));
        if (dateline || words < 2 || words > MAX_WORDS || FINAL.indexOf(line.charAt(line.length() - 1)) >= 0 || furniture(line)) {
            return null;
        }
        return first;
    }

    /** The line after a header label written again at its start ("date 2024-10-29 Harga Beras Naik"), else the line. */
    private static CharSpan afterLabel(CharSpan line, List<CharSpan> labels) {
        for (CharSpan label : labels) {
            if (label.start() == line.start() && label.end() < line.end()) {
                return new CharSpan(label.end(), line.end());
            }
        }
        return line;
    }

    /**
     * Whether an opening line is site furniture by its shape, whatever the site: a dateline standing alone, its dash
     * closing the line ("Bandung, Warta Kita --", "Jakarta -"), the body on the next; a short bulleted line, a
     * section name or a time stamp in a list ("• World", "• 5 menit yang lalu"); a time stamp by its clock time ("Selasa 05
     * Dec 2023 21:54 WIB", "Rina Wati • 6 July 2023 17:40") or a date written whole in figures ("Tanggal: 12/06/2025");
     * a line holding fewer than two words ("August 15, 2025"). Only a line of the first four kinds is passed over for the
     * line after it: a one-word line ("Berita", "Sentimen") opens a page's menu as often as it stands over a headline.
     */
    static boolean furniture(String line) {
        return passedOver(line) || LETTERED.matcher(line).results().limit(2).count() < 2;
    }

    /** A furniture line short as a headline and not closed as a sentence: a paragraph holding a date is body. */
    private static boolean passedOver(String line) {
        char last = line.charAt(line.length() - 1);
        if (".!?\"”".indexOf(last) >= 0 || SPACES.split(line, MAX_WORDS + 2).length > MAX_WORDS) {
            return false;
        }
        boolean bulleted = BULLETS.indexOf(line.charAt(0)) >= 0 && SPACES.split(line, BULLETED_WORDS + 3).length <= BULLETED_WORDS + 1;
        return DASHES.indexOf(last) >= 0 || bulleted || CLOCK.matcher(line).find()
                || FIGURE_DATE.matcher(line).find();
    }

    private static boolean covered(CharSpan line, List<CharSpan> boilerplate) {
        for (CharSpan b : boilerplate) {
            if (b.contains(line)) {
                return true;
            }
        }
        return false;
    }
}
