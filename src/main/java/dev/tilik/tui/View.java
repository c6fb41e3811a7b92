package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.text.Columns;
import dev.tilik.text.Counted;
import java.util.List;
import java.util.Optional;

/** The reader's view: a pure function from the state to a canvas of cells. */
public final class View {
    private View() {
    }

    public static Canvas render(AppState s) {
        Canvas c = new Canvas(s.width(), s.height());
        if (!Geometry.fits(s.width(), s.height())) {
            tooSmall(c, s);
            return c;
        }
        if (s.session() == null) {
            LoadingView.draw(c, s);
            return c;
        }
        List<List<Segment>> panelLines = PanelContent.lines(s, s.width());
        Geometry g = Geometry.of(s, panelLines.size());
        header(c, s, g);
        ArticlePaneView.draw(c, s, g, Focus.LEFT);
        ArticlePaneView.draw(c, s, g, Focus.RIGHT);
        if (g.sideBySide() && g.rightTitle().width() > 0) { // no rule beside A alone (B folded away)
            for (int y = g.leftTitle().y(); y < g.left().bottom(); y++) {
                c.put(g.left().width(), y, "\u2502", Style.of(Role.BORDER), 1);
            }
        }
        panel(c, s, g, panelLines);
        StatusBar.draw(c, s, g.status());
        OverlayView.draw(c, s);
        return c;
    }

    private static void header(Canvas c, AppState s, Geometry g) {
        c.fill(g.header(), Style.of(Role.HEADER));
        String text = headerText(s, String.valueOf(s.session().analysis().folder()), g.width());
        c.put(0, 0, text, Style.of(Role.HEADER).strong(), g.width());
    }

    /** The header line in {@code width} columns: a folder name too long for it loses its middle, never the counts after it. */
    static String headerText(AppState s, String folder, int width) {
        var a = s.session().analysis();
        String start = " Tilik \u00B7 ";
        String filter = s.filter().isAll() ? "" : " \u00B7 filter " + s.filter().summary();
        if (Columns.width(start + " \u00B7 " + Counted.of(a.findings().size(), "finding") + filter) + 9 > width) {
            filter = " \u00B7 filter " + s.filter().shortSummary(); // the names the list and the finding's title give at this width
        }
        String findings = " \u00B7 " + Counted.of(a.findings().size(), "finding") + filter;
        String statements = " \u00B7 " + Counted.of(a.statementCount(), "statement");
        String counts = " \u00B7 " + Counted.of(a.articleCount(), "article") + statements + findings;
        // the filter is said whole ("filter verdict=un" at 80 columns): the statements' count gives way first, then the articles'
        if (!filter.isEmpty() && Columns.width(start + counts) + 9 > width) {
            counts = " \u00B7 " + Counted.of(a.articleCount(), "article") + findings;
            if (Columns.width(start + counts) + 9 > width) {
                counts = findings;
            }
        }
        int room = width - Columns.width(start) - Columns.width(counts);
        return start + (Columns.width(folder) > room && room >= 9 ? shortFolder(folder, room) : folder) + counts;
    }

    /**
     * A folder path in {@code room} columns, its end kept: the folder and the folders above it that fit after "…/"
     * ("…/temanggung-heli-2017/articles"), since a folder is told apart by its last names, and a story's folder is
     * often called "articles" under the story's name. When not even the last two names fit, they lose their middle.
     */
    static String shortFolder(String folder, int room) {
        String[] parts = folder.split("/");
        int last = parts.length - 1;
        while (last > 0 && parts[last].isEmpty()) {
            last--;
        }
        if (last < 1) {
            return StatusBar.squeeze(folder, room);
        }
        String kept = parts[last - 1] + "/" + parts[last];
        if (Columns.width("\u2026/" + kept) > room) {
            return StatusBar.squeeze(kept, room);
        }
        for (int i = last - 2; i >= 0 && !parts[i].isEmpty(); i--) {
            String more = parts[i] + "/" + kept;
            if (Columns.width("\u2026/" + more) > room) {
                break;
            }
            kept = more;
        }
        return "\u2026/" + kept;
    }

    /** The finding panel; {@code lines} is its content at the panel's width, already made for the layout. */
    private static void panel(Canvas c, AppState s, Geometry g, List<List<Segment>> lines) {
        Optional<Finding> f = Findings.current(s);
        int max = Math.max(0, lines.size() - g.panel().height());
        int scroll = Math.min(max, s.nav().panelScroll());
        // a long status message stands over the panel's last rows until the next key: they are not shown either
        int shown = g.panel().height() - StatusBar.above(s, g.status()).size();
        String more = scroll + shown < lines.size() ? "more \u2193" : max == 0 ? "" : "end";
        // the title's room as Chrome.title gives it, the focus mark counted
        int room = g.panelTitle().width() - 7 - (more.isEmpty() ? 0 : Columns.width(more) + 3);
        String label = f.map(x -> {
            String number = "Finding " + Findings.number(s, x) + "/" + s.session().findings().size()
                    + (Findings.outsideFilter(s) ? " (outside the filter)" : "");
            String verdict = x.severity().id().toUpperCase(java.util.Locale.ROOT) + " \u00B7 " + s.session().verdictLabel(x.id());
            String about = Findings.topicLabel(x) + " \u00B7 " + x.type().label();
            if (Columns.width(number + " \u00B7 " + about + " \u00B7 " + verdict) > room) {
                about = Findings.topicLabel(x) + " \u00B7 " + ShortLabels.type(x.type()); // the kind whole, shorter
            }
            return findingTitle(number, about, verdict, room);
        }).orElse("No finding selected");
        Chrome.title(c, g.panelTitle(), label, s.nav().focus() == Focus.PANEL, more);
        Rect body = g.panel();
        Chrome.lines(c, new Rect(body.x() + 1, body.y(), body.width() - 2, body.height()), lines, scroll);
    }

    /**
     * A finding's title in {@code room} columns: its number, what it is about, its severity and
     * verdict. The middle ({@code about}: topic and kind) gives way first, so the verdict is never
     * the part cut at 80 columns; within it the topic goes before the kind is cut (the topic is on the
     * panel's first line; "c…" said nothing), and is cut between words, never inside one ("banjir…", not
     * "banjir ban…").
     */
    static String findingTitle(String number, String about, String verdict, int room) {
        String whole = number + " \u00B7 " + about + " \u00B7 " + verdict;
        if (Columns.width(whole) <= room) {
            return whole;
        }
        int aboutRoom = room - Columns.width(number) - Columns.width(verdict) - 6;
        int kind = about.lastIndexOf(" \u00B7 ");
        int topicRoom = kind < 0 ? 0 : aboutRoom - Columns.width(about.substring(kind));
        if (topicRoom >= 6) { // the topic gives way, the kind stays whole
            return number + " \u00B7 " + Columns.fitWords(about.substring(0, kind), topicRoom) + about.substring(kind)
                    + " \u00B7 " + verdict;
        }
        if (kind >= 0 && Columns.width(about.substring(kind + 3)) <= aboutRoom) { // no room for the topic: the kind alone, whole
            return number + " \u00B7 " + about.substring(kind + 3) + " \u00B7 " + verdict;
        }
        return aboutRoom >= 6 ? number + " \u00B7 " + Columns.fit(about, aboutRoom) + " \u00B7 " + verdict
                : number + " \u00B7 " + verdict;
    }

    private static void tooSmall(Canvas c, AppState s) {
        // The quit key of what is open: with the note editor or a prompt open, q is a letter typed.
        String quit = s.keys().binding(s.mode(), Action.QUIT).filter(b -> !b.keys().isEmpty())
                .map(b -> b.keys().get(0).name()).orElse("Ctrl-C");
        String msg = "Terminal too small (" + s.width() + "\u00D7" + s.height() + "); Tilik needs "
                + Geometry.MIN_WIDTH + "\u00D7" + Geometry.MIN_HEIGHT + ". " + quit + " quits.";
        List<String> lines = Wrap.words(msg, Math.max(1, s.width()));
        for (int i = 0; i < lines.size() && i < s.height(); i++) {
            c.put(0, i, lines.get(i), Style.of(Role.WARN), s.width());
        }
    }
}
