package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.Columns;
import dev.tilik.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The lines of the list overlays (findings by topic, articles, statements), columns sized to their values. */
final class ListLines {
    private ListLines() {
    }

    /**
     * The widest verdict cell: the longest verdict's name, or "no verdict yet", with its note mark ("no verdict yet,
     * note"), never cut.
     */
    private static final int VERDICT_MAX = java.util.stream.Stream.concat(java.util.Arrays.stream(Verdict.values())
            .map(Verdict::label), java.util.stream.Stream.of(dev.tilik.review.Review.NO_VERDICT_YET))
            .mapToInt(v -> Columns.width(withNote(v))).max().orElse(24);

    /**
     * The widest kind cell: the longest kind's name ("outlets report one speaker differently"), never cut where the
     * full names are used, as the verdict's; where they would crowd the claim the short names are used instead.
     */
    private static final int TYPE_MAX = java.util.Arrays.stream(FindingType.values())
            .mapToInt(t -> Columns.width(t.label())).max().orElse(32);

    /** The widest of {@code texts}, between {@code min} and {@code max} columns. */
    private static int column(List<String> texts, int min, int max) {
        int w = min;
        for (String t : texts) {
            w = Math.max(w, Columns.width(t));
        }
        return Math.min(max, w);
    }

    /** The claim's room below which the list names kinds and verdicts in their short form ({@link ShortLabels}). */
    static final int CLAIM_ROOM = 40;

    /** The number and severity columns. */
    private static final int FIXED = 6 + 7;

    /** How the finding list names kinds and verdicts, and how wide their columns are. */
    private record Layout(Function<Finding, String> type, Function<Finding, String> verdict, int typeW, int verdictW) {
        int titleRoom(int width) {
            return width - FIXED - typeW - 1 - verdictW - 1;
        }
    }

    /**
     * The columns of the finding list: kinds and verdicts by their full names, or, where those would
     * leave the title fewer than {@link #CLAIM_ROOM} columns (80 columns: 17), by their short ones.
     */
    private static Layout layout(AppState s, int width) {
        List<Finding> visible = Findings.visible(s);
        Function<Finding, String> type = f -> f.type().label();
        Function<Finding, String> verdict = f -> withNote(s, f, s.session().verdictLabel(f.id()));
        Layout full = new Layout(type, verdict, column(visible.stream().map(type).toList(), 10, TYPE_MAX),
                column(visible.stream().map(verdict).toList(), 7, VERDICT_MAX));
        if (full.titleRoom(width) >= CLAIM_ROOM) {
            return full;
        }
        Function<Finding, String> shortType = f -> ShortLabels.type(f.type());
        Function<Finding, String> shortVerdict = f -> withNote(s, f, ShortLabels.verdict(s.session().verdictLabel(f.id())));
        return new Layout(shortType, shortVerdict, column(visible.stream().map(shortType).toList(), 7, 32),
                column(visible.stream().map(shortVerdict).toList(), 7, 24));
    }

    /**
     * The verdict column of a finding with a note says so, as the shell's {@code list} does ("confirmed, note"): a
     * note alone is a review too ("no verdict yet, note"), and the list is where one looks for what was noted.
     */
    private static String withNote(AppState s, Finding f, String verdict) {
        return s.session().note(f.id()).isEmpty() ? verdict : withNote(verdict);
    }

    private static String withNote(String verdict) {
        return verdict + ", note";
    }

    /** Whether {@code f}'s title is cut on its row of a finding list {@code width} columns wide. */
    static boolean titleCut(AppState s, Finding f, int width) {
        return Columns.width(f.title()) > layout(s, width).titleRoom(width);
    }

    /** One line a finding: number, severity, type and verdict in columns as wide as their values ({@link #layout}), the title cut with …. */
    static List<List<Segment>> findings(AppState s, int width) {
        Layout l = layout(s, width);
        List<List<Segment>> out = new ArrayList<>();
        String topic = null;
        int n = 1;
        for (Finding f : Findings.visible(s)) {
            if (!Findings.topicLabel(f).equals(topic)) {
                topic = Findings.topicLabel(f);
                out.add(Segment.line(topic, Style.of(Role.LABEL).strong()));
            }
            Verdict v = s.session().verdict(f.id());
            out.add(List.of(new Segment(String.format(java.util.Locale.ROOT, "  %3d ", n++), Style.TEXT),
                    new Segment(Columns.pad(f.severity().id(), 7), Style.of(severity(f))),
                    new Segment(Columns.pad(l.type().apply(f), l.typeW()) + " ", Style.TEXT),
                    new Segment(Columns.pad(l.verdict().apply(f), l.verdictW()) + " ",
                            Style.of(v == Verdict.UNREVIEWED ? Role.DIM : Role.LABEL)),
                    new Segment(Columns.fit(f.title(), l.titleRoom(width)), Style.TEXT)));
        }
        return out;
    }

    /** The display line of the finding at {@code index}: findings come after their topic headers. */
    static int lineOfFinding(AppState s, int index) {
        String topic = null;
        int line = 0;
        List<Finding> v = Findings.visible(s);
        for (int i = 0; i < v.size(); i++) {
            if (!Findings.topicLabel(v.get(i)).equals(topic)) {
                topic = Findings.topicLabel(v.get(i));
                line++;
            }
            if (i == index) {
                return line;
            }
            line++;
        }
        return -1;
    }

    private static Role severity(Finding f) {
        return switch (f.severity()) {
            case HIGH -> Role.HIGH;
            case MEDIUM -> Role.MEDIUM;
            default -> Role.LOW;
        };
    }

    static List<List<Segment>> articles(AppState s) {
        List<List<Segment>> out = new ArrayList<>();
        String left = Panes.article(s, Focus.LEFT).map(ArticleStatements::fileName).orElse("");
        String right = Panes.article(s, Focus.RIGHT).map(ArticleStatements::fileName).orElse("");
        for (ArticleStatements a : s.session().analysis().articles()) {
            String where = (a.fileName().equals(left) ? "A" : " ") + (a.fileName().equals(right) ? "B" : " ");
            out.add(List.of(new Segment(where + " ", Style.of(Role.LABEL).strong()),
                    new Segment(Columns.pad(a.fileName(), 34), Style.TEXT),
                    new Segment(" " + a.document().language().language() + " \u00B7 "
                            + Counted.of(a.statements().size(), "statement")
                            + (a.document().article().source() == null ? "" : " \u00B7 " + a.document().article().source()),
                            Style.of(Role.DIM))));
            out.add(List.of(new Segment("   " + dated(a.document().article()), Style.of(Role.DIM))));
        }
        return out;
    }

    /**
     * An article's second row in the chooser: its date and headline ("2024-10-22 · Korut Bantah Kirim Tentara"), so
     * "the Kompas piece of 13 January" is found without opening each; what the file does not give is left out.
     */
    private static String dated(dev.tilik.ingest.Article a) {
        String date = a.published() == null ? "" : a.published().toString();
        // a scraper's label glued before the headline ("date 2024-10-29 Pastikan …") is boilerplate, not its words
        String title = a.headlineSpan().map(h -> {
            int from = h.start();
            while (from < h.end() && a.isBoilerplate(from)) {
                from++;
            }
            return a.text().substring(from, h.end()).strip().replaceAll("\\s+", " ");
        }).orElse("");
        if (date.isEmpty() && title.isEmpty()) {
            return "(no date or headline)";
        }
        return date + (date.isEmpty() || title.isEmpty() ? "" : " \u00B7 ") + title;
    }

    /**
     * Widths for columns whose widest values are {@code natural}, sharing {@code room} columns: every column whole
     * when they all fit; otherwise each column narrower than an even share of what is left whole, and the room left
     * shared evenly among the wider ones, what an even share leaves over going to the first of them. So a short party
     * ("DPRK") leaves its room to the speaker, and a long one ("Dinas Kesehatan Kabupaten Lembah Hijau") is no longer
     * cut to its first word where the screen has room for more.
     */
    static int[] share(int room, int... natural) {
        int[] w = new int[natural.length];
        boolean[] whole = new boolean[natural.length];
        int left = Math.max(0, room);
        int open = natural.length;
        for (boolean more = true; more && open > 0; ) {
            more = false;
            int fair = left / open;
            for (int i = 0; i < natural.length; i++) {
                if (!whole[i] && natural[i] <= fair) {
                    w[i] = natural[i];
                    whole[i] = true;
                    left -= natural[i];
                    open--;
                    more = true;
                }
            }
        }
        int extra = open > 0 ? left % open : 0; // the columns an even share leaves over go to the first wide ones
        for (int i = 0; i < natural.length && open > 0; i++) {
            if (!whole[i]) {
                w[i] = Math.max(1, left / open + (extra-- > 0 ? 1 : 0));
            }
        }
        return w;
    }

    /**
     * What stands between the speaker, party, cue and topic columns of the statement list: one space left them to
     * read as one run where colour is off ("… Bambang Warsito BPBD Agam ujar", round forty-one), so a rule does.
     */
    static final String COLUMN_RULE = " \u2502 ";

    /** The statement list's column headings, over the columns they name. */
    private static final String[] HEADINGS = {"Stance", "Speaker", "Party", "Cue", "Topic"};

    /** The widths of the statement list's stance, speaker, party and cue columns (the topic takes what is left). */
    private record StatementColumns(int stance, int speaker, int party, int cue) {
        /** One row of the list, the columns padded and ruled apart: a statement's values, or the headings. */
        List<Segment> row(String[] values, Style stance, Style speaker, Style rest, Style topic) {
            Style rule = Style.of(Role.BORDER);
            return List.of(new Segment(Columns.pad(values[0], this.stance) + " ", stance),
                    new Segment(Columns.pad(values[1], this.speaker), speaker), new Segment(COLUMN_RULE, rule),
                    new Segment(Columns.pad(values[2], party), rest), new Segment(COLUMN_RULE, rule),
                    new Segment(Columns.pad(values[3], cue), rest), new Segment(COLUMN_RULE, rule),
                    new Segment(values[4], topic));
        }
    }

    /**
     * A statement's values in the list's columns, "-" for what it lacks; the cue of a headline its outlet prints as
     * its own claim, where no cue is written, is "(headline)" (it was an empty cell); a figure its outlet narrates in the body,
     * "(narrated)".
     */
    private static String[] values(Statement st) {
        String cue = st.narrated() ? Statement.NARRATED : st.outletsOwn() ? "(headline)" : st.cue() == null || st.cue().isBlank() ? "-" : st.cue();
        return new String[] {"[" + st.stance().marker() + "]", st.speaker(), st.party() == null ? "-" : st.party(),
                cue, st.topic() == null ? "-" : st.topic()};
    }

    /** The columns for {@code all} in {@code width}: each as wide as its widest value and its heading, shared ({@link #share}). */
    private static StatementColumns statementColumns(List<Statement> all, int width) {
        List<String[]> rows = new ArrayList<>(all.stream().map(ListLines::values).toList());
        rows.add(HEADINGS);
        int stanceW = column(rows.stream().map(r -> r[0]).toList(), 1, width);
        int topicW = column(rows.stream().map(r -> r[4]).toList(), 1, width);
        int room = width - stanceW - 1 - 3 * Columns.width(COLUMN_RULE);
        int[] w = share(room - Math.min(topicW, Math.max(10, room / 5)),
                column(rows.stream().map(r -> r[1]).toList(), 1, width),
                column(rows.stream().map(r -> r[2]).toList(), 1, width),
                column(rows.stream().map(r -> r[3]).toList(), 1, width));
        return new StatementColumns(stanceW, w[0], w[1], w[2]);
    }

    /** The statement list's heading row: each column's name over it, ruled apart as the rows are. */
    static List<Segment> statementHeading(AppState s, String file, int width) {
        Style label = Style.of(Role.LABEL).strong();
        return statementColumns(ListActions.statements(s, file), width).row(HEADINGS, label, label, label, label);
    }

    /** Two lines a statement: stance, speaker, party, cue and topic under their headings, then the claim itself (cut with …). */
    static List<List<Segment>> statements(AppState s, String file, int width) {
        List<List<Segment>> out = new ArrayList<>();
        List<Statement> all = ListActions.statements(s, file);
        String text = s.session().analysis().article(file).map(a -> a.document().text()).orElse("");
        StatementColumns cols = statementColumns(all, width);
        for (Statement st : all) {
            out.add(cols.row(values(st), Style.of(Role.of(st.stance())), Style.TEXT.strong(), Style.TEXT,
                    Style.of(Role.DIM)));
            String claim = st.claim().end() <= text.length() ? st.claim().coveredText(text) : "";
            out.add(Segment.line(CitedLines.INDENT + Columns.fit(claim.replaceAll("\\s+", " ").strip(),
                    width - CitedLines.INDENT.length()), Style.TEXT));
        }
        if (out.isEmpty()) {
            out.add(Segment.line("no statements found in this article", Style.of(Role.DIM)));
        }
        return out;
    }
}
