package dev.tilik.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one key table: dispatch, status-bar hints, the help screen and {@code docs/keys.md} all read
 * it. A row made for one mode alone wins over a row shared by several modes when both give the
 * same key (so n means "next match" after a search and "next finding" otherwise); otherwise the
 * earlier row wins.
 */
public record KeyTable(List<Binding> bindings, List<String> problems) {
    private static final Set<Mode> READING = EnumSet.of(Mode.READER, Mode.SEARCH_RESULTS);
    private static final Map<Action, Action> PAIRS = Map.of(
            Action.NEXT_FINDING, Action.PREV_FINDING, Action.NEXT_MATCH, Action.PREV_MATCH,
            Action.SCROLL_DOWN, Action.SCROLL_UP, Action.MOVE_DOWN, Action.MOVE_UP,
            Action.VALUE_NEXT, Action.VALUE_PREV);

    /** Which hints come first when the status bar is too narrow for all. */
    private static final List<Action> HINT_ORDER = List.of(Action.NEXT_MATCH, Action.NEXT_FINDING, Action.CHOOSE,
            Action.RUN_HELD, Action.DROP_HELD, Action.LATER, Action.ACCEPT, Action.MOVE_DOWN, Action.VALUE_NEXT, Action.TO_LEFT, Action.TO_RIGHT, Action.CLEAR,
            Action.CANCEL, Action.CLOSE_NOTE, Action.VERDICT, Action.NOTE, Action.RATING, Action.HELP, Action.QUIT,
            Action.LIST, Action.SEARCH, Action.FILTER, Action.FOCUS_NEXT, Action.SCROLL_DOWN, Action.PICK_ARTICLES,
            Action.STATEMENTS);

    public KeyTable {
        bindings = List.copyOf(bindings);
        problems = List.copyOf(problems);
    }

    /** A table with no problem met reading the user's key file. */
    public KeyTable(List<Binding> bindings) {
        this(bindings, List.of());
    }

    /**
     * This table with the mistakes met in the user's key file ({@link KeyConfig#warnings}): the
     * reader lists them with the problems met while loading and says so in its status line.
     */
    public KeyTable withProblems(List<String> problems) {
        return new KeyTable(bindings, problems);
    }

    public static KeyTable defaults() {
        List<Binding> b = new ArrayList<>();
        String find = "Findings";
        String read = "Reading";
        String review = "Review";
        String search = "Search and filter";
        String app = "App";
        b.add(row(Action.NEXT_FINDING, READING, find, Guard.NEEDS_FINDINGS, "n"));
        b.add(row(Action.PREV_FINDING, READING, find, Guard.NEEDS_FINDINGS, "p"));
        b.add(row(Action.LIST, READING, find, Guard.NEEDS_FINDINGS, "l"));
        b.add(row(Action.ALL_CITED, READING, find, Guard.MANY_CITED, "x"));
        b.add(row(Action.SEARCH, READING, search, Guard.NEEDS_ARTICLES, "/"));
        b.add(row(Action.NEXT_MATCH, Set.of(Mode.SEARCH_RESULTS), search, Guard.ALWAYS, "n"));
        b.add(row(Action.PREV_MATCH, Set.of(Mode.SEARCH_RESULTS), search, Guard.ALWAYS, "N"));
        b.add(row(Action.FILTER, READING, search, Guard.NEEDS_ARTICLES, "f"));
        b.add(row(Action.VERDICT, READING, review, Guard.NEEDS_FINDING, "v"));
        b.add(row(Action.NOTE, READING, review, Guard.NEEDS_FINDING, "e"));
        b.add(row(Action.RATING, READING, review, Guard.NEEDS_FINDING, "r"));
        b.add(row(Action.TAKE_BACK, READING, review, Guard.NEEDS_SET_ASIDE, "b"));
        b.add(row(Action.SAVE, READING, review, Guard.ALWAYS, "s"));
        motion(b, Action.SCROLL_DOWN, Action.SCROLL_UP, READING, read);
        b.add(row(Action.FOCUS_NEXT, READING, read, Guard.ALWAYS, "Tab"));
        b.add(row(Action.FOCUS_PREV, READING, read, Guard.ALWAYS, "BackTab"));
        b.add(row(Action.PICK_ARTICLES, READING, read, Guard.NEEDS_ARTICLES, "a"));
        b.add(row(Action.STATEMENTS, READING, read, Guard.NEEDS_ARTICLES, "t"));
        b.add(row(Action.ADD_URL, READING, read, Guard.ALWAYS, "u"));
        b.add(row(Action.HELP, READING, app, Guard.ALWAYS, "?"));
        b.add(row(Action.BACK, READING, app, Guard.ALWAYS, "Esc"));
        b.add(row(Action.QUIT, EnumSet.of(Mode.READER, Mode.SEARCH_RESULTS, Mode.LOADING), app, Guard.ALWAYS,
                "q", "Ctrl-C"));
        // before the Ctrl-C row, so the refusal names q as the key that tries again
        String refused = "Quit refused (the notes could not be saved; other keys do nothing)";
        b.add(row(Action.QUIT_UNSAVED, Set.of(Mode.QUIT_REFUSED), refused, Guard.ALWAYS, "Q"));
        b.add(row(Action.QUIT, Set.of(Mode.QUIT_REFUSED), refused, Guard.ALWAYS, "q"));
        b.add(row(Action.CANCEL, Set.of(Mode.QUIT_REFUSED), refused, Guard.ALWAYS, "Esc"));
        b.add(row(Action.QUIT, EnumSet.complementOf(EnumSet.of(Mode.READER, Mode.SEARCH_RESULTS, Mode.LOADING)),
                app, Guard.ALWAYS, "Ctrl-C"));
        b.add(row(Action.QUIT_UNSAVED, READING, app, Guard.ALWAYS, "Q"));
        b.add(row(Action.SUSPEND, EnumSet.allOf(Mode.class), app, Guard.ALWAYS, "Ctrl-Z"));

        String menu = "Verdict menu";
        b.add(row(Action.CHOOSE, Set.of(Mode.VERDICT), menu, Guard.ALWAYS, "1", "2", "3", "4", "5"));
        b.add(row(Action.CANCEL, Set.of(Mode.VERDICT), menu, Guard.ALWAYS, "Esc", "v"));

        String ratings = "Rating menu";
        b.add(row(Action.CHOOSE, Set.of(Mode.RATING), ratings, Guard.ALWAYS, "1", "2", "3", "4", "5", "6", "0"));
        b.add(row(Action.CANCEL, Set.of(Mode.RATING), ratings, Guard.ALWAYS, "Esc", "r"));

        String held = "Keys typed ahead and held back (the note file changed since)";
        b.add(row(Action.RUN_HELD, Set.of(Mode.HELD), held, Guard.ALWAYS, "r"));
        b.add(row(Action.DROP_HELD, Set.of(Mode.HELD), held, Guard.ALWAYS, "d"));
        b.add(row(Action.LATER, Set.of(Mode.HELD), held, Guard.ALWAYS, "Esc"));

        String text = "Note editor, search and URL prompts";
        Set<Mode> typing = EnumSet.copyOf(Arrays.stream(Mode.values()).filter(Mode::typesText).toList());
        b.add(row(Action.ACCEPT, typing, text, Guard.ALWAYS, "Enter"));
        b.add(row(Action.CLOSE_NOTE, Set.of(Mode.NOTE), text, Guard.ALWAYS, "Esc"));
        b.add(row(Action.CANCEL, EnumSet.of(Mode.SEARCH_INPUT, Mode.URL_INPUT), text, Guard.ALWAYS, "Esc"));
        b.add(row(Action.DELETE_BACK, typing, text, Guard.ALWAYS, "Backspace"));
        b.add(row(Action.DELETE, typing, text, Guard.ALWAYS, "Delete"));
        b.add(row(Action.DELETE_WORD, typing, text, Guard.ALWAYS, "Ctrl-W"));
        b.add(row(Action.DELETE_TO_START, typing, text, Guard.ALWAYS, "Ctrl-U"));
        b.add(row(Action.CURSOR_LEFT, typing, text, Guard.ALWAYS, "Left"));
        b.add(row(Action.CURSOR_RIGHT, typing, text, Guard.ALWAYS, "Right"));
        b.add(row(Action.CURSOR_HOME, typing, text, Guard.ALWAYS, "Home", "Ctrl-A"));
        b.add(row(Action.CURSOR_END, typing, text, Guard.ALWAYS, "End", "Ctrl-E"));

        String lists = "Lists (findings, articles, statements, filter, help)";
        Set<Mode> listModes = EnumSet.of(Mode.LIST, Mode.PICK, Mode.STATEMENTS, Mode.FILTER, Mode.HELP);
        motion(b, Action.MOVE_DOWN, Action.MOVE_UP, listModes, lists);
        b.add(row(Action.CHOOSE, EnumSet.of(Mode.LIST, Mode.STATEMENTS, Mode.PICK), lists, Guard.ALWAYS, "Enter"));
        b.add(row(Action.TO_LEFT, Set.of(Mode.PICK), lists, Guard.ALWAYS, "h", "Left"));
        b.add(row(Action.TO_RIGHT, Set.of(Mode.PICK), lists, Guard.ALWAYS, "l", "Right"));
        b.add(row(Action.VALUE_NEXT, Set.of(Mode.FILTER), lists, Guard.ALWAYS, "l", "Right"));
        b.add(row(Action.VALUE_PREV, Set.of(Mode.FILTER), lists, Guard.ALWAYS, "h", "Left"));
        b.add(row(Action.CLEAR, Set.of(Mode.FILTER), lists, Guard.ALWAYS, "c"));
        b.add(row(Action.ACCEPT, Set.of(Mode.FILTER), lists, Guard.ALWAYS, "Enter"));
        b.add(row(Action.CANCEL, listModes, lists, Guard.ALWAYS, "Esc", "q"));
        b.add(row(Action.CANCEL, Set.of(Mode.HELP), lists, Guard.ALWAYS, "?"));
        return new KeyTable(b);
    }

    /** The same motion keys wherever there is something to move through: a line down and up, a page, the ends. */
    private static void motion(List<Binding> b, Action down, Action up, Set<Mode> modes, String group) {
        b.add(row(down, modes, group, Guard.ALWAYS, "j", "Down"));
        b.add(row(up, modes, group, Guard.ALWAYS, "k", "Up"));
        b.add(row(Action.PAGE_DOWN, modes, group, Guard.ALWAYS, "PgDn", "Space"));
        b.add(row(Action.PAGE_UP, modes, group, Guard.ALWAYS, "PgUp"));
        b.add(row(Action.TOP, modes, group, Guard.ALWAYS, "g", "Home"));
        b.add(row(Action.BOTTOM, modes, group, Guard.ALWAYS, "G", "End"));
    }

    private static Binding row(Action a, Set<Mode> modes, String group, Guard guard, String... keys) {
        return new Binding(a, Arrays.stream(keys).map(Key::of).toList(), modes, group, guard);
    }

    /** The binding {@code key} triggers in {@code mode}, if any. */
    public Optional<Binding> find(Mode mode, Key key) {
        Binding shared = null;
        for (Binding b : bindings) {
            if (b.modes().contains(mode) && b.keys().contains(key)) {
                if (b.modes().size() == 1) {
                    return Optional.of(b);
                }
                shared = shared == null ? b : shared;
            }
        }
        return Optional.ofNullable(shared);
    }

    /** The first binding of {@code action} in {@code mode}. */
    public Optional<Binding> binding(Mode mode, Action action) {
        return bindings.stream().filter(b -> b.action() == action && b.modes().contains(mode)).findFirst();
    }

    /** Short key hints for the status bar, e.g. {@code n/p finding}, in table order. */
    public List<String> hints(Mode mode) {
        return hints(mode, b -> true);
    }

    /**
     * The hints of {@code s}'s mode as its last save left things ({@link #hints(Mode, AppState.Saves)}), without the
     * keys that cannot act there: with no finding selected (browsing a search's matches) "v verdict  e note  r rate"
     * offered keys that only say they are off.
     */
    public List<String> hints(AppState s) {
        boolean none = s.session() != null && Findings.current(s).isEmpty();
        return hints(s.mode(), s.saves(), b -> !(none && b.guard().needsFinding()));
    }

    private List<String> hints(Mode mode, java.util.function.Predicate<Binding> shown) {
        List<String> out = new ArrayList<>();
        List<Action> seen = new ArrayList<>();
        List<Binding> ordered = new ArrayList<>(bindings);
        ordered.sort(java.util.Comparator.comparingInt(b -> HINT_ORDER.indexOf(b.action()) < 0 ? 99
                : HINT_ORDER.indexOf(b.action())));
        for (Binding b : ordered) {
            Optional<Key> first = b.modes().contains(mode) ? firstKey(mode, b) : Optional.empty();
            if (first.isEmpty() || b.action().hint() == null || seen.contains(b.action()) || !shown.test(b)) {
                continue;
            }
            seen.add(b.action());
            String keys = first.get().name();
            Action pair = PAIRS.get(b.action());
            if (pair != null) {
                Optional<Key> other = binding(mode, pair).flatMap(o -> firstKey(mode, o));
                if (other.isPresent()) {
                    keys += "/" + other.get().name();
                }
            }
            if (b.action() == Action.CHOOSE && mode == Mode.VERDICT) {
                keys = "1-5";
            } else if (b.action() == Action.CHOOSE && mode == Mode.RATING) {
                keys = "0-6";
            }
            String hint = b.action() != Action.ACCEPT ? b.action().hint()
                    : mode == Mode.SEARCH_INPUT ? "search" : mode == Mode.URL_INPUT ? "add"
                    : mode == Mode.FILTER ? "apply" : b.action().hint();
            out.add(keys + " " + hint);
        }
        return out;
    }

    /**
     * The hints of {@code mode} as the last save left things: once a save failed, {@code q} saves first and refuses
     * to quit when that fails (a read-only folder), so "q quit" named a key that does not quit there. The key that
     * does stands before the help ("Q quit", or "Q quit unsaved" when no copy holds the notes), and {@code q} says
     * what it does in its own place ("q retry save"), which a bar 80 columns wide has no room for.
     */
    public List<String> hints(Mode mode, AppState.Saves saves) {
        return hints(mode, saves, b -> true);
    }

    private List<String> hints(Mode mode, AppState.Saves saves, java.util.function.Predicate<Binding> shown) {
        List<String> out = new ArrayList<>(hints(mode, shown));
        Optional<Key> quit = binding(mode, Action.QUIT).flatMap(b -> firstKey(mode, b));
        Optional<Key> unsaved = binding(mode, Action.QUIT_UNSAVED).flatMap(b -> firstKey(mode, b));
        if (saves == AppState.Saves.OK || quit.isEmpty() || unsaved.isEmpty()) {
            return out;
        }
        int at = out.indexOf(quit.get().name() + " " + Action.QUIT.hint());
        if (at < 0) {
            return out;
        }
        out.set(at, quit.get().name() + " retry save");
        int help = binding(mode, Action.HELP).flatMap(b -> firstKey(mode, b))
                .map(k -> out.indexOf(k.name() + " " + Action.HELP.hint())).orElse(-1);
        out.add(help >= 0 && help < at ? help : at, unsaved.get().name() + " quit"
                + (saves == AppState.Saves.FAILING ? " unsaved" : ""));
        return out;
    }

    /**
     * The first of {@code b}'s keys that does {@code b} in {@code mode}: after a search n is the next
     * match, so "n/p finding" there named a key that does something else.
     */
    private Optional<Key> firstKey(Mode mode, Binding b) {
        return b.keys().stream().filter(k -> find(mode, k).filter(b::equals).isPresent()).findFirst();
    }

    /** This table with the keys of some actions replaced (user overrides); rows of other actions keep theirs. */
    public KeyTable withOverrides(Map<Action, List<Key>> overrides) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : bindings) {
            List<Key> keys = overrides.get(b.action());
            boolean refusal = b.modes().equals(Set.of(Mode.QUIT_REFUSED))
                    && (b.action() == Action.QUIT || b.action() == Action.QUIT_UNSAVED);
            out.add(keys == null || Collections.disjoint(b.modes(), READING) && !refusal ? b : b.withKeys(keys));
        }
        return new KeyTable(out, problems);
    }

    /** Groups in table order, for help and docs. */
    public List<String> groups() {
        List<String> out = new ArrayList<>();
        for (Binding b : bindings) {
            if (!out.contains(b.group())) {
                out.add(b.group());
            }
        }
        return out;
    }
}
