package dev.tilik.nlp;

import dev.tilik.rules.SentenceRules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fixes a statistical splitter's output for one paragraph with the language's rules:
 * <ul>
 * <li>a sentence is joined to the next when the next starts in lowercase ({@code "Mengapa?" tanya
 *     dia.}, {@code dsb. sudah}), or it ends in a comma or semicolon ("10:30 a.m.,") or a listed
 *     abbreviation ("Jl."), or in an "ending" abbreviation ("dll.") before a digit, or in a name's middle initial
 *     before its surname ("Nanik S. Deyang");</li>
 * <li>a quotation is never split: sentences are joined until an opened quotation closes (when it
 *     closes within the paragraph), so {@code "A. B," kata X.} is one sentence;</li>
 * <li>a sentence holding two glued at a full stop with no space ("… ujar Rina.Dari klaster itu …": a paragraph
 *     break the page lost) is split after the stop, the words on either side as below;</li>
 * <li>a sentence holding two glued ones ("… di RusiaVladimir Putin …": a word of at least
 *     {@value #MIN_LEFT} letters, lowercase after its first, running into a capitalised word of at
 *     least {@value #MIN_RIGHT}) is split between them, unless the glued word is listed as a real
 *     word ("WhatsApp"), is a site's name before its ending ("TribunJabar.id") or the split would fall inside a
 *     quotation.</li>
 * </ul>
 */
public final class SentenceRepairs {
    static final int MIN_LEFT = 4;
    static final int MIN_RIGHT = 3;
    /** The ends of a site's name a page writes capitalised after its point ("Detik.Com"), never a sentence's start. */
    private static final Set<String> SITE_ENDINGS = Set.of("com", "net", "org", "id", "co", "news", "online", "info", "tv");

    private final Set<String> abbreviations;
    private final Set<String> endingAbbreviations;
    private final Set<String> joinedWords;

    public SentenceRepairs(SentenceRules rules) {
        this.abbreviations = Set.copyOf(rules.abbreviations());
        this.endingAbbreviations = Set.copyOf(rules.endingAbbreviations());
        this.joinedWords = Set.copyOf(rules.joinedWords());
    }

    public List<CharSpan> apply(String text, List<CharSpan> sentences) {
        List<CharSpan> joined = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CharSpan s = sentences.get(i);
            int last = joined.size() - 1;
            if (last >= 0 && continues(text, joined.get(last), s)) {
                joined.set(last, new CharSpan(joined.get(last).start(), s.end()));
            } else if (QuoteBalance.opensAndClosesLater(text, s, sentences.subList(i + 1, sentences.size()))) {
                int close = i + 1;
                while (!QuoteBalance.balanced(text, new CharSpan(s.start(), sentences.get(close).end()))) {
                    close++;
                }
                joined.add(new CharSpan(s.start(), sentences.get(close).end()));
                i = close;
            } else {
                joined.add(s);
            }
        }
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan s : joined) {
            splitGlued(text, s, out);
        }
        return out;
    }

    private boolean continues(String text, CharSpan previous, CharSpan next) {
        String word = lastWord(text, previous);
        char end = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        char first = text.charAt(next.start());
        return end == ',' || end == ';' || Character.isLowerCase(first) || abbreviations.contains(word)
                || abbreviationChain(word) || endingAbbreviations.contains(word) && Character.isDigit(first) || middleInitial(text, previous, next);
    }

    /**
     * True when a word is listed abbreviations written with no space between them ("Kombes.Pol.", "Dr.Ir."): each part
     * up to and with its point is listed, as the same abbreviations written apart ("Kombes. Pol.") are each read.
     */
    private boolean abbreviationChain(String word) {
        int from = 0;
        int parts = 0;
        for (int dot = word.indexOf('.'); dot >= 0; dot = word.indexOf('.', from)) {
            if (!abbreviations.contains(word.substring(from, dot + 1))) {
                return false;
            }
            parts++;
            from = dot + 1;
        }
        return parts >= 2 && from == word.length();
    }

    /** Letters that are as often a Roman numeral ending a name ("Perang Dunia I.") as an initial. */
    private static final String NUMERALS = "IVX";

    /**
     * True when the sentence ends in a name's middle initial and the next starts with its surname: "Nanik S." |
     * "Deyang", "dr. Lia N." | "Sukandar". The initial a capital letter and its point, the word before it a capitalised
     * name word, the next word of three letters or more, capitalised and lower case after its first. A place named by a
     * letter ("Blok A.") before a sentence opening with a capitalised word is joined too: rarer in news copy than a
     * name's initial, and the cost of a join is one sentence too long, not a speaker lost.
     */
    static boolean middleInitial(String text, CharSpan previous, CharSpan next) {
        int dot = previous.end() - 1;
        if (dot - 2 < previous.start() || text.charAt(dot) != '.' || !Character.isUpperCase(text.charAt(dot - 1))
                || NUMERALS.indexOf(text.charAt(dot - 1)) >= 0 || text.charAt(dot - 2) != ' ') {
            return false;
        }
        int we = dot - 2;
        int ws = we;
        while (ws > previous.start() && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        boolean nameBefore = we - ws >= 2 && Character.isUpperCase(text.charAt(ws)) && allLower(text, ws + 1, we)
                && (ws == previous.start() || !Character.isLetterOrDigit(text.charAt(ws - 1)));
        int ne = next.start() + 1;
        while (ne < next.end() && Character.isLetter(text.charAt(ne))) {
            ne++;
        }
        return nameBefore && ne - next.start() >= 3 && Character.isUpperCase(text.charAt(next.start()))
                && allLower(text, next.start() + 1, ne);
    }

    private static String lastWord(String text, CharSpan s) {
        int i = s.end();
        while (i > s.start() && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i < s.end() && "(\"'“‘".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i, s.end());
    }

    /**
     * Splits at the glue points: only a capital can start a glued sentence, so the words either side are read only at
     * a capital (read at every lower-case letter, they cost a scan of the word so far for each of its letters).
     */
    private void splitGlued(String text, CharSpan s, List<CharSpan> out) {
        int start = s.start();
        for (int i = s.start() + 1; i < s.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                continue;
            }
            boolean glued = Character.isLowerCase(text.charAt(i - 1)) && isGlue(text, i, s.end());
            boolean stopGlued = text.charAt(i - 1) == '.' && i - 1 > start && isStopGlue(text, i, s.end());
            if ((glued || stopGlued) && QuoteBalance.balanced(text, new CharSpan(start, i))) {
                out.add(new CharSpan(start, i));
                start = i;
            }
        }
        out.add(new CharSpan(start, s.end()));
    }

    /** True when a word ends just before {@code at} and a capitalised one starts there. */
    private boolean isGlue(String text, int at, int end) {
        int ws = at - 1;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        int we = at + 1;
        while (we < end && Character.isLetter(text.charAt(we))) {
            we++;
        }
        if (at - ws < MIN_LEFT || we - at < MIN_RIGHT) {
            return false;
        }
        if (!allLower(text, ws + 1, at) || !allLower(text, at + 1, we)) {
            return false;
        }
        return !joinedWords.contains(text.substring(ws, we)) && !siteName(text, we, end);
    }

    /**
     * True when the word ending at {@code we} is followed right away by a point and an end of a site's name
     * ("TribunJabar.id", "TribunSolo.com"): an outlet's name written in two capitals, no two sentences glued.
     */
    private static boolean siteName(String text, int we, int end) {
        if (we >= end || text.charAt(we) != '.') {
            return false;
        }
        int e = we + 1;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return SITE_ENDINGS.contains(text.substring(we + 1, e).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when a full stop at {@code at - 1} ends a word and a capitalised word starts right after it, with no space
     * between: a paragraph break the page lost ("… ujar Rina.Dari klaster itu, …", "… 411 siswa.Sementara klaster …").
     * The word before at least {@value #MIN_LEFT} letters, the word after two or more ("Ia", "Di"), both lower case after
     * their first (so "J.Co", "Suara.com", "S.H." are not), the word before no listed abbreviation ("Prof.Hadi") and the
     * word after no end of a site's name ("Detik.Com").
     */
    private boolean isStopGlue(String text, int at, int end) {
        int dot = at - 1;
        int ws = dot;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        int we = at + 1;
        while (we < end && Character.isLetter(text.charAt(we))) {
            we++;
        }
        if (dot - ws < MIN_LEFT || we - at < 2 || !allLower(text, ws + 1, dot) || !allLower(text, at + 1, we)
                || SITE_ENDINGS.contains(text.substring(at, we).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String word = text.substring(ws, at);
        return !abbreviations.contains(word) && !endingAbbreviations.contains(word);
    }

    private static boolean allLower(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
