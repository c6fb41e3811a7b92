package dev.tilik.tui;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.Counted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements a finding cites, as panel lines: the compared pair in full, and the rest of each
 * side summarised — the first few, then "… and 57 more from 12 articles, by …" — unless the user
 * asked for all of them ({@link Nav#allCited}). One stance finding on a big folder can cite
 * hundreds of statements; the panel must stay readable, and a frame must cost what it shows: the
 * statements are looked up by id only for the lines drawn, and the summary of the rest (counts,
 * articles, speakers) is worked out once per finding ({@link Rest}), not on every frame.
 */
final class CitedLines {
    static final String INDENT = "   ";
    /** Statements shown per side beyond the compared pair before the rest is summarised. */
    static final int SHOWN = 3;
    private static final int SPEAKERS_NAMED = 3;

    /** The summary of the last finding shown, reused by every frame that shows it again. */
    private static volatile Rest last;

    private final AppState s;
    private final int width;
    private final Analysis analysis;
    private final String leftFile;
    private final String rightFile;

    CitedLines(AppState s, int width) {
        this.s = s;
        this.width = width;
        this.leftFile = Panes.article(s, Focus.LEFT).map(ArticleStatements::fileName).orElse(null);
        this.rightFile = Panes.article(s, Focus.RIGHT).map(ArticleStatements::fileName).orElse(null);
        this.analysis = s.session().analysis();
    }

    /** The compared pair: the left pane's statement, "versus" (or "and"), the right pane's. */
    void pair(Finding f, Evidence[] lead, List<List<Segment>> out) {
        evidence(lead[0], out);
        if (lead[1] != null) {
            boolean against = f.isContradiction() && lead[1].opposes(lead[0]);
            out.add(List.of(new Segment(against ? " versus" : " and", Style.of(Role.LABEL).strong())));
            evidence(lead[1], out);
        }
    }

    /** Every other cited statement, side by side, summarised past {@link #SHOWN} unless all are asked for. */
    void rest(Finding f, Evidence[] lead, List<List<Segment>> out) {
        boolean summarised = false;
        for (Side side : rest(f, lead).sides()) {
            String label = !f.isContradiction() ? " also cited"
                    : side.side() == lead[0].side() ? " agreeing with the first" : " agreeing with the second";
            out.add(List.of(new Segment(label + " (" + Counted.of(side.others().size(), "statement") + " in "
                    + Counted.of(side.articles(), "article") + ")", Style.of(Role.LABEL))));
            boolean all = s.nav().allCited() || side.hidden() == null;
            List<Evidence> shown = all ? side.others() : side.others().subList(0, SHOWN);
            shown.forEach(e -> evidence(e, out));
            if (!all) {
                summarised = true;
                for (String l : Wrap.words(side.hidden(), width - INDENT.length())) {
                    out.add(List.of(new Segment(INDENT + l, Style.of(Role.DIM))));
                }
            }
        }
        if (!summarised && s.nav().allCited()) {
            out.add(List.of(new Segment(" x shows fewer", Style.of(Role.DIM))));
        }
    }

    /** What {@link #rest} shows of a finding beyond its pair, per side; made once per finding and analysis. */
    private record Rest(Finding finding, Analysis analysis, List<Side> sides) {
    }

    /**
     * One side's other statements, the articles they are in, and the summary of those past
     * {@link #SHOWN} ("… and 57 more from 12 articles, by …"; null when none are hidden).
     */
    private record Side(int side, List<Evidence> others, int articles, String hidden) {
    }

    private Rest rest(Finding f, Evidence[] lead) {
        Rest memo = last;
        if (memo != null && memo.finding() == f && memo.analysis() == analysis) {
            return memo;
        }
        List<Side> sides = new ArrayList<>();
        // a finding that sets nothing against anything (an evolving figure, a corroboration) lists the rest of both
        // sides under one "also cited": two such headings one under the other read as two groups it never made
        boolean oneList = !f.isContradiction();
        for (int side = 0; side <= (oneList ? 0 : 1); side++) {
            List<Evidence> others = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                if ((oneList || e.side() == side) && e != lead[0] && e != lead[1]) {
                    others.add(e);
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            String hidden = null;
            if (others.size() > SHOWN + 1) {
                List<Evidence> h = others.subList(SHOWN, others.size());
                hidden = "\u2026 and " + h.size() + " more from " + Counted.of(files(h).size(), "article") + speakers(h)
                        + " (x lists them all)";
            }
            sides.add(new Side(side, List.copyOf(others), files(others).size(), hidden));
        }
        Rest made = new Rest(f, analysis, List.copyOf(sides));
        last = made;
        return made;
    }

    /** True when {@link #rest} would summarise something (so {@code x} has work to do). */
    static boolean hasMore(Finding f) {
        Evidence[] lead = Panes.pair(f.evidence());
        int[] others = new int[2];
        f.evidence().stream().filter(e -> e != lead[0] && e != lead[1])
                .forEach(e -> others[f.isContradiction() ? e.side() : 0]++); // one list when nothing is set against anything
        return others[0] > SHOWN + 1 || others[1] > SHOWN + 1;
    }

    private void evidence(Evidence e, List<List<Segment>> out) {
        out.addAll(Wrap.segments(header(e), width, INDENT.length() + 2));
        for (String l : Wrap.words(e.text().strip(), width - INDENT.length())) {
            out.add(List.of(new Segment(INDENT + l, Style.TEXT)));
        }
    }

    private List<Segment> header(Evidence e) {
        List<Segment> line = new ArrayList<>();
        line.add(new Segment(" \u2022 ", Style.of(Role.LABEL).strong()));
        Statement t = e.statementId() == null ? null : analysis.statement(e.statementId()).orElse(null);
        if (t == null) {
            line.add(new Segment("the sentence", Style.TEXT.strong()));
        } else {
            line.add(new Segment("[" + t.stance().marker() + "] ", Style.of(Role.of(t.stance())).strong()));
            line.add(new Segment(t.speaker(), Style.TEXT.strong()));
            if (t.party() != null) {
                line.add(new Segment(" \u00B7 " + t.party(), Style.TEXT));
            }
            if (t.outletsOwn()) { // no cue is written: the outlet prints it as its headline ("«»" was drawn)
                line.add(new Segment(" \u00B7 ", Style.TEXT));
                line.add(new Segment(t.narrated() ? "narrated" : "headline", Style.of(Role.LABEL)));
            } else if (t.cue() != null && !t.cue().isBlank()) {
                line.add(new Segment(" \u00B7 ", Style.TEXT));
                line.add(new Segment("\u00AB" + t.cue() + "\u00BB", Style.of(Role.LABEL)));
            }
            if (t.quote()) {
                line.add(new Segment(" \u00B7 quote", Style.TEXT));
            }
            if (t.via() != null) {
                line.add(new Segment(" via " + t.via(), Style.TEXT));
            }
        }
        line.add(new Segment(" \u00B7 " + where(e.fileName()), Style.of(Role.DIM)));
        return line;
    }

    /** "in A" / "in B" (never split by wrapping) when a pane shows the article (its title names it), else the file name. */
    private String where(String fileName) {
        String pane = fileName.equals(leftFile) ? "A" : fileName.equals(rightFile) ? "B" : null;
        return pane == null ? fileName : "in\u00A0" + pane;
    }

    private static Set<String> files(List<Evidence> ev) {
        Set<String> out = new LinkedHashSet<>();
        ev.forEach(e -> out.add(e.fileName()));
        return out;
    }

    /** ", by Kantor berita KCNA (40), Pentagon (12) and 5 others" — who the hidden statements are from. */
    private String speakers(List<Evidence> hidden) {
        Map<String, Integer> by = new LinkedHashMap<>();
        for (Evidence e : hidden) {
            Statement t = e.statementId() == null ? null : analysis.statement(e.statementId()).orElse(null);
            if (t != null) {
                by.merge(t.speaker(), 1, Integer::sum);
            }
        }
        if (by.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(by.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        StringBuilder sb = new StringBuilder(", by ");
        int named = Math.min(SPEAKERS_NAMED, top.size());
        for (int i = 0; i < named; i++) {
            Map.Entry<String, Integer> e = top.get(i);
            sb.append(i == 0 ? "" : i == named - 1 && top.size() == named ? " and " : ", ").append(e.getKey());
            if (e.getValue() > 1) {
                sb.append(" (").append(e.getValue()).append(')');
            }
        }
        if (top.size() > named) {
            sb.append(" and ").append(Counted.of(top.size() - named, "other"));
        }
        return sb.toString();
    }
}
