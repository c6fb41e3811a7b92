package dev.tilik.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Tilik's state folder, where its log and the shell history live: {@code $XDG_STATE_HOME/tilik},
 * or {@code ~/.local/state/tilik} when that is unset or not absolute (as the XDG spec asks).
 */
public final class StateDir {
    private StateDir() {
    }

    public static Path of(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("tilik");
    }
}
