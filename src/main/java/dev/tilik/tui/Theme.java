package dev.tilik.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a {@link Style} into Lanterna colours and attributes: 16 ANSI colours, or monochrome
 * ({@code NO_COLOR}) where only bold, reverse and underline carry meaning.
 */
final class Theme {
    private record Colours(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
    }

    private final boolean color;
    private final Map<Role, Colours> roles = new EnumMap<>(Role.class);
    private final Map<Style, TextCharacter> templates = new HashMap<>();

    Theme(boolean color) {
        this.color = color;
        TextColor d = TextColor.ANSI.DEFAULT;
        set(Role.TEXT, d, d);
        set(Role.DIM, TextColor.ANSI.BLACK_BRIGHT, d);
        set(Role.HEADER, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.REVERSE);
        set(Role.TITLE, TextColor.ANSI.CYAN, d);
        set(Role.TITLE_FOCUS, TextColor.ANSI.YELLOW_BRIGHT, d, SGR.BOLD);
        set(Role.BORDER, TextColor.ANSI.BLUE_BRIGHT, d);
        set(Role.STATUS, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, SGR.REVERSE);
        set(Role.WARN, TextColor.ANSI.YELLOW_BRIGHT, d, SGR.BOLD);
        set(Role.LABEL, TextColor.ANSI.CYAN_BRIGHT, d);
        set(Role.SELECTED, d, d, SGR.REVERSE);
        set(Role.MATCH, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, SGR.UNDERLINE);
        set(Role.MATCH_CURRENT, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT, SGR.REVERSE);
        set(Role.HIGH, TextColor.ANSI.RED_BRIGHT, d, SGR.BOLD);
        set(Role.MEDIUM, TextColor.ANSI.YELLOW, d);
        set(Role.LOW, TextColor.ANSI.GREEN, d);
        set(Role.ASSERT, TextColor.ANSI.GREEN_BRIGHT, d);
        set(Role.DENY, TextColor.ANSI.RED_BRIGHT, d);
        set(Role.CONFIRM, TextColor.ANSI.CYAN_BRIGHT, d);
        set(Role.CONDITIONAL, TextColor.ANSI.YELLOW_BRIGHT, d);
        set(Role.HEDGE, TextColor.ANSI.MAGENTA_BRIGHT, d);
        set(Role.NO_COMMENT, TextColor.ANSI.BLUE_BRIGHT, d);
        set(Role.OTHER, TextColor.ANSI.WHITE, d);
    }

    /** {@code mono} are the attributes used instead of colours in monochrome. */
    private void set(Role role, TextColor fg, TextColor bg, SGR... mono) {
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        for (SGR s : mono) {
            sgr.add(s);
        }
        roles.put(role, color ? new Colours(fg, bg, EnumSet.noneOf(SGR.class))
                : new Colours(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, sgr));
    }

    /** A blank cell in {@code style}: its colours and modifiers are what the style looks like. */
    TextCharacter look(Style style) {
        return templates.computeIfAbsent(style, this::template);
    }

    private TextCharacter template(Style style) {
        char c = ' ';
        Colours k = roles.get(style.role());
        EnumSet<SGR> sgr = EnumSet.copyOf(k.sgr());
        if (style.bold()) {
            sgr.add(SGR.BOLD);
        }
        if (style.reverse()) {
            sgr.add(SGR.REVERSE);
        }
        if (style.underlined()) {
            sgr.add(SGR.UNDERLINE);
        }
        return TextCharacter.fromCharacter(c, k.fg(), k.bg(), sgr.toArray(new SGR[0]))[0];
    }
}
