package dev.tilik.tui;

import dev.tilik.model.Stance;

/** What a cell shows, which the theme turns into colours (or, in monochrome, attributes only). */
public enum Role {
    TEXT, DIM, HEADER, TITLE, TITLE_FOCUS, BORDER, STATUS, WARN, LABEL, SELECTED, MATCH, MATCH_CURRENT,
    HIGH, MEDIUM, LOW,
    ASSERT, DENY, CONFIRM, CONDITIONAL, HEDGE, NO_COMMENT, OTHER;

    public static Role of(Stance s) {
        return valueOf(s.name());
    }
}
