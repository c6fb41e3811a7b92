package dev.tilik.tui;

import dev.tilik.text.EnumIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * User key overrides, one per line: {@code next-finding = n, Down} ({@code #} starts a comment).
 * Unknown actions or keys are reported with file and line, never fatal: the defaults stay.
 */
public record KeyConfig(Map<Action, List<Key>> overrides, List<String> warnings) {
    private static final Set<String> NAMED = Set.of("Enter", "Esc", "Tab", "BackTab", "Backspace", "Delete", "Up",
            "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Space", "Insert");
    private static final long MAX_BYTES = 64 * 1024;

    public KeyConfig {
        overrides = Map.copyOf(overrides);
        warnings = List.copyOf(warnings);
    }

    public static KeyConfig none() {
        return new KeyConfig(Map.of(), List.of());
    }

    public static KeyConfig load(Path file) {
        if (file == null) {
            return none();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new KeyConfig(Map.of(), List.of(file + ": larger than 64 KiB, ignored"));
            }
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return none();
        } catch (IOException | RuntimeException e) {
            return new KeyConfig(Map.of(), List.of(file + ": cannot read (" + e.getMessage() + "), ignored"));
        }
    }

    public static KeyConfig parse(String where, String text) {
        Map<Action, List<Key>> out = new EnumMap<>(Action.class);
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String at = where + ":" + (i + 1) + ": ";
            if (eq <= 0) {
                warnings.add(at + "expected action = keys");
                continue;
            }
            Action action = action(line.substring(0, eq).strip());
            if (action == null) {
                String typed = line.substring(0, eq).strip();
                warnings.add(at + "unknown action \"" + typed + "\"" + meant(typed) + ", line ignored");
                continue;
            }
            List<Key> keys = new ArrayList<>();
            for (String k : line.substring(eq + 1).split(",")) {
                String name = k.strip();
                if (isKeyName(name)) {
                    keys.add(Key.of(name));
                } else {
                    warnings.add(at + "unknown key \"" + name + "\"");
                }
            }
            if (!keys.isEmpty()) {
                out.put(action, keys);
            }
        }
        return new KeyConfig(out, warnings);
    }

    /** " (did you mean next-finding?)" for the actions whose id holds what was typed, at most three; else nothing. */
    private static String meant(String typed) {
        String t = typed.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        List<String> like = new ArrayList<>();
        for (Action a : Action.values()) {
            if (!t.isEmpty() && (a.id().contains(t) || t.contains(a.id())) && like.size() < 3) {
                like.add(a.id());
            }
        }
        return like.isEmpty() ? " (the actions are listed by ? in the reader and in docs/keys.md)"
                : " (did you mean " + String.join(" or ", like) + "?)";
    }

    private static Action action(String id) {
        return EnumIds.find(Action.values(), Action::id, id).orElse(null);
    }

    private static boolean isKeyName(String name) {
        if (name.codePointCount(0, name.length()) == 1) {
            int cp = name.codePointAt(0);
            return !Character.isISOControl(cp) && !Character.isWhitespace(cp);
        }
        return NAMED.contains(name) || name.matches("Ctrl-[A-Z]|F([1-9]|1[0-2])");
    }
}
