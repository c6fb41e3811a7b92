package dev.tilik.tui;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the reader runs: in colour or monochrome, and where the optional key override file is.
 *
 * @param color   false when {@code NO_COLOR} is set (any non-empty value) or {@code TERM=dumb}
 * @param keyFile the key override file ({@code keys.conf} under the XDG config folder), may not exist
 */
public record TuiOptions(boolean color, Path keyFile) {

    public static TuiOptions fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static TuiOptions fromEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean color = (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new TuiOptions(color, keyFile(env));
    }

    /** {@code $XDG_CONFIG_HOME/tilik/keys.conf}, else {@code ~/.config/tilik/keys.conf}. */
    public static Path keyFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")), ".config");
        return base.resolve("tilik").resolve("keys.conf");
    }
}
