package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.review.Review;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The finding panel's lines for a width: the title, the verdict and the note, each compared
 * statement (speaker, party, cue, stance, its sentence), the explanation, then rule and topic. When no finding is
 * selected, what the two panes show and the problems met while loading.
 */
final class PanelContent {
    private static final String INDENT = "   ";

    private PanelContent() {
    }

    static List<List<Segment>> lines(AppState s, int width) {
        List<List<Segment>> out = new ArrayList<>();
        if (s.session() == null) {
            return out;
        }
        int w = Math.max(1, width - 2);
        Optional<Finding> current = Findings.current(s);
        if (current.isEmpty()) {
            browsing(s, w, out);
            return out;
        }
        Finding f = current.get();
        for (String l : Wrap.words(f.title(), w)) {
            out.add(List.of(new Segment(l, Style.TEXT.strong())));
        }
        verdictAndNote(s, f, w, out);
        Evidence[] lead = Panes.pair(f.evidence());
        evidence(s, lead[0], w, out);
        if (lead[1] != null) {
            out.add(List.of(new Segment(lead[1].opposes(lead[0]) ? " versus" : " and", Style.of(Role.LABEL).strong())));
            evidence(s, lead[1], w, out);
        }
        for (int side = 0; side <= 1; side++) {
            boolean first = true;
            for (Evidence e : f.evidence()) {
                if (e.side() != side || e == lead[0] || e == lead[1]) {
                    continue;
                }
                if (first) {
                    String label = side == lead[0].side() ? " agreeing with the first" : " agreeing with the second";
                    out.add(List.of(new Segment(label, Style.of(Role.LABEL))));
                    first = false;
                }
                evidence(s, e, w, out);
            }
        }
        List<String> why = Wrap.words(f.explanation(), w - 5);
        for (int i = 0; i < why.size(); i++) {
            out.add(List.of(i == 0 ? label("Why  ") : text("     "), text(why.get(i))));
        }
        out.add(List.of(label("Rule "), text(f.rule()), label("  Topic "), text(Findings.topicLabel(f))));
        return out;
    }

    /** The fact-checker's own record comes first, so a reopened folder shows it without scrolling. */
    private static void verdictAndNote(AppState s, Finding f, int w, List<List<Segment>> out) {
        Verdict v = s.session().verdict(f.id());
        Style vs = v == Verdict.UNREVIEWED ? Style.of(Role.DIM) : Style.of(Role.LABEL).strong();
        String note = s.session().note(f.id());
        String head = "Verdict " + v.label() + "  Note ";
        List<String> noteLines = Wrap.words(note.isEmpty() ? "(none: e writes one)" : note, w - INDENT.length());
        boolean inline = noteLines.size() == 1 && Columns.width(head + noteLines.get(0)) <= w;
        out.add(List.of(label("Verdict "), new Segment(v.label(), vs), label("  Note "),
                text(inline ? noteLines.get(0) : "")));
        for (String l : inline ? List.<String>of() : noteLines) {
            out.add(List.of(text(INDENT + l)));
        }
    }

    private static void evidence(AppState s, Evidence e, int w, List<List<Segment>> out) {
        out.addAll(Wrap.segments(evidenceHeader(s, e), w, INDENT.length() + 2));
        for (String l : Wrap.words(e.text().strip(), w - INDENT.length())) {
            out.add(List.of(text(INDENT + l)));
        }
    }

    private static List<Segment> evidenceHeader(AppState s, Evidence e) {
        List<Segment> line = new ArrayList<>();
        line.add(new Segment(" \u2022 ", Style.of(Role.LABEL).strong()));
        Optional<Statement> st = e.statementId() == null ? Optional.empty()
                : s.session().analysis().statement(e.statementId());
        if (st.isPresent()) {
            Statement t = st.get();
            line.add(new Segment("[" + t.stance().marker() + "] ", Style.of(Role.of(t.stance())).strong()));
            line.add(new Segment(t.speaker(), Style.TEXT.strong()));
            if (t.party() != null) {
                line.add(text(" \u00B7 " + t.party()));
            }
            if (t.cue() != null) {
                line.add(text(" \u00B7 "));
                line.add(new Segment("\u00AB" + t.cue() + "\u00BB", Style.of(Role.LABEL)));
            }
            if (t.quote()) {
                line.add(text(" \u00B7 quote"));
            }
            if (t.via() != null) {
                line.add(text(" via " + t.via()));
            }
        }
        line.add(new Segment(" \u00B7 " + where(s, e.fileName()), Style.of(Role.DIM)));
        return line;
    }

    /** "in A" / "in B" (never split by wrapping) when a pane shows the article, else its file name. */
    private static String where(AppState s, String fileName) {
        if (Panes.article(s, Focus.LEFT).map(a -> a.fileName().equals(fileName)).orElse(false)) {
            return "in\u00A0A";
        }
        if (Panes.article(s, Focus.RIGHT).map(a -> a.fileName().equals(fileName)).orElse(false)) {
            return "in\u00A0B";
        }
        return fileName;
    }

    private static void browsing(AppState s, int w, List<List<Segment>> out) {
        int n = Findings.visible(s).size();
        String intro = n == 0
                ? (s.session().findings().isEmpty() ? "No findings: the sources do not disagree on anything the rules know."
                        : "No finding matches the filter (f changes it).")
                : "Browsing without a finding: n or l goes to the " + n + " finding" + (n == 1 ? "" : "s") + ".";
        for (String l : Wrap.words(intro + " a chooses the two articles; t lists statements.", w)) {
            out.add(List.of(text(l)));
        }
        for (Focus side : new Focus[] {Focus.LEFT, Focus.RIGHT}) {
            Optional<ArticleStatements> a = Panes.article(s, side);
            a.ifPresent(x -> out.add(List.of(label(side == Focus.LEFT ? "Left  " : "Right "), text(x.fileName()
                    + " \u00B7 " + x.document().language().language() + " \u00B7 "
                    + (x.document().article().source() == null ? "no source" : x.document().article().source())
                    + " \u00B7 " + x.statements().size() + " statements"))));
        }
        for (Review r : s.session().orphans()) {
            String text = "kept note, finding gone: " + r.title() + " \u00B7 " + r.verdict().label()
                    + (r.note().isEmpty() ? "" : " \u00B7 " + r.note());
            for (String l : Wrap.words(text, w)) {
                out.add(List.of(new Segment(l, Style.of(Role.DIM))));
            }
        }
        for (Problem p : s.session().analysis().problems()) {
            for (String l : Wrap.words(p.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + p, w)) {
                out.add(List.of(new Segment(l, Style.of(Role.WARN))));
            }
        }
    }

    private static Segment label(String t) {
        return new Segment(t, Style.of(Role.LABEL));
    }

    private static Segment text(String t) {
        return new Segment(t, Style.TEXT);
    }
}
