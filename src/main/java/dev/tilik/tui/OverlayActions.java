package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.Rating;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.Counted;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What keys do while an overlay (menu, editor, list, help) is open. */
final class OverlayActions {
    private OverlayActions() {
    }

    static Step perform(AppState s, Action a, Key key, Instant at) {
        Overlay o = s.overlay();
        if (o instanceof Overlay.HeldKeys held) {
            return TypeAhead.held(s, held, a);
        }
        if (o instanceof Overlay.QuitRefused && a == Action.CANCEL) {
            return Step.of(s.withOverlay(Overlay.NONE).withStatus("reading on: the notes are NOT saved ("
                    + Update.keyOf(s, Mode.READER, Action.SAVE) + " tries again, "
                    + Update.keyOf(s, Mode.READER, Action.QUIT_UNSAVED) + " quits anyway)"));
        }
        if (a == Action.CANCEL) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        if (o instanceof Overlay.VerdictMenu m && a == Action.CHOOSE) {
            return verdict(s, key, at, m);
        }
        if (o instanceof Overlay.RatingMenu m && a == Action.CHOOSE) {
            return rating(s, key, at, m);
        }
        if (o instanceof Overlay.NoteEditor note) {
            return switch (a) {
                case ACCEPT -> saveNote(s, note, at);
                case CLOSE_NOTE -> closeNote(s, note, at);
                default -> Step.of(edit(s, a));
            };
        }
        if (o instanceof Overlay.SearchPrompt prompt) {
            return Step.of(a == Action.ACCEPT ? runSearch(s, prompt.field().text()) : edit(s, a));
        }
        if (o instanceof Overlay.UrlPrompt prompt) {
            return a == Action.ACCEPT ? AddActions.fetch(s, prompt.field().text()) : Step.of(edit(s, a));
        }
        if (o instanceof Overlay.FilterMenu menu) {
            return Step.of(filter(s, menu, a));
        }
        return Step.of(ListActions.perform(s, o, a));
    }

    /**
     * Esc in the note editor: closes it when the text is the saved note; otherwise the first press
     * keeps the editor open and asks ({@link #discardQuestion}), and a second one, with no other
     * key between, discards the changes. Up to 4,000 typed characters never go on one key.
     */
    private static Step closeNote(AppState s, Overlay.NoteEditor note, Instant at) {
        if (!changed(s, note)) {
            return dropDraft(s.withOverlay(Overlay.NONE), note.findingId(), "", at);
        }
        if (note.discardAsked()) {
            String said = s.session().note(note.findingId()).isEmpty()
                    ? "note discarded" : "changes discarded: the saved note is kept";
            return dropDraft(s.withOverlay(Overlay.NONE).withStatus(said), note.findingId(), said, at);
        }
        return Step.of(s.withOverlay(new Overlay.NoteEditor(note.findingId(), note.field(), true, note.openedOver()))
                .withStatus(discardQuestion(s)));
    }

    /** The editor closed without Enter: a draft kept on the finding is dropped, and the file saved without it. */
    private static Step dropDraft(AppState s, String findingId, String said, Instant at) {
        Optional<Finding> f = s.session().analysis().finding(findingId);
        if (s.session().draft(findingId).isEmpty() || f.isEmpty()) {
            return Step.of(s);
        }
        AppState dropped = s.withSession(s.session().withDraft(f.get(), "", at));
        return Update.save(dropped, false, (said.isEmpty() ? "" : said + "; ") + "the draft is dropped");
    }

    /** Whether the editor's text, as Enter would save it, differs from the finding's saved note. */
    static boolean changed(AppState s, Overlay.NoteEditor note) {
        return !note.field().text().strip().equals(s.session().note(note.findingId()));
    }

    /** What the first Esc on a changed note says (status line and editor), with the keys of the table. */
    static String discardQuestion(AppState s) {
        return Update.keyOf(s, Mode.NOTE, Action.CLOSE_NOTE) + " again discards your changes \u00B7 "
                + Update.keyOf(s, Mode.NOTE, Action.ACCEPT) + " saves";
    }

    /**
     * Any key but the editor's Esc, and any paste, goes on editing: a discard asked for is asked
     * no more, and its question leaves the status line.
     */
    static AppState goOnEditing(AppState s) {
        if (!(s.overlay() instanceof Overlay.NoteEditor n) || !n.discardAsked()) {
            return s;
        }
        AppState editing = s.withOverlay(n.editing(n.field()));
        return s.status().equals(discardQuestion(s)) ? editing.withStatus("") : editing;
    }

    static AppState type(AppState s, int codePoint) {
        AppState next = editField(s, f -> f.insert(codePoint));
        return field(next).filter(TextField::isFull).isPresent() ? next.withStatus(limitReached()) : next;
    }

    /**
     * A paste into the open text field, as text: line breaks become spaces, nothing in it is a
     * key. Without a text field open it is ignored, with a word; over the limit the status says
     * how much was left out.
     */
    static AppState paste(AppState s, Msg.Pasted p) {
        Optional<TextField> before = field(s);
        if (before.isEmpty()) {
            return s.withStatus(s.isLoaded() ? "paste ignored: open the note editor (e), search (/) or the URL prompt (u) to paste text"
                    : "paste ignored while loading");
        }
        AppState next = editField(s, f -> f.insert(p.text()));
        int added = field(next).map(f -> f.text().length()).orElse(0) - before.get().text().length();
        long left = TextField.oneLine(p.text()).length() - added + (p.length() - p.text().length());
        if (left > 0) {
            return next.withStatus(String.format(java.util.Locale.ROOT,
                    "%,d of the %,d pasted characters left out: %s", left, p.length(), limitReached()));
        }
        return next.withStatus("");
    }

    private static String limitReached() {
        return String.format(java.util.Locale.ROOT, "a note or search holds at most %,d characters",
                TextField.MAX_LENGTH);
    }

    private static Optional<TextField> field(AppState s) {
        if (s.overlay() instanceof Overlay.NoteEditor n) {
            return Optional.of(n.field());
        }
        if (s.overlay() instanceof Overlay.SearchPrompt p) {
            return Optional.of(p.field());
        }
        if (s.overlay() instanceof Overlay.UrlPrompt p) {
            return Optional.of(p.field());
        }
        return Optional.empty();
    }

    private static Step verdict(AppState s, Key key, Instant at, Overlay.VerdictMenu m) {
        Verdict v = Verdict.ofDigit(key.name().charAt(0));
        Finding f = Findings.current(s).orElse(null);
        if (v == null || f == null) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        ReviewSession next = unseenSetAside(s, m.unseen(),
                m.known() ? s.session().withVerdict(f, v, at, m.seen()) : s.session().withVerdict(f, v, at));
        AppState done = s.withSession(next).withOverlay(Overlay.NONE);
        return Update.save(done, false, "verdict: " + v.label()
                + (Findings.outsideFilter(done) ? " \u00B7 kept, outside the filter (n moves on)" : ""));
    }

    /** A digit in the rating menu: the claim's rating (0 clears it), saved at once like a verdict. */
    private static Step rating(AppState s, Key key, Instant at, Overlay.RatingMenu m) {
        char digit = key.name().charAt(0);
        Rating r = Rating.ofDigit(digit);
        Finding f = Findings.current(s).orElse(null);
        if (f == null || (r == null && digit != Rating.NONE_DIGIT)) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        AppState done = s.withSession(unseenSetAside(s, m.unseen(),
                m.known() ? s.session().withRating(f, r, at, m.seen()) : s.session().withRating(f, r, at)))
                .withOverlay(Overlay.NONE);
        return Update.save(done, false, r == null ? "rating cleared" + exportedNote(done, f) : "rating: " + r.label());
    }

    /**
     * {@code next} with the verdict or rating it replaced set aside when the menu opened on a finding no frame had
     * shown ({@code unseen}): the user never saw what was recorded there.
     */
    private static ReviewSession unseenSetAside(AppState s, boolean unseen, ReviewSession next) {
        return unseen ? next.settingAsideReplaced(s.session()) : next;
    }

    /** What the export rates a finding with no rating chosen: "; the export uses … from the verdict", or nothing. */
    static String exportedNote(AppState s, Finding f) {
        return Rating.fromVerdict(f.type(), s.session().verdict(f.id()))
                .map(r -> "; the export uses " + r.label() + ", from the verdict").orElse("");
    }

    private static Step saveNote(AppState s, Overlay.NoteEditor note, Instant at) {
        Optional<Finding> f = s.session().analysis().finding(note.findingId());
        if (f.isEmpty()) {
            return Step.of(s.withOverlay(Overlay.NONE).withStatus("the finding is gone; note not saved"));
        }
        String text = note.field().text().strip();
        if (text.isEmpty() && s.session().note(f.get().id()).isEmpty() && s.session().draft(f.get().id()).isEmpty()) {
            // Enter on an empty editor where no note and no draft was: nothing was cleared, and nothing is to save.
            return Step.of(s.withOverlay(Overlay.NONE).withStatus("no note written (e writes one)"));
        }
        String meanwhile = s.session().note(f.get().id());
        boolean theirs = !meanwhile.isEmpty() && !meanwhile.equals(note.openedOver()) && !text.contains(meanwhile);
        if (theirs) {
            // another reader's (or the shell's) note came in while this editor was open: never replaced unseen
            text = text.isEmpty() ? meanwhile : dev.tilik.notes.NoteSync.alsoNoted(text, meanwhile);
        }
        AppState done = s.withSession(s.session().withNote(f.get(), text, at)).withOverlay(Overlay.NONE);
        return Update.save(done, false, theirs ? "note saved, another reader's kept after it"
                : text.isEmpty() ? "note cleared"
                : note.field().isFull() ? "note saved, at its limit: " + limitReached() : "note saved");
    }

    /**
     * The session with the note being written in the open editor kept as a draft beside the saved
     * note: what quitting (q, Ctrl-C) and a hang-up save, so leaving Tilik never drops a typed note
     * and never puts an unconfirmed one in place of the saved one (only Enter confirms). The draft is
     * a field of its own ({@link dev.tilik.review.Review#draft}); opening the editor again offers it,
     * to take or drop. Text equal to the saved note, or blank, leaves the session as it is; without
     * an editor open, or for a finding no longer there, the session as it is.
     */
    static ReviewSession withOpenNote(AppState s, Instant at) {
        ReviewSession session = s.session();
        if (session == null || !(s.overlay() instanceof Overlay.NoteEditor note)) {
            return session;
        }
        String text = note.field().text().strip();
        Optional<Finding> f = session.analysis().finding(note.findingId());
        if (text.isEmpty() || f.isEmpty() || text.equals(session.note(note.findingId()))) {
            return session;
        }
        return session.withDraft(f.get(), text, at);
    }

    /**
     * The note editor on a finding: its draft, when one was kept from a reader that quit or hung up
     * with the editor open (Enter takes it as the note, Esc twice drops it and keeps the saved note),
     * else its saved note.
     */
    static AppState openNote(AppState s, Finding f) {
        String draft = s.session().draft(f.id());
        if (draft.isEmpty()) {
            return s.withOverlay(new Overlay.NoteEditor(f.id(), TextField.of(s.session().note(f.id())), s.session().note(f.id())));
        }
        return s.withOverlay(new Overlay.NoteEditor(f.id(), TextField.of(draft), s.session().note(f.id())))
                .withStatus(draftOffered(s, f));
    }

    /**
     * A load's status with the drafts kept from a reader that quit or hung up with the note editor
     * open named after it, by finding number: "draft note kept on finding 3 (e there: Enter takes it,
     * Esc twice drops it)". The saved notes are untouched until the user takes one.
     */
    static AppState draftsTold(AppState s) {
        if (s.session() == null) {
            return s;
        }
        java.util.List<Finding> all = s.session().findings();
        java.util.List<String> numbers = s.session().withDrafts().stream()
                .map(f -> String.valueOf(all.indexOf(f) + 1)).toList();
        if (numbers.isEmpty()) {
            return s;
        }
        String said = (numbers.size() == 1 ? "draft note kept on finding " + numbers.get(0)
                : "draft notes kept on findings " + String.join(", ", numbers)) + " ("
                + Update.keyOf(s, Mode.READER, Action.NOTE) + " there: " + Update.keyOf(s, Mode.NOTE, Action.ACCEPT)
                + " takes it, " + Update.keyOf(s, Mode.NOTE, Action.CLOSE_NOTE) + " twice drops it)";
        return s.withStatus(s.status().isEmpty() ? said : s.status() + " \u00B7 " + said);
    }

    /** What the status line says when the editor opens on a kept draft. */
    static String draftOffered(AppState s, Finding f) {
        return "the draft kept from last time: " + Update.keyOf(s, Mode.NOTE, Action.ACCEPT) + " takes it as the note, "
                + Update.keyOf(s, Mode.NOTE, Action.CLOSE_NOTE) + " twice drops it"
                + (s.session().note(f.id()).isEmpty() ? "" : " and keeps the saved note");
    }

    private static AppState edit(AppState s, Action a) {
        return editField(s, f -> switch (a) {
            case DELETE_BACK -> f.deleteBack();
            case DELETE -> f.delete();
            case DELETE_WORD -> f.deleteWordBack();
            case DELETE_TO_START -> f.deleteToStart();
            case CURSOR_LEFT -> f.left();
            case CURSOR_RIGHT -> f.right();
            case CURSOR_HOME -> f.home();
            case CURSOR_END -> f.end();
            default -> f;
        });
    }

    private static AppState editField(AppState s, UnaryOperator<TextField> op) {
        if (s.overlay() instanceof Overlay.NoteEditor n) {
            return s.withOverlay(n.editing(op.apply(n.field())));
        }
        if (s.overlay() instanceof Overlay.SearchPrompt p) {
            return s.withOverlay(new Overlay.SearchPrompt(op.apply(p.field())));
        }
        if (s.overlay() instanceof Overlay.UrlPrompt p) {
            return s.withOverlay(new Overlay.UrlPrompt(op.apply(p.field())));
        }
        return s;
    }

    private static AppState runSearch(AppState s, String query) {
        AppState closed = s.withOverlay(Overlay.NONE);
        if (query.isEmpty()) {
            return closed.withSearch(null).withStatus("search cleared");
        }
        Focus side = Panes.articleSide(s);
        String from = Panes.article(s, side).map(ArticleStatements::fileName).orElse("");
        String returnTo = s.search() != null && s.search().returnTo() != null ? s.search().returnTo()
                : s.nav().findingId();
        Search found = Search.run(query, s.session().analysis().articles(), from, s.nav().anchor(side), returnTo);
        if (found.hits().isEmpty()) {
            return closed.withStatus("no match for \"" + query + "\" in any of the "
                    + s.session().analysis().articles().size() + " articles");
        }
        return ReaderActions.showMatch(closed, found);
    }

    private static AppState filter(AppState s, Overlay.FilterMenu m, Action a) {
        return switch (a) {
            case MOVE_DOWN -> s.withOverlay(new Overlay.FilterMenu(m.draft(), Math.min(Filter.ROWS - 1, m.row() + 1)));
            case MOVE_UP -> s.withOverlay(new Overlay.FilterMenu(m.draft(), Math.max(0, m.row() - 1)));
            case VALUE_NEXT, PAGE_DOWN -> s.withOverlay(new Overlay.FilterMenu(m.draft().cycle(m.row(), 1, s.session().findings()), m.row()));
            case VALUE_PREV, PAGE_UP -> s.withOverlay(new Overlay.FilterMenu(m.draft().cycle(m.row(), -1, s.session().findings()), m.row()));
            case CLEAR -> s.withOverlay(new Overlay.FilterMenu(Filter.ALL, m.row()));
            case ACCEPT -> applyFilter(s.withOverlay(Overlay.NONE), m.draft());
            default -> s;
        };
    }

    private static AppState applyFilter(AppState s, Filter f) {
        if (!f.isAll() && f.count(s.session()) == 0) {
            return s.withStatus(nothingMatches(s, f));
        }
        AppState next = s.withFilter(f);
        if (Findings.current(next).isPresent() && !Findings.outsideFilter(next)) {
            return next.withStatus(filterStatus(next));
        }
        AppState first = Navigate.firstFinding(next.withNav(next.nav().withFinding(null, 0, 0)));
        return first.withStatus(filterStatus(first));
    }

    /**
     * A filter no finding passes is not applied: applying it dropped the finding the user was on, Esc then had
     * nothing to go back to and clearing the filter started again at finding 1. The filter and the place stay as
     * they were, and the status line says so.
     */
    private static String nothingMatches(AppState s, Filter f) {
        String place = Findings.current(s).map(here -> "still on finding " + Findings.number(s, here))
                .orElse("the place kept");
        String filterKey = Update.keyOf(s, Mode.READER, Action.FILTER);
        return "no finding has " + f.summary() + ": filter not applied, " + place
                + (s.filter().isAll() ? " (" + filterKey + " changes it)"
                        : "; still filtering " + s.filter().summary() + " (" + filterKey + " " + Update.keyOf(s, Mode.FILTER, Action.CLEAR)
                                + " Enter clears it)");
    }

    private static String filterStatus(AppState s) {
        int n = Findings.visible(s).size();
        return (s.filter().isAll() ? "filter cleared: " : "filter " + s.filter().summary() + ": ") + Counted.of(n, "finding");
    }
}
