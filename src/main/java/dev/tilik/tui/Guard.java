package dev.tilik.tui;

import java.util.function.Predicate;

/** When an action cannot run, and the reason the status bar gives instead of doing nothing. */
public enum Guard {
    ALWAYS(null, s -> false),
    NEEDS_FINDINGS("no findings to step through (f changes the filter)",
            s -> Findings.visible(s).isEmpty()),
    NEEDS_FINDING("no finding selected: press n to go to one",
            s -> Findings.current(s).isEmpty()) {
        /** While a search's matches are stepped through, n steps to the next match: the way back is another key. */
        @Override
        public String check(AppState state) {
            String why = super.check(state);
            return why == null || state.search() == null ? why : "no finding selected: " + SearchWords.wayBack(state);
        }
    },
    MANY_CITED("the panel already shows every statement this finding cites",
            s -> Findings.current(s).map(f -> !CitedLines.hasMore(f)).orElse(true)) {
        @Override
        public String check(AppState state) {
            return Findings.current(state).isEmpty() ? NEEDS_FINDING.check(state) : super.check(state);
        }
    },
    NEEDS_SET_ASIDE("nothing set aside on this finding",
            s -> Findings.current(s).map(f -> s.session().setAside(f.id()).isEmpty()).orElse(true)) {
        @Override
        public String check(AppState state) {
            return Findings.current(state).isEmpty() ? NEEDS_FINDING.check(state) : super.check(state);
        }
    },
    NEEDS_ARTICLES("no articles loaded", s -> s.session() == null || s.session().analysis().articleCount() == 0);

    private final String reason;
    private final Predicate<AppState> disabled;

    Guard(String reason, Predicate<AppState> disabled) {
        this.reason = reason;
        this.disabled = disabled;
    }

    /** True for an action on the selected finding: with none selected it cannot act, so the bar does not offer it. */
    public boolean needsFinding() {
        return this == NEEDS_FINDING || this == MANY_CITED || this == NEEDS_SET_ASIDE;
    }

    /** Why the action is disabled in {@code state}, or null when it may run. */
    public String check(AppState state) {
        return disabled.test(state) ? reason : null;
    }

    public String reason() {
        return reason;
    }
}
