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

    /** The state folder under the home {@link #home} takes from {@code env}. */
    public static Path of(Map<String, String> env) {
        return of(env, home(env));
    }

    /**
     * The user's home folder: {@code $HOME} when it names an absolute path, else the password file's
     * ({@code user.home}). The log, the shell history and the cache follow it as {@code keys.conf}, the unsaved
     * copies and the note index do: with {@code HOME} set elsewhere, the log was under the password file's home,
     * not where the README says (a new user's review, round thirty-one, D4).
     */
    public static String home(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : System.getProperty("user.home", ".");
    }

    public static Path of(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("tilik");
    }
}
