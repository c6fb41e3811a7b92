package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.Columns;
import dev.tilik.text.Counted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The finding panel's lines for a width: the title, the verdict and the note, the compared pair
 * (speaker, party, cue, stance, its sentence), the explanation, rule and topic, then the other
 * statements the finding cites ({@link CitedLines}, summarised when there are many). When no
 * finding is selected, what the two panes show and the problems met while loading.
 */
final class PanelContent {
    private static final String INDENT = CitedLines.INDENT;

    /**
     * What the panel's lines depend on: the session and the search (immutable, compared by identity),
     * the finding and the articles shown, where the focus is (on the panel a long note unfolds; elsewhere its hint counts
     * the presses to the panel, {@link #more}), the expanded list, the
     * filter and the width. Not the scroll or the article panes' anchors: paging the panel or the
     * articles lays nothing out again.
     */
    private record Inputs(ReviewSession session, Search search, String findingId, String leftFile, String rightFile,
                          String leftFinding, Focus focus, boolean allCited, Filter filter, int width) {
        static Inputs of(AppState s, int width) {
            Nav n = s.nav();
            return new Inputs(s.session(), s.search(), n.findingId(), n.leftFile(), n.rightFile(), n.leftFinding(),
                    n.focus(), n.allCited(), s.filter(), width);
        }

        boolean same(Inputs o) {
            return session == o.session && search == o.search && focus == o.focus && allCited == o.allCited
                    && width == o.width && Objects.equals(findingId, o.findingId) && Objects.equals(leftFile, o.leftFile)
                    && Objects.equals(rightFile, o.rightFile) && Objects.equals(leftFinding, o.leftFinding)
                    && filter.equals(o.filter);
        }
    }

    /** The last lines made and what they were made from: a key's update, the layout and the frame ask for the same. */
    private record Last(Inputs inputs, List<List<Segment>> lines) {
    }

    private static volatile Last last;
    private static final AtomicLong LAYOUTS = new AtomicLong();

    private PanelContent() {
    }

    /** How many times the panel's lines were laid out since the start (for tests that count per key). */
    static long layouts() {
        return LAYOUTS.get();
    }

    /** The panel's lines for {@code s} at {@code width}, laid out once for as long as what they show stays the same. */
    static List<List<Segment>> lines(AppState s, int width) {
        Inputs in = Inputs.of(s, width);
        Last memo = last;
        if (memo != null && memo.inputs().same(in)) {
            return memo.lines();
        }
        List<List<Segment>> made = Collections.unmodifiableList(layout(s, width));
        last = new Last(in, made);
        return made;
    }

    private static List<List<Segment>> layout(AppState s, int width) {
        LAYOUTS.incrementAndGet();
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
        setAside(s, f, w, out);
        draft(s, f, w, out);
        Evidence[] lead = Panes.pair(f.evidence());
        CitedLines cited = new CitedLines(s, w);
        cited.pair(f, lead, out);
        List<String> why = Wrap.words(f.explanation(), w - 5);
        for (int i = 0; i < why.size(); i++) {
            out.add(List.of(i == 0 ? label("Why  ") : text("     "), text(why.get(i))));
        }
        out.add(List.of(label("Rule "), text(f.rule()), label("  Topic "), text(Findings.topicLabel(f))));
        cited.rest(f, lead, out);
        return out;
    }

    /**
     * A draft kept beside the saved note (typed, never confirmed: the reader quit or hung up with
     * the editor open) on one line under the note, said to be unsaved; {@code e} takes or drops it.
     */
    private static void draft(AppState s, Finding f, int w, List<List<Segment>> out) {
        String draft = s.session().draft(f.id());
        if (draft.isEmpty()) {
            return;
        }
        String head = "Draft, not saved (" + Update.keyOf(s, Mode.READER, Action.NOTE) + " takes or drops it): ";
        String line = Columns.fit(head + draft.replaceAll("\\s+", " ").strip(), w);
        out.add(List.of(new Segment(line, Style.of(Role.WARN))));
    }

    /**
     * The verdict or rating set aside last (two readers chose differently and a merge kept the later, or one
     * taken back), under the verdict it lost to, with the key that takes it back and how many more are kept.
     */
    private static void setAside(AppState s, Finding f, int w, List<List<Segment>> out) {
        List<SetAside> all = s.session().setAside(f.id());
        if (all.isEmpty()) {
            return;
        }
        SetAside last = all.get(all.size() - 1);
        String line = "Set aside: " + last.field() + " \u201C" + last.valueLabel() + "\u201D ("
                + HOUR.format(last.chosen()) + ") \u00B7 " + Update.keyOf(s, Mode.READER, Action.TAKE_BACK)
                + " takes it back" + (all.size() > 1 ? " \u00B7 " + (all.size() - 1) + " set aside before" : "");
        out.add(List.of(new Segment(Columns.fit(line, w), Style.of(Role.WARN))));
    }

    private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter
            .ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /**
     * What ends a note cut short while the panel has no focus: the presses of the focus key that reach the panel from
     * where the focus is ("Tab Tab" from the left article: a reviewer pressed the one Tab it said and saw the right
     * article take the focus).
     */
    static String more(AppState s) {
        String tab = Update.keyOf(s, Mode.READER, Action.FOCUS_NEXT);
        List<String> presses = new java.util.ArrayList<>();
        for (Focus f = s.nav().focus(); f != Focus.PANEL && presses.size() < Focus.values().length; f = f.next()) {
            presses.add(tab);
        }
        return "(note goes on: " + String.join(" ", presses) + ")";
    }

    /**
     * The fact-checker's own record comes first, so a reopened folder shows it without scrolling; a
     * note longer than the line takes a second one unless the panel has focus (Tab: all of it); one
     * longer still ends in {@link #more}, never cut silently.
     */
    private static void verdictAndNote(AppState s, Finding f, int w, List<List<Segment>> out) {
        Verdict v = s.session().verdict(f.id());
        Style vs = v == Verdict.UNREVIEWED ? Style.of(Role.DIM) : Style.of(Role.LABEL).strong();
        String note = s.session().note(f.id());
        Rating rating = s.session().rating(f.id());
        String ratingText = rating == null ? "" : "  Rating " + rating.label();
        String head = "Verdict " + s.session().verdictLabel(f.id()) + ratingText + "  Note ";
        List<String> noteLines = Wrap.words(note.isEmpty() ? "(none: e writes one)" : note, w - INDENT.length());
        boolean inline = noteLines.size() == 1 && Columns.width(head + noteLines.get(0)) <= w;
        if (!inline && s.nav().focus() != Focus.PANEL) {
            // two lines: the note's start beside its label, then its next words; one that goes on says so
            String flat = note.replaceAll("\\s+", " ").strip();
            List<String> beside = Wrap.words(flat, Math.max(8, w - Columns.width(head)));
            out.add(record(s.session().verdictLabel(f.id()), vs, rating, text(Columns.fit(beside.get(0), w - Columns.width(head)))));
            // the words after the first line as they are in the note: joining the wrapped lines with a space put one
            // inside a word broken at the wrap (a URL copied off the screen came out broken)
            String shown = dev.tilik.text.SafeText.sanitize(flat);
            String rest = shown.startsWith(beside.get(0)) ? shown.substring(beside.get(0).length()).strip()
                    : String.join(" ", beside.subList(1, beside.size()));
            int room = w - INDENT.length();
            if (rest.isEmpty()) {
                return;
            }
            if (Columns.width(rest) <= room) {
                out.add(List.of(text(INDENT + rest)));
            } else {
                String more = more(s);
                out.add(List.of(text(INDENT + Columns.fit(rest, room - Columns.width(more) - 1) + " "), label(more)));
            }
            return;
        }
        out.add(record(s.session().verdictLabel(f.id()), vs, rating, text(inline ? noteLines.get(0) : "")));
        for (String l : inline ? List.<String>of() : noteLines) {
            out.add(List.of(text(INDENT + l)));
        }
    }

    /** "Verdict confirmed  Rating Salah  Note …": the rating only once one is chosen. */
    private static List<Segment> record(String verdict, Style vs, Rating rating, Segment note) {
        List<Segment> line = new ArrayList<>(List.of(label("Verdict "), new Segment(verdict, vs)));
        if (rating != null) {
            line.add(label("  Rating "));
            line.add(new Segment(rating.label(), Style.of(Role.LABEL).strong()));
        }
        line.add(label("  Note "));
        line.add(note);
        return line;
    }

    private static void browsing(AppState s, int w, List<List<Segment>> out) {
        int n = Findings.visible(s).size();
        Search search = s.search();
        String intro = n == 0
                ? (s.session().findings().isEmpty() ? "No findings: the sources do not disagree on anything the rules know."
                        : "No finding matches the filter (f changes it).")
                : search != null ? "Browsing the matches without a finding: " + SearchWords.wayBack(s) + "."
                : "Browsing without a finding: n or l goes to the " + n + " finding" + (n == 1 ? "" : "s") + ".";
        for (String l : Wrap.words(intro + " a chooses the two articles; t lists statements.", w)) {
            out.add(List.of(text(l)));
        }
        if (search != null) {
            String found = "Searching \u201C" + search.query() + "\u201D: "
                    + SearchWords.count(search.hits().size(), search.files().size()) + ".";
            for (String l : Wrap.words(found, w)) {
                out.add(List.of(new Segment(l, Style.of(Role.LABEL))));
            }
        }
        for (Focus side : new Focus[] {Focus.LEFT, Focus.RIGHT}) {
            Optional<ArticleStatements> a = Panes.article(s, side);
            a.ifPresent(x -> out.addAll(Wrap.segments(List.of(label(side == Focus.LEFT ? "Left  " : "Right "), text(x.fileName()
                    + " \u00B7 " + x.document().language().language() + " \u00B7 "
                    + (x.document().article().source() == null ? "no source" : x.document().article().source())
                    + " \u00B7 " + Counted.of(x.statements().size(), "statement"))), w, 6))); // wrapped: cut, "8 statements" read "8 s"
        }
        for (Review r : s.session().orphans()) {
            String text = "kept note, finding gone: " + r.title() + " \u00B7 " + r.verdict().label()
                    + (r.note().isEmpty() ? "" : " \u00B7 " + r.note());
            for (String l : Wrap.words(text, w)) {
                out.add(List.of(new Segment(l, Style.of(Role.DIM))));
            }
        }
        for (String p : s.keys().problems()) {
            for (String l : Wrap.words("warning: key file " + p, w)) {
                out.add(List.of(new Segment(l, Style.of(Role.WARN))));
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
