package dev.tilik.ingest;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.tilik.rules.BoilerplateRules;
import dev.tilik.rules.PatternNeeds;
import dev.tilik.rules.RulePattern;
import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds site boilerplate with the rules of every language at once (the language is only known
 * once boilerplate is gone):
 * <ul>
 * <li>a line matching a {@code lines} pattern as a whole (trimmed) is boilerplate;</li>
 * <li>a line matching a {@code cutFrom} pattern starts boilerplate that runs to the end;</li>
 * <li>a {@code sourcePrefix} at the start of one of the first body lines (after any headline,
 *     kicker, caption or byline lines, which do not end as sentences do, and at most one line that
 *     does: a headline ending in "!", a standfirst) is a dateline: the prefix itself is
 *     boilerplate (never part of a speaker), and its group 1, when the pattern has one and it took
 *     part, names the outlet ("Suara.com - ", "Jakarta, IDN Times - "), which becomes the source
 *     ("JAKARTA - " names a place only; a line that opens with a place only and does not end as a
 *     sentence does is site furniture, and the search goes on).</li>
 * </ul>
 * A list of other articles' headlines, one a bulleted line, is boilerplate by its shape ({@link RelatedHeadlines}).
 * <p>
 * A teaser glued to the body ("Simak Video: … di UkrainaSuara.com - Korea Utara …") is cut where
 * a source prefix starts inside the line, so the body after it survives.
 * <p>
 * Past the opening lines, a source prefix at a line's start is a dateline only on the article's
 * own evidence: the prefix holds the name of the article's outlet ({@link OutletNames}: the header's
 * source, its address's site name, the opening dateline's outlet) — a scraped page that repeats the
 * story below a teaser ("Kota, Warta – Bupati …" halfway down). Its speaker then starts after it.
 */
public final class BoilerplateStripper {
    /**
     * Lines ending as sentences do that may stand before the dateline: a headline ending in "!" or a
     * standfirst (a one-sentence summary under the headline) come before it in real copy.
     */
    private static final int OPENING_SENTENCES = 1;
    private final List<RulePattern> lines = new ArrayList<>();
    private final List<RulePattern> cutFrom = new ArrayList<>();
    private final List<RulePattern> sourcePrefix = new ArrayList<>();
    /** {@link #lines} and {@link #cutFrom} as one alternation each: one pass per line, not one per pattern. */
    private final WholeLine anyLine;
    private final WholeLine anyCut;

    public BoilerplateStripper(Collection<BoilerplateRules> rules) {
        for (BoilerplateRules r : rules) {
            lines.addAll(r.lines());
            cutFrom.addAll(r.cutFrom());
            sourcePrefix.addAll(r.sourcePrefix());
        }
        anyLine = WholeLine.of(lines);
        anyCut = WholeLine.of(cutFrom);
    }

    /**
     * Whether a line matches any of some patterns as a whole. RE2/J runs one alternation of them in
     * a third to a quarter of the time it takes to try each in turn (measured on 12,000 generated
     * lines against the 21 {@code lines} patterns: this was 12 % of {@code check}'s time on 1,000
     * articles). The alternation means the same: the whole line matches it when it matches a branch.
     * Neither runs on a line that no branch can match as a whole: longer than every branch's
     * longest match, or holding none of the literals a branch's match holds ({@link PatternNeeds}),
     * as most lines of copy are; a pattern's own alternatives are branches too ({@link RulePattern#mayMatchWhole}).
     */
    private record WholeLine(Pattern all, List<RulePattern> each) {
        static WholeLine of(List<RulePattern> patterns) {
            if (patterns.size() < 2) {
                return new WholeLine(null, patterns);
            }
            StringBuilder sb = new StringBuilder();
            for (RulePattern p : patterns) {
                sb.append(sb.length() == 0 ? "(?:" : "|(?:").append(p.source()).append(')');
            }
            try {
                return new WholeLine(Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE), patterns);
            } catch (RuntimeException e) {
                return new WholeLine(null, patterns); // a pattern valid alone but not inside a group: try each
            }
        }

        /** Whether {@code content}, whose {@link PatternNeeds#fold} is {@code folded}, matches a branch whole. */
        boolean matches(String content, String folded) {
            if (!mayMatch(folded)) {
                return false;
            }
            if (all != null) {
                return all.matcher(content).matches();
            }
            for (RulePattern p : each) {
                if (p.matcher(content).matches()) {
                    return true;
                }
            }
            return false;
        }

        private boolean mayMatch(String folded) {
            for (RulePattern p : each) {
                if (p.mayMatchWhole(folded)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Boilerplate in {@code region} of {@code text} (the region excludes any header block). */
    public Boilerplate strip(String text, CharSpan region) {
        return strip(text, region, OutletNames.NONE);
    }

    /**
     * Boilerplate in {@code region} of {@code text}, where {@code outlets} names the article's
     * outlet as its header gives it: a dateline holding one of them is read on any line.
     */
    public Boilerplate strip(String text, CharSpan region, OutletNames outlets) {
        OutletNames known = outlets;
        List<CharSpan> spans = new ArrayList<>();
        String source = null;
        CharSpan sourceSpan = null;
        boolean looking = true;
        int sentences = 0;
        for (CharSpan raw : Lines.of(text, region)) {
            CharSpan line = raw.trim(text);
            if (line.isEmpty()) {
                continue;
            }
            String content = line.coveredText(text);
            String folded = PatternNeeds.fold(content);
            if (anyCut.matches(content, folded)) {
                spans.add(new CharSpan(line.start(), region.end()));
                break;
            }
            boolean teaser = anyLine.matches(content, folded);
            if (!teaser && !looking) {
                int end = laterDateline(content, folded, known);
                if (end > 0) {
                    spans.add(new CharSpan(line.start(), line.start() + end));
                }
                continue;
            }
            SourceMatch src = source == null ? findSource(content, folded, teaser) : null;
            if (src != null) {
                spans.add(new CharSpan(line.start(), line.start() + src.prefixEnd()));
                if (src.name() != null) {
                    source = src.name();
                    sourceSpan = new CharSpan(line.start() + src.nameStart(), line.start() + src.nameEnd());
                    known = known.with(source);
                    looking = false;
                } else {
                    looking = !endsSentence(content); // "NTVNews - Berita Hari Ini, 12:13": furniture, the dateline follows
                }
            } else if (teaser) {
                int body = gluedBody(content);
                spans.add(body < 0 ? line : new CharSpan(line.start(), line.start() + body));
            } else if (endsSentence(content) && ++sentences > OPENING_SENTENCES) {
                looking = false;
            }
        }
        List<CharSpan> related = RelatedHeadlines.find(text, region, spans);
        if (!related.isEmpty()) {
            spans.addAll(related);
            spans.sort(Comparator.comparingInt(CharSpan::start));
        }
        return new Boilerplate(spans, source, sourceSpan);
    }

    /**
     * Where a paragraph of the body glued to a teaser line starts ("Baca Juga: Siswa Temukan Belatung dalam Menu "Kasus
     * yang baru ada 730 orang," ujar Yuyun.", "Baca juga: Banjir Susulan di HilirWarga diminta …"): at an opening
     * quotation mark after a space, or a lower-case letter running into a capital inside a word, when what follows ends
     * as a sentence does and reads as running text (five words or more, most of them in lower case) — a headline's
     * words are capitalised. -1 when the line is teaser throughout (a second headline glued to the first stays furniture).
     */
    static int gluedBody(String line) {
        for (int i = 1; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            boolean quote = (c == '"' || c == '\u201C') && line.charAt(i - 1) == ' ';
            boolean glued = Character.isUpperCase(c) && Character.isLowerCase(line.charAt(i - 1))
                    && i >= 2 && Character.isLetter(line.charAt(i - 2));
            if ((quote || glued) && runningText(line.substring(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean runningText(String rest) {
        String trimmed = rest.strip();
        if (trimmed.isEmpty() || !endsSentence(trimmed)) {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (String w : trimmed.split("\\s+")) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (letters.isEmpty()) {
                continue;
            }
            words++;
            lower += Character.isLowerCase(letters.charAt(0)) ? 1 : 0;
        }
        return words >= 5 && lower * 2 > words;
    }

    /**
     * True for a line ending as a sentence does: the body has begun. A line that does not (a
     * headline, a kicker) leaves room for the dateline on the next line.
     */
    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?\"”’'".indexOf(last) >= 0;
    }

    /**
     * Where a dateline past the opening lines ends: a source prefix at the line's start that names
     * the article's outlet, with the line going on after it; 0 when there is none.
     */
    private int laterDateline(String content, String folded, OutletNames outlets) {
        if (!mayBeLaterDateline(content, folded, outlets)) {
            return 0;
        }
        SourceMatch src = findSource(content, folded, false);
        if (src == null || src.prefixEnd() >= content.length()
                || !outlets.named(content.substring(0, src.prefixEnd()))) {
            return 0;
        }
        return src.prefixEnd();
    }

    /**
     * False for a body line that cannot open with a later dateline, so the source patterns need not run on it: no
     * pattern's literals are in it ({@link PatternNeeds}), or it names the article's outlet nowhere
     * ({@link OutletNames#mayNameTheStartOf}) — a prefix naming it is what {@link #laterDateline} keeps, and most
     * lines holding a dash and a space ("Jakarta - ", "2024 - 2025") name none.
     */
    boolean mayBeLaterDateline(String content, String folded, OutletNames outlets) {
        if (outlets.isEmpty()) {
            return false;
        }
        boolean mayFind = false;
        for (RulePattern p : sourcePrefix) {
            if (p.needs().mayFind(folded)) {
                mayFind = true;
                break;
            }
        }
        return mayFind && outlets.mayNameTheStartOf(content);
    }

    /**
     * A source prefix at the start of a body line, or anywhere inside a teaser line. Inside a line,
     * the outlet's name may be glued to the teaser's last word ("UkrainaSuara.com"): it then starts
     * at the last lower-to-upper case change before its first dot.
     */
    private SourceMatch findSource(String content, String folded, boolean inside) {
        for (RulePattern p : sourcePrefix) {
            if (!p.needs().mayFind(folded)) {
                continue;
            }
            Matcher m = p.matcher(content);
            boolean found = inside ? m.find() : m.lookingAt();
            if (!found) {
                continue;
            }
            if (m.groupCount() >= 1 && m.start(1) < 0) {
                if (inside) {
                    continue;
                }
                return new SourceMatch(0, 0, m.end(), null);
            }
            int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
            int nameStart = m.start(g);
            int nameEnd = m.end(g);
            if (inside) {
                nameStart = gluedNameStart(content, nameStart, nameEnd);
            }
            if (nameStart >= nameEnd) {
                continue;
            }
            return new SourceMatch(nameStart, nameEnd, m.end(), content.substring(nameStart, nameEnd));
        }
        return null;
    }

    private static int gluedNameStart(String s, int start, int end) {
        int dot = s.indexOf('.', start);
        int limit = dot < 0 || dot > end ? end : dot;
        int at = start;
        for (int i = start + 1; i < limit; i++) {
            if (Character.isLowerCase(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i))) {
                at = i;
            }
        }
        return at;
    }

    private record SourceMatch(int nameStart, int nameEnd, int prefixEnd, String name) {
    }
}
